import {
  BETTER_STATES,
  CHANGE_PAST,
  CONCERN_NOUNS,
  FINISHED_VERBS,
  NUMBER_WORDS,
  ON_SCHEDULE,
  RESOLVED_PARTICIPLES,
  SETBACK_PARTICIPLES,
  SETBACK_PAST,
  TARGET_MET_VERBS,
  TARGET_NOUNS,
  WORD_START,
} from '../../lexicon/index.js';
import type { Answer, Sentence } from '../../types.js';

// Past changes said in a phrase: "went live", "dropped from", "worked well", "a big improvement".
const CHANGE_PHRASES = [
  'went (?:well|live|smoothly|fine|great|okay|ok|down|up|from)',
  // "The calculation went to 300-600 securities per second": a measure moved to a new level.
  String.raw`(?:went|got|came|rose|fell|dropped|climbed|jumped|improved|moved) (?:up |down )?to ` +
    String.raw`(?:about |around |roughly |over |under |nearly |almost )?[$€£]?\d+`,
  '(?:dropped|fell|rose|grew|climbed|moved|came down|went up) from',
  'worked (?:really |very |so |quite |pretty )?(?:well|out|great)',
  '(?:a|an) (?:big|huge|massive|significant|major|real|clear|measurable|noticeable) ' +
    '(?:improvement|win|success|step up|upgrade|uplift|lift|boost|increase|gain|reduction)',
].join('|');
// Things done or won: "delivered", "got buy-in"; "helped" only when it is not "helped with".
const ACHIEVED = [
  'delivered',
  'achieved',
  'exceeded',
  'beat',
  'unlocked',
  'enabled',
  'allowed',
  String.raw`helped(?! (?:with|out|on|in|a (?:little|bit)|somewhat|where)\b)`,
  String.raw`made (?:it|the|our|a|them|us|everyone)\b`,
  'freed up',
  'adopted',
  'became',
  'turned (?:[\\p{L}-]+ )?(?:around|into)',
  'landed',
  'signed off',
  'got (?:buy-in|approval|promoted|adopted)',
  // "We still managed to give customers first-class service", "we were able to reduce the search
  // time": what was managed is what came of it.
  'managed to',
  '(?:was|were) able to',
  'succeeded in',
  // "We had the service back within an hour": a system put back in service.
  String.raw`(?:had|got|brought) (?:[\p{L}-]+ ){1,3}back(?! (?:from|and forth)\b)`,
  // "XGBoost let us capture the interactions": what the work made possible. "I let them name
  // the tiers" is a step the candidate took.
  String.raw`(?<!\b(?:I|we) )let (?:us|them|the team|our team|the teams|analysts|users)`,
  // "We had it fixed in 3 hours", "the outage was resolved by noon": the problem put right.
  String.raw`(?:had|got) (?:it|this|that|them|everything|(?:the|our|their) [\p{L}-]+(?: [\p{L}-]+)?) (?:${RESOLVED_PARTICIPLES.join('|')})`,
  String.raw`(?:was|were|got) (?:\p{L}+ly )?(?:${RESOLVED_PARTICIPLES.join('|')})`,
  // "The project shipped on time": work finished against its schedule.
  String.raw`(?:${FINISHED_VERBS.join('|')}) (?:[\p{L}\d-]+ ){0,3}?(?:${ON_SCHEDULE.join('|')})`,
  String.raw`(?:${TARGET_MET_VERBS.join('|')}) (?:the|our|its|their|every|all|each|both|this|that) (?:[\p{L}\d-]+ ){0,2}?(?:${TARGET_NOUNS.join('|')})`,
].join('|');
// A verdict on the work: "was a success", "the result was".
const VERDICT = [
  '(?:was|were|is now|are now) (?:a )?(?:success|successful|adopted|faster|cheaper|better|more|less|fewer|happier|thrilled|pleased|impressed)',
  // "We agreed the success metrics": the measure of success set beforehand is no verdict.
  'success(?:ful(?:ly)?)?(?! (?:metrics?|criteria|criterion|measures?|definitions?|factors?|kpis?|targets?)\\b)',
  // "The business impact is significant": one word may name what kind of result it was.
  String.raw`(?:the|an?|end|net|final) (?:[\p{L}-]+ )?(?:result|outcome|impact)s? (?:was|were|is)`,
].join('|');
// Words that introduce the result: "as a result", "in the end", "now serves".
const RESULT_MARKERS = [
  'as a result',
  'in the end',
  'ultimately',
  'by the end',
  'impact(?:ed)? on',
  'now (?:serves|runs|handles|processes|takes|uses|powers|relies|covers|flags|catches|saves|reaches|supports|drives)',
  // "It ended up working pretty well", "it ended up taking three weeks": how things came out.
  'ended up',
].join('|');
// How people took it, and the state it left: "positive feedback", "teams now use it", "has gotten faster".
const RECEPTION = [
  'positive feedback',
  'well received',
  'loved it',
  'praised',
  'happy with',
  '(?:is|are|was|were) (?:now |again )?(?:working|running) (?:well|good|fine|great|smoothly)',
  '(?:is|are|was|were) (?:now |very |really |much |more than )?(?:happy|pleased|satisfied|impressed|delighted)',
  '(?:is|are) (?:now |much |a lot |far |probably |definitely |clearly )?(?:happier|more satisfied)',
  '(?:results?|outcomes?) (?:have been|has been|were|was) (?:pretty |really |very |quite )?(?:good|great|positive|strong|excellent)',
  String.raw`(?:team|teams|analysts|users|they|everyone) (?:now )?(?:uses|use|relies on|rely on) it\b`,
  // "Our working relationship got better", "it has become faster": the state a change left.
  String.raw`(?:(?:has|have) )?(?:gotten|got|become|became|grew) ` +
    String.raw`(?:a lot |much |far |way |even |a little |somewhat |noticeably |steadily )?(?:${BETTER_STATES.join('|')})`,
  // Adoption said in the present at the end of a story: "people in HR use it", "analysts rely on it daily".
  '(?:use|uses|rely on|relies on) it(?= *(?:[.,;!]|$|every|daily|weekly|today|now|still))',
  // Prevention and the state left behind: "it hasn't happened again", "the project is in good shape now".
  "(?:has not|hasn't|has never|never) happened again",
  '(?:is|are|was|were) (?:now |still )?in (?:good|great|better|much better) shape',
  '(?:finally |now )?made sense to',
].join('|');
/**
 * Outcome language: what changed because of the work. Past tense or "now ..." only, so
 * that advice in the present ("regularization reduces variance", "simpler models
 * generalise better") is never read as a claimed result. A hyphenated compound ("cut-over",
 * "drop-off", "gradient-boosted") is a noun or an adjective, not the verb.
 */
