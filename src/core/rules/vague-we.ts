import { STATE_PAST, TEAM_WORK_PAST, WORK_PRESENT, WORD_START, alternation } from '../lexicon/index.js';
import type { Answer, Rule, Sentence } from '../types.js';
import { isLearningSentence } from './util/outcome.js';
import { claimsOfSentence } from '../claims/read.js';
import { isOwnAct } from '../detect/claimDetectors.js';

interface Options {
  minWords: number;
}

// A regular past tense; "need", "feed", "proceed" only look like one.
const PAST_ED = '(?!(?:need|feed|seed|speed|proceed|succeed|exceed|embed|shed|bleed|breed|heed|weed|bed|red|wed|indeed)\\b)\\w+ed';

// Words that may stand between the subject and its verb. Hedges count: "I kind of helped" is still "I helped".
const ADVERB_WORDS = [
  'kind of',
  'sort of',
  'kinda',
  'sorta',
  'maybe',
  'probably',
  'then',
  'also',
  'first',
  'quickly',
  'eventually',
  'finally',
  'initially',
  'together',
  'jointly',
  'collectively',
  'all',
  'just',
  'later',
  'soon',
  'next',
  'now',
  'successfully',
  'ultimately',
  'actually',
  'really',
  'basically',
  'essentially',
  'mostly',
  'originally',
];
const ADVERBS = `(?:(?:${ADVERB_WORDS.join('|')}|\\p{Ll}+ly)\\s+){0,2}`;

// Past tense and the few verbs that narrate work in the present perfect ("we've shipped").
const IRREGULAR = TEAM_WORK_PAST.join('|');
// States and wishes, not work: "we had 3 weeks", "we needed a model", "we were a team of four".
const NOT_WORK = new RegExp(String.raw`^(?:${STATE_PAST.join('|')})\b`, 'i');

// The subject of a team's work: "we", "our team", "my manager and I".
const WE =
  String.raw`${WORD_START}(?:we|our (?:team|group|squad)|the (?:team|group)|my team|` +
  String.raw`(?:my|the|a) (?:team|colleagues?|teammates?|manager|partner) (?:and|&) I)`;
const PAST_WORK = `(?:${PAST_ED}|${IRREGULAR})`;
// What the subject did: a past tense, a present perfect, or "were able to", "decided", "ended up".
const WE_DID = String.raw`(?:re-)?(?:${PAST_WORK}\b|(?:'ve|have)\s+${PAST_WORK}\b|(?:were|was) able to\b|managed to\b|decided\b|ended up\b)`;
const WE_WORK = new RegExp(String.raw`(?:${WE}\s+${ADVERBS}${WE_DID}|${WORD_START}we['’]ve\s+${PAST_WORK}\b)`, 'giu');

const PRESENT_WORK = alternation(WORK_PRESENT);

// What a step is copied from, and the words that make it sound smaller still.
const COPIED_FROM = '(?:tutorial|guide|course|recipe|example|notebook|blog|instructions|docs|documentation|code)';
const SOFTENERS = '(?:just|simply|basically|really|actually|kind of|sort of)';
// A first-person step that shows no judgement of one's own: it needs company to settle ownership.
const WEAK_I = new RegExp(
  String.raw`(?<![\p{L}])[Ii]\s+(?:${SOFTENERS}\s+){0,2}(?:followed|copied|reused) (?:a|an|the|some) (?:\w+ ){0,3}?${COPIED_FROM}\b`,
  'u',
);
// What a candidate calls their own part, what it did, and how alone they were in charge.
const MY_WORK = '(?:part|role|piece|job|responsibility|contribution|model|pipeline|code|design|analysis|approach|solution|proposal|prototype|idea)';
const MY_WORK_DID = '(?:was|is|included|covered|delivered|cut|improved|reduced|became|got|made|showed)';
const OWNER_ROLE = '(?:responsible|accountable|in charge|the (?:one|owner|lead|only)|tasked|asked to (?:lead|own|build|design)|the main)';
const SOLELY = String.raw`(?:(?:solely|directly|personally|mainly|fully)\s+)?`;
// A plain statement of ownership: "I was responsible for", "my part was", "they asked me to lead".
const OWNERSHIP = new RegExp(
  [
    String.raw`\bI\s+(?:was|am)\s+${SOLELY}${OWNER_ROLE}`,
    String.raw`\bI['’]m\s+${SOLELY}(?:responsible|accountable|in charge|the (?:one|owner|lead))`,
    String.raw`(?<!\band\s|&\s)\bI\s+(?:owned|own|led|lead|drove|architected)\b`,
    String.raw`\bmy ${MY_WORK} ${MY_WORK_DID}\b`,
    String.raw`\b(?:asked|assigned|tasked|trusted|put|picked|chose|hired|brought in)\s+me\s+(?:to|with|on|in charge)\b`,
    String.raw`\bwhile my (?:colleague|teammate|manager|peer|partner|counterpart|lead)s?\b`,
    String.raw`\bmy (?:colleague|teammate)s? (?:handled|owned|built|did|took)\b`,
  ].join('|'),
  'i',
);

