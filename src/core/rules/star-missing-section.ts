import type { Rule, Section, SectionKind } from '../types.js';
import { answerAnchor } from './util/star.js';

const ORDER: SectionKind[] = ['situation', 'task', 'action', 'result'];

const PARTS: Record<'situation' | 'task' | 'action', { name: string; hint: string }> = {
  situation: { name: 'Situation', hint: 'the context in 15-20 seconds: company, problem, why it mattered' },
  task: { name: 'Task', hint: 'your responsibility in 10-15 seconds: the goal, the metric, the constraints' },
  action: { name: 'Action', hint: 'what you did, step by step, in 60-90 seconds: the most important part' },
};

// An unlabelled opening that states the assignment ("I was asked to", "my job was") is the Task.
const TASK_WORDS = new RegExp(
  String.raw`\b(?:${[
    'i (?:was|got) (?:asked|tasked|hired|brought in|assigned|responsible|expected)',
    'i (?:had|needed|wanted) to',
    String.raw`i had (?:\w+ ){1,3}to`,
    '(?:we|the team) (?:had|needed) to',
    'my (?:job|task|goal|role|mandate|responsibility|brief) (?:was|is)',
    'the (?:goal|ask|task|objective|target|mandate) (?:was|is)',
    'i was (?:the|in charge)',
    '(?:asked|tasked|hired) me to',
  ].join('|')})\b`,
  'i',
);

const PROBLEM_LABEL = /^(?:the\s+)?(?:mistake|conflict|problem|failure|incident|bug|issue|obstacle)s?\b/i;

// Below this many words an unlabelled opening is a greeting, not a Situation.
const OPENING_WORDS = 12;

export const starMissingSection: Rule = {
  meta: {
    id: 'star-missing-section',
    description: 'A STAR-shaped answer is missing its Situation, Task or Action part.',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: false,
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      missing: 'This STAR answer has no {part}: add {hint}.',
    },
  },
  check({ answer, text, report }) {
    if (answer.kind === 'preamble' || !answer.starShaped) return;
    // With no labels at all (STAR only in front matter) there is nothing to place parts against.
    if (answer.sections.length === 0) return;
    // A loop, not flatMap: on an answer of a few sections flatMap cost more than the rest of the rule.
    const present = new Set<SectionKind>();
    for (const s of answer.sections) for (const k of s.kinds) present.add(k);
    // The story often opens with unlabelled context before the first label: that is its Situation.
    const first = answer.sections[0]!;
    const opening = answer.sentences
      .filter((s) => s.end <= first.labelRange.start)
      .map((s) => s.text)
      .join(' ');
    if (opening.split(/\s+/).filter(Boolean).length >= OPENING_WORDS) {
      present.add('situation');
      if (TASK_WORDS.test(opening)) present.add('task');
    }
    // A Situation that says what you had to do has folded the Task into it, as many good answers do.
    const situation = answer.sentences
      .filter((s) => s.sectionKinds.includes('situation'))
      .map((s) => s.text)
      .join(' ');
    if (TASK_WORDS.test(situation)) present.add('task');
    // "The mistake", "The conflict": a story framed by its problem implies the task (fix it, resolve it).
    if (answer.sections.some((s) => s.kinds.includes('situation') && PROBLEM_LABEL.test(s.label))) present.add('task');
    for (const kind of ['situation', 'task', 'action'] as const) {
      if (present.has(kind)) continue;
      const at = nextSection(answer.sections, kind)?.labelRange ?? answerAnchor(answer, text);
      if (!at) continue;
      report({
        messageId: 'missing',
        data: { part: PARTS[kind].name, hint: PARTS[kind].hint },
        start: at.start,
        end: at.end,
        expected: `a ${PARTS[kind].name} part`,
      });
    }
  },
};

/** The first section that belongs after the missing part: the new part goes right before its label. */
function nextSection(sections: readonly Section[], missing: SectionKind): Section | undefined {
  const rank = ORDER.indexOf(missing);
  return sections.find((s) => s.kinds.some((k) => (k === 'learning' ? 4 : ORDER.indexOf(k)) > rank));
}