// "It fell to me to coordinate the fix": a duty that came to someone, not a measure that fell.
export const NOT_TO_A_PERSON = String.raw`(?!\s+to\s+(?:me|us|him|her|them)\b)`;
const OUTCOME = new RegExp(
  String.raw`(?<![-‐])${WORD_START}(?:${[CHANGE_PAST.join('|'), CHANGE_PHRASES, ACHIEVED, VERDICT, RESULT_MARKERS, RECEPTION].join('|')})\b` +
    String.raw`(?![-‐]\p{L})${NOT_TO_A_PERSON}`,
  'iu',
);

/**
 * A setback that ends a story: what came of the work, though nothing improved, so a claim of
 * the story's outcome (the claim model) but not an improvement that owes a number.
 */
// "It has not missed the deadline since", "one missed morning instead of sixteen": a setback
// denied, or named as a thing counted, is not one that happened.
const SETBACK = new RegExp(
  // The word start comes first, and the test for a space after it fails inside a run of spaces
  // before the look back runs.
  String.raw`${WORD_START}(?!\s)(?<!(?:\bnot|\bnever|n't|\ba|\ban|\bone|\bthe|\bno|\bany|\d)\s+)(?:${[
    ...SETBACK_PAST,
    String.raw`(?:was|were|got) (?:\p{L}+ly )?(?:${SETBACK_PARTICIPLES.join('|')})`,
    String.raw`pushed (?:[\p{L}-]+ ){0,3}?back`,
  ].join('|')})\b`,
  'iu',
);

export function isSetback(text: string): boolean {
  return SETBACK.test(text);
}

/** Reflection rather than outcome: "I learned", "this taught me", "next time I would". */
const LEARNING_PHRASES = [
  "i(?:'ve| have)? (?:learned|learnt|realized|realised)",
  'i now (?:always|never|ask|check|make|budget|spend|start|insist|treat|think|validate|write)',
  '(?:taught|showed|reminded) me',
  '(?:a|the) (?:good |useful |big |hard |important |clear )?reminder (?:that|of|to)',
  'lessons?',
  'takeaways?',
  'in hindsight',
  'looking back',
  'next time',
  'going forward',
  'i would (?:do|have|now)',
  String.raw`i'd (?:do|have)`,
  'if i (?:did|were|had|could)',
  'the biggest learning',
  'key learning',
  '(?:thing|lesson) i took (?:from|away)',
  'i took away',
].join('|');
const LEARNING = new RegExp(String.raw`\b(?:${LEARNING_PHRASES})\b`, 'i');

