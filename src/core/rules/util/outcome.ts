import type { Answer, Sentence } from '../../types.js';

/**
 * Outcome language: what changed because of the work. Past tense or "now ..." only, so
 * that advice in the present ("regularization reduces variance", "simpler models
 * generalise better") is never read as a claimed result. A hyphenated compound ("cut-over",
 * "drop-off") is a noun, not the verb.
 */
const OUTCOME =
  /\b(?:reduced|increased|improved|cut|saved|grew|boosted|lifted|dropped|fell|rose|decreased|lowered|raised|shortened|accelerated|sped up|speeded up|eliminated|prevented|avoided|recovered|restored|generated|won|doubled|halved|tripled|led to|resulted in|resulting in|paid off|went (?:well|live|smoothly|down|up|from)|(?:dropped|fell|rose|grew|climbed|moved|came down|went up) from|worked (?:really |very |so |quite |pretty )?(?:well|out|great)|(?:a|an) (?:big|huge|massive|significant|major|real|clear|measurable|noticeable) (?:improvement|win|success|step up|upgrade|uplift|boost)|delivered|achieved|exceeded|beat|unlocked|enabled|allowed|helped(?! (?:with|out|on|in|a (?:little|bit)|somewhat|where)\b)|made (?:it|the|our|a|them|us|everyone)\b|freed up|adopted|became|turned (?:around|into)|landed|signed off|got (?:buy-in|approval|promoted|adopted)|(?:was|were|is now|are now) (?:a )?(?:success|successful|adopted|faster|cheaper|better|more|less|fewer|happier|thrilled|pleased|impressed)|success(?:ful(?:ly)?)?|(?:the|an?|end|net|final) (?:result|outcome|impact)s? (?:was|were|is)|as a result|in the end|ultimately|by the end|impact(?:ed)? on|now (?:serves|runs|handles|processes|takes|uses|powers|relies|covers|flags|catches|saves|reaches|supports|drives)|positive feedback|well received|loved it|praised|happy with|(?:is|are|was|were) (?:now |again )?(?:working|running) (?:well|good|fine|great|smoothly)|(?:is|are|was|were) (?:now |very |really |much |more than )?(?:happy|pleased|satisfied|impressed|delighted)|(?:is|are) (?:now |much |a lot |far |probably |definitely |clearly )?(?:happier|more satisfied)|(?:results?|outcomes?) (?:have been|has been|were|was) (?:pretty |really |very |quite )?(?:good|great|positive|strong|excellent)|(?:team|teams|analysts|users|they|everyone) (?:now )?(?:uses|use|relies on|rely on) it\b|(?:has|have) (?:gotten|got|become) (?:a lot |much |far |way |a little |somewhat )?(?:better|faster|easier|smoother))\b(?![-‐]\p{L})/iu;

/** Reflection rather than outcome: "I learned", "this taught me", "next time I would". */
const LEARNING =
  /\b(?:i (?:learned|learnt|realized|realised|now (?:always|never|ask|check|make|budget|spend|start|insist|treat|think|validate|write))|(?:taught|showed|reminded) me|lessons?|takeaways?|in hindsight|looking back|next time|going forward|i would (?:do|have|now)|i'd (?:do|have)|if i (?:did|were|had|could)|the biggest learning|key learning|(?:thing|lesson) i took (?:from|away)|i took away)\b/i;

// A change from one figure to another ("brought the default rate down from 4.1% to 3.3%"); years are not figures.
const FROM_TO =
  /\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[$€£]?(?!(?:19|20)\d\d\b)\d[\d.,]*\s?(?:%|x|k|m|ms|s|pp|bps|hours?|minutes?|days?|weeks?)?\s+(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+|under\s+)?[$€£]?\d/i;

// A figure set against another is a before -> after: "a decision in 9 days instead of 21", "2% down from 5%".
const COMPARED =
  /\d[\d.,]*\s?(?:%|x|[a-z]+)?\s+(?:instead of|rather than|down from|up from|(?:as )?(?:compared|against) (?:to |with )?|versus|vs\.?)\s+(?:about |around |roughly |nearly |almost |over |under |the |an? |[$€£])*\d/i;

// "cutting fraud losses by 31%": a change with its size, said as a participle.
const BY_FIGURE =
  /\b(?:cutting|reducing|saving|increasing|lifting|boosting|raising|lowering|improving|shrinking|growing)\b[^.;]{0,60}?\bby\s+(?:about\s+|around\s+|roughly\s+)?[$€£]?\d/i;

export function isOutcomeSentence(text: string): boolean {
  return OUTCOME.test(text) || COMPARED.test(text) || FROM_TO.test(text) || BY_FIGURE.test(text);
}

export function isLearningSentence(text: string): boolean {
  return LEARNING.test(text);
}

// Questions whose answer is a story about the candidate's own work: the interviewer waits for its result.
const IMPACT_QUESTION =
  /walk (?:me|us) through (?:a|an|your|one)|tell (?:me|us) about (?:a|an|your|one) (?:\w+ )?(?:project|system|model|product|launch|pipeline|achievement|accomplishment|dashboard|tool|analysis|experiment|feature|platform|service|app)|most (?:impactful|successful|challenging|proud)|proudest|biggest (?:achievement|accomplishment|impact|win)|describe (?:a|an|your) (?:\w+ )?(?:project|achievement|accomplishment)/i;

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
