import type { SectionKind } from '../types.js';

/**
 * Section labels as candidates write them. STAR and Context/Challenge/Approach/Result/
 * Learning share canonical kinds so that one answer may mix both vocabularies; the seeds'
 * own answers use phrases such as "How I fixed it" or "The result".
 */
const LABELS: Record<string, SectionKind> = {};
function add(kind: SectionKind, names: string[]): void {
  for (const n of names) LABELS[n] = kind;
}
add('situation', [
  'situation',
  'context',
  'background',
  'setting',
  'the situation',
  'the context',
  'the background',
  'the setup',
  'setup',
  'the conflict',
  'conflict',
  'the mistake',
  'mistake',
  'the problem',
  'problem',
  'the issue',
  'issue',
  'obstacle',
  'the obstacle',
  'obstacles',
  'situation and context',
  'what i noticed',
  'what happened first',
]);
add('task', [
  'task',
  'the task',
  'tasks',
  'goal',
  'goals',
  'the goal',
  'objective',
  'objectives',
  'responsibility',
  'responsibilities',
  'my responsibility',
  'challenge',
  'the challenge',
  'challenges',
  // What stood between the setting and the goal: "The gap: the notebook ran in 40 minutes."
  'the gap',
  'gap',
  'my task',
  'my role',
  'role',
  'mission',
  'why it mattered',
  'the stakes',
  'the ask',
  'my goal',
  'what i had to do',
]);
add('action', [
  'action',
  'actions',
  'the action',
  'approach',
  'the approach',
  'my approach',
  'what i did',
  'how i did it',
  'how i approached it',
  'how i fixed it',
  'how i solved it',
  'how i handled it',
  'solution',
  'the solution',
  'steps',
  'steps i took',
  'what i built',
  'actions taken',
  'actions i took',
  'what we did',
  'how we did it',
  'how we solved it',
  'the fix',
  'my contribution',
  'implementation',
  'execution',
]);
add('result', [
  'result',
  'results',
  'the result',
  'the results',
  'outcome',
  'outcomes',
  'the outcome',
  'impact',
  'the impact',
  'business impact',
  'results and impact',
  'result and impact',
  'impact and results',
  'measurable result',
  'measurable results',
  'what happened',
  'final result',
  'end result',
  'the payoff',
  'payoff',
  'what changed',
  'business outcome',
  'business results',
  'key results',
  'metrics',
  'key metrics',
  'success metrics',
  'the numbers',
  'business value',
  'value delivered',
  'what it achieved',
  'achievements',
  'how it went',
  'how it ended',
  'where it landed',
  'benefits',
  'the benefit',
  'the benefits',
]);
add('learning', [
  'learning',
  'learnings',
  'lesson',
  'lessons',
  'lessons learned',
  'lessons learnt',
  'what i learned',
  'what i learnt',
  'takeaway',
  'takeaways',
  'key takeaway',
  'key learning',
  'reflection',
  'the lesson',
  "what i'd do differently",
  'what i would do differently',
  'in hindsight',
  'looking back',
]);

export const LETTER_KINDS: Record<string, SectionKind> = { s: 'situation', t: 'task', a: 'action', r: 'result' };

function normalise(label: string): string {
  return (
    label
      .replace(/[*_`]/g, '')
      .replace(/\s*[:.—–-]+\s*$/, '')
      // Time budgets copied from a skeleton: "Situation (15-20 s)", "Action (60–90 seconds)".
      .replace(/\s*\([^)]*\)\s*$/, '')
      .replace(/\s*[:.—–-]+\s*$/, '')
      // Numbering and emoji before the label: "3. Result", "🎯 Impact".
      .replace(/^[^\p{L}]+/u, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
      .replace(/’/g, "'")
  );
}

// What may follow "Results" in a label: a time, a scope, or what comes next.
const RESULT_QUALIFIERS = [
  'so far',
  'to date',
  'in production',
  String.raw`after (?:launch|the launch|\w+ (?:weeks|months))`,
  'of the (?:project|work|change|launch|fix)',
  'for (?:the )?(?:business|client|clients|customer|customers|team|users)',
  'on the business',
  String.raw`and (?:next steps|what's next|follow-up|follow-ups)`,
].join('|');
/** "Results so far", "Impact on the business", "Outcome and next steps": still the Result. */
const RESULT_WITH_QUALIFIER = new RegExp(`^(?:the )?(?:results?|outcomes?|impact)(?: (?:${RESULT_QUALIFIERS}))$`);

/** "Lesson learned", "Key takeaways", "My biggest learning": a lesson, however it is worded. */
const LEARNING_QUALIFIERS = String.raw`(?:learned|learnt|i (?:learned|learnt|took away)|for (?:me|next time)|going forward)`;
const LEARNING_LABEL = new RegExp(
  String.raw`^(?:(?:the|my|our|a|one|key|main|big|biggest|important|top) )*(?:lessons?|learnings?|takeaways?)(?: ${LEARNING_QUALIFIERS})?$`,
);

/** "S - Situation", "R: Result": a STAR letter before the word it stands for. */
const LETTER_AND_WORD = /^([star])\s*[-–—:.)]\s*(.+)$/;

// Labels repeat across the answers of a bank ("Situation", "**Result:**"), and so do short
// lines and bold runs that are no label: each text is read once. A verdict's kinds are shared
// by every section that gets it, as a section's kinds already are by its sentences.
const verdicts = new Map<string, SectionKind[] | null>();

/**
 * The section kinds a label names, or undefined when it is not a section label.
 * "Situation / Task", "Situation & Task" and "Results and learnings" name several kinds.
 */
export function matchLabel(label: string): SectionKind[] | undefined {
  let v = verdicts.get(label);
  if (v === undefined) {
    v = readLabel(label) ?? null;
    if (verdicts.size >= 4096) verdicts.clear();
    verdicts.set(label, v);
  }
  return v ?? undefined;
}

// "Resolution:" closes an incident write-up with what was done and what came of it.
const TWO_PARTS: Record<string, SectionKind[]> = { resolution: ['action', 'result'], 'the resolution': ['action', 'result'] };

function readLabel(label: string): SectionKind[] | undefined {
  const n = normalise(label);
  if (n.length === 0 || n.length > 40) return undefined;
  const both = TWO_PARTS[n];
  if (both) return [...both];
  const whole = LABELS[n];
  if (whole) return [whole];
  if (RESULT_WITH_QUALIFIER.test(n)) return ['result'];
  if (LEARNING_LABEL.test(n)) return ['learning'];
  const lw = LETTER_AND_WORD.exec(n);
  if (lw && LABELS[lw[2]!] === LETTER_KINDS[lw[1]!]) return [LETTER_KINDS[lw[1]!]!];
  const parts = n.split(/\s*(?:\/|&|\+|,|\band\b)\s*/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const kinds: SectionKind[] = [];
  for (const p of parts) {
    const k = LABELS[p] ?? LABELS[`the ${p}`];
    if (!k) return undefined;
    if (!kinds.includes(k)) kinds.push(k);
  }
  return kinds;
}

/** True when a heading's text is a section label (so it never starts a new answer). */
export function isSectionHeading(text: string): boolean {
  return matchLabel(text) !== undefined;
}