// A change from one figure to another ("brought the default rate down from 4.1% to 3.3%"); years are not figures.
const FROM_FIGURE = String.raw`[$€£]?(?!(?:19|20)\d\d\b)\d[\d.,]*\s?(?:%|x|k|m|ms|s|pp|bps|hours?|minutes?|days?|weeks?)?`;
const FROM_TO = new RegExp(
  String.raw`\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?${FROM_FIGURE}\s+(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+|under\s+)?[$€£]?\d`,
  'i',
);

// A figure set against another is a before -> after: "a decision in 9 days instead of 21", "2% down from 5%".
const SET_AGAINST = String.raw`(?:instead of|rather than|down from|up from|(?:as )?(?:compared|against) (?:to |with )?|versus|vs\.?)`;
const COMPARED = new RegExp(
  String.raw`\d[\d.,]*\s?(?:%|x|[a-z]+)?\s+${SET_AGAINST}\s+(?:about |around |roughly |nearly |almost |over |under |the |an? |[$€£])*\d`,
  'i',
);

// "cutting fraud losses by 31%": a change with its size, said as a participle.
const CHANGING = '(?:cutting|reducing|saving|increasing|lifting|boosting|raising|lowering|improving|shrinking|growing)';
const BY_FIGURE = new RegExp(
  String.raw`\b${CHANGING}\b[^.;]{0,60}?\bby\s+(?:about\s+|around\s+|roughly\s+)?[$€£]?\d|` +
    // "saving over $100K a year": what was saved is the figure itself.
    String.raw`\bsav(?:ing|ed|es)\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+|more than\s+|up to\s+)?[$€£]\d|` +
    // "It saves each of them about an hour a day": time saved is the figure too.
    String.raw`\bsav(?:ing|ed|es)\b[^.;]{0,30}?\b(?:an?|half an?|\d[\d.,]*|one|two|three|four|five|six|ten)\s+(?:hours?|minutes?|days?|weeks?)\b`,
  'i',
);

// "I train the model and look at whether its performance went up": what is checked for is a
// question, not a claim that it happened.
const CHECKED_FOR = /\b(?:whether|to see (?:if|whether|how)|to check (?:if|whether|how)|see if|check if)\b.*$/is;

// "I raised the data problems with the client", "I raised it with my manager": a concern put to
// people, not a measure raised. Counted ("the check has flagged three similar problems"), they
// are problems caught.
const CONCERN_RAISED = new RegExp(
  String.raw`${WORD_START}(?:raised|flagged|surfaced|brought up)\s+(?!(?:[\p{L}-]+\s+)?(?:\d|(?:${NUMBER_WORDS.join('|')})\b))` +
    String.raw`(?:(?:[\p{L}-]+\s+){0,3}?(?:${CONCERN_NOUNS.join('|')})s?|(?:it|this|that|them|these|those)\s+(?:with|to))\b`,
  'giu',
);

/** The text with any concern raised to people blanked, so its verb reads as no change. */
export function withoutConcernsRaised(text: string): string {
  return text.replace(CONCERN_RAISED, ' ');
}

export function isOutcomeSentence(text: string): boolean {
  const said = withoutConcernsRaised(text.replace(CHECKED_FOR, ''));
  return OUTCOME.test(said) || COMPARED.test(said) || FROM_TO.test(said) || BY_FIGURE.test(said);
}

export function isLearningSentence(text: string): boolean {
  return LEARNING.test(text);
}

// Questions whose answer is a story about the candidate's own work: the interviewer waits for its result.
// What a story about one's own work is about: "tell me about a project", "... a dashboard".
const STORY_SUBJECTS =
  '(?:project|system|model|product|launch|pipeline|achievement|accomplishment|dashboard|tool|analysis|experiment|feature|platform|service|app)';
const IMPACT_QUESTION = new RegExp(
  [
    'walk (?:me|us) through (?:a|an|your|one)',
    String.raw`tell (?:me|us) about (?:a|an|your|one) (?:\w+ )?${STORY_SUBJECTS}`,
    'most (?:impactful|successful|challenging|proud)',
    'proudest',
    'biggest (?:achievement|accomplishment|impact|win)',
    String.raw`describe (?:a|an|your) (?:\w+ )?(?:project|achievement|accomplishment)`,
  ].join('|'),
  'i',
);

/** True when the interviewer expects a result even if the candidate never states one. */
export function expectsOutcome(answer: Answer): boolean {
  if (answer.type === 'behavioral' || answer.type === 'pitch' || answer.type === 'project') return true;
  return !!answer.question && IMPACT_QUESTION.test(answer.question.text);
}

/** Sentences in a section labelled Situation or Task (and nothing else). */
export function isSetupSentence(s: Sentence): boolean {
  return s.sectionKinds.length > 0 && s.sectionKinds.every((k) => k === 'situation' || k === 'task');
}

export function isLearningSection(s: Sentence): boolean {
  return s.sectionKinds.length > 0 && s.sectionKinds.every((k) => k === 'learning');
}
