import type { Rule, Sentence } from '../types.js';

interface Options {
  minWords: number;
}

// A regular past tense; "need", "feed", "proceed" only look like one.
const PAST_ED = '(?!(?:need|feed|seed|speed|proceed|succeed|exceed|embed|shed|bleed|breed|heed|weed|bed|red|wed|indeed)\\b)\\w+ed';

const ADVERBS = '(?:(?:then|also|first|quickly|eventually|finally|initially|together|jointly|collectively|all|just|later|soon|next|now|successfully|ultimately|actually|really|basically|essentially|mostly|originally|\\p{Ll}+ly)\\s+){0,2}';

// Past tense and the few verbs that narrate work in the present perfect ("we've shipped").
const IRREGULAR =
  'built|made|ran|chose|wrote|took|found|led|drove|set up|rebuilt|rewrote|shipped|cut|got|went|spent|began|broke|caught|sent|won|brought|kept|put|saw|gave|met|sold|did|came up with|stood up|laid out|split|hit|fed|dug|threw|sped|sought|taught|bought|held|left|lost|paid|rolled out|worked out|figured out';
// States and wishes, not work: "we had 3 weeks", "we needed a model", "we were a team of four".
const NOT_WORK = /^(?:had|has|have|were|was|needed|wanted|hoped|seemed|liked|loved|felt|thought|believed|knew|agreed|realized|realised|noticed|learned|learnt|called|named|lived)\b/iu;

const WE_WORK = new RegExp(
  `(?:\\b(?:we|our (?:team|group|squad)|the (?:team|group)|my team|(?:my|the|a) (?:team|colleagues?|teammates?|manager|partner) (?:and|&) I)\\s+${ADVERBS}(?:(?:${PAST_ED}|${IRREGULAR})\\b|(?:'ve|have)\\s+(?:${PAST_ED}|${IRREGULAR})\\b|(?:were|was) able to\\b|managed to\\b|decided\\b|ended up\\b)|\\bwe['’]ve\\s+(?:${PAST_ED}|${IRREGULAR})\\b)`,
  'giu',
);

// Spoken drafts tell the story in the present: "so I dig into the logs, I find the leak".
const PRESENT = 'build|write|lead|design|own|run|choose|pick|find|fix|rebuild|rewrite|add|train|deploy|ship|propose|take|set up|dig|pull|profile|measure|test|tune|move|split|decide|convince|present|migrate|automate|refactor|implement|create|launch';

// A concrete first-person action or a plain statement of ownership.
const I_ACTION = new RegExp(
  `(?<!\\band\\s|&\\s)\\bI\\s+${ADVERBS}(?:personally\\s+)?(?:(?:${PAST_ED}|${IRREGULAR}|${PRESENT})\\b|(?:'ve|have)\\s+(?:${PAST_ED}|${IRREGULAR})\\b)|(?<!\\band\\s|&\\s)\\bI['’]ve\\s+(?:${PAST_ED}|${IRREGULAR})\\b`,
  'gu',
);
const VAGUE_I = /^(?:I\s+(?:(?:then|also|just|really|mostly)\s+)?(?:helped|assisted|supported|participated|contributed|joined|worked|was involved|was part|felt|thought|believed|hoped|wanted|needed|liked|loved|learned|learnt|realized|realised|noticed|agreed|guess|had|was|were|knew|saw|got to|remember|seemed|called|named|followed (?:a|an|the|some) (?:\w+ )?(?:tutorial|guide|course|recipe|example|notebook|blog|instructions|docs|documentation)))\b/u;
const OWNERSHIP =
  /\bI\s+(?:was|am)\s+(?:(?:solely|directly|personally|mainly|fully)\s+)?(?:responsible|accountable|in charge|the (?:one|owner|lead|only)|tasked|asked to (?:lead|own|build|design)|the main)|(?<!\band\s|&\s)\bI\s+(?:owned|own|led|lead|drove|architected)\b|\bmy (?:part|role|piece|job|responsibility|contribution|model|pipeline|code|design|analysis|approach|solution|proposal|prototype|idea) (?:was|is|included|covered|delivered|cut|improved|reduced|became|got|made|showed)\b|\b(?:asked|assigned|tasked|trusted|put|picked|chose|hired|brought in)\s+me\s+(?:to|with|on|in charge)\b|\bwhile my (?:colleague|teammate|manager|peer|partner|counterpart|lead)s?\b|\bmy (?:colleague|teammate)s? (?:handled|owned|built|did|took)\b/iu;

// Subjectless action bullets ("- Rebuilt the split by month") narrate the speaker's own steps.
const IMPLICIT_I = /^(?!(?:Based|Given|Compared|Combined|Related|Called|Named|Limited|Needed|Indeed|Interested|Excited|Used by|Owned by)\b)(?:\w+ed|built|made|ran|chose|wrote|took|found|led|drove|set up|rebuilt|rewrote|shipped|cut|sent|brought|kept|put|split|rolled out)\b/u;

function isConcreteI(text: string): boolean {
  if (OWNERSHIP.test(text)) return true;
  I_ACTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = I_ACTION.exec(text)) !== null) {
    if (!VAGUE_I.test(text.slice(m.index, m.index + 60))) return true;
  }
  return IMPLICIT_I.test(text.trim());
}

function weWork(text: string): RegExpExecArray | undefined {
  WE_WORK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WE_WORK.exec(text)) !== null) {
    const verb = m[0].replace(/^\S+(?:\s+(?:team|group|squad))?\s+/u, '').replace(new RegExp(`^${ADVERBS}`, 'iu'), '');
    if (!NOT_WORK.test(verb)) return m;
  }
  return undefined;
}

export const vagueWe: Rule<Options> = {
  meta: {
    id: 'vague-we',
    description: 'The work in the answer is all "we" / "the team", with no concrete first-person action.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minWords: { type: 'integer', minimum: 0, description: 'Answers shorter than this many words are not checked.' },
      },
    },
    defaultOptions: { minWords: 15 },
    messages: {
      vague:
        'The work here is all "{we}", with nothing you did yourself. Say whose work it was: "I was responsible for X, while my colleague did Y", and what you built, chose or led.',
    },
  },
  check({ answer, options, report }) {
    if (answer.kind === 'preamble' || answer.type === 'technical' || answer.wordCount < options.minWords) return;
    const sentences = answer.sentences.filter((s) => !s.sectionKinds.includes('learning') || s.sectionKinds.length > 1);
    // A plain statement of ownership anywhere settles it ("I was responsible for the features").
    if (sentences.some((s) => OWNERSHIP.test(s.text))) return;
    // The Action is where the interviewer listens for "I"; judge there when it is labelled.
    const actions = sentences.filter((s) => s.sectionKinds.includes('action'));
    const scope: readonly Sentence[] = actions.length > 0 ? actions : sentences;
    if (scope.some((s) => isConcreteI(s.text))) return;
    for (const s of scope) {
      const m = weWork(s.text);
      if (m) {
        report({ messageId: 'vague', data: { we: /^we/iu.test(m[0]) ? 'we' : m[0].split(/\s+/).slice(0, 2).join(' ').toLowerCase() }, start: s.start, end: s.end, actual: m[0], expected: 'what you did yourself' });
        return;
      }
    }
  },
};