type FirstPerson = 'strong' | 'weak' | 'none';

/** How the sentence tells the candidate's own part; its caller has ruled out a plain statement of ownership. */
function firstPerson(answer: Answer, index: number): FirstPerson {
  let weak = false;
  for (const c of claimsOfSentence(answer, index)) {
    if (!isOwnAct(c)) continue;
    if (!WEAK_I.test(c.text)) return 'strong';
    weak = true;
  }
  return weak ? 'weak' : 'none';
}

// A story told in the present ("so we retrain it and we add the price"): only where a story is expected.
const WE_PRESENT = new RegExp(`${WORD_START}(?:we|our team|the team|my team)\\s+${ADVERBS}(?:${PRESENT_WORK})\\b`, 'giu');

const REFLECTION =
  /^\W*(?:\p{L}+\W+){0,6}?(?:i (?:learned|learnt|realized|realised)|(?:thing|lesson)s? i took|i took away|(?:my |the )?(?:main |biggest |key )?takeaway)\b/iu;

const LEADING_ADVERBS = new RegExp(`^${ADVERBS}`, 'iu');

// A spoken draft puts "uh" between the subject and the verb: "then we, uh, trained it".
// A match starts at a comma or at the first space of a run, never inside one: tried at every
// space of a long blank run, "\s+" would make the scan quadratic.
const SPOKEN_GAP = /(?:,|(?<!\s))\s+(?:u+h+|u+m+|e+r+m+)\b,?/gi;

/** Every "we" clause of work in a sentence (a spoken run-on can hold several). */
function weWork(sentence: string, story: boolean): RegExpExecArray[] {
  const text = sentence.replace(SPOKEN_GAP, ' ');
  const found: RegExpExecArray[] = [];
  if (story) {
    WE_PRESENT.lastIndex = 0;
    const p = WE_PRESENT.exec(text);
    if (p) found.push(p);
  }
  WE_WORK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WE_WORK.exec(text)) !== null) {
    const verb = m[0].replace(/^\S+(?:\s+(?:team|group|squad))?\s+/u, '').replace(LEADING_ADVERBS, '');
    if (!NOT_WORK.test(verb + text.slice(m.index + m[0].length, m.index + m[0].length + 12))) found.push(m);
  }
  return found;
}

/**
 * Where the closing reflection starts: the first lesson sentence in the last third of the
 * answer, when nothing after it tells the story on. The answer's end when there is none.
 */
function closingReflection(sentences: readonly Sentence[]): number {
  const from = Math.floor((sentences.length * 2) / 3);
  for (let i = from; i < sentences.length; i++) if (isLearningSentence(sentences[i]!.text)) return sentences[i]!.start;
  return Number.POSITIVE_INFINITY;
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
        'The work here is all "{we}", with nothing you did yourself. ' +
        'Say whose work it was: "I was responsible for X, while my colleague did Y", and what you built, chose or led.',
    },
  },
  check({ answer, options, report }) {
    if (answer.kind === 'preamble' || answer.wordCount < options.minWords) return;
    if (answer.type === 'technical') return;
    // A sentence that opens as a reflection is not the work: "the main thing I took from it" is no "I did";
    // nor is what follows a closing lesson ("Now I begin every project by asking ...").
    const closing = closingReflection(answer.sentences);
    const sentences = answer.sentences.filter(
      (s) => s.start < closing && (!s.sectionKinds.includes('learning') || s.sectionKinds.length > 1) && !REFLECTION.test(s.text),
    );
    // A plain statement of ownership anywhere settles it ("I was responsible for the features").
    if (sentences.some((s) => OWNERSHIP.test(s.text))) return;
    // The Action is where the interviewer listens for "I"; judge there when it is labelled.
    const actions = sentences.filter((s) => s.sectionKinds.includes('action'));
    const scope: readonly Sentence[] = actions.length > 0 ? actions : sentences;
    const story = answer.type === 'behavioral' || answer.type === 'project' || answer.starShaped;
    // The first strong "I" settles it: the claims of the sentences after it are never read.
    // The scope keeps the answer's order, so each sentence's index is found past the one before.
    let weak = false;
    let at = 0;
    for (const s of scope) {
      at = answer.sentences.indexOf(s, at);
      const person = firstPerson(answer, at);
      if (person === 'strong') return;
      if (person === 'weak') weak = true;
    }
    const teamWork = scope.flatMap((s) => weWork(s.text, story).map((m) => ({ s, m })));
    // One "we" clause next to "I followed a tutorial" is not a hidden role; a whole Action of them is.
    if (teamWork.length < (weak ? 2 : 1)) return;
    const { s, m } = teamWork[0]!;
    report({
      messageId: 'vague',
      data: { we: /^we/i.test(m[0]) ? 'we' : m[0].split(/\s+/).slice(0, 2).join(' ').toLowerCase() },
      start: s.start,
      end: s.end,
      actual: m[0],
      expected: 'what you did yourself',
    });
  },
};
