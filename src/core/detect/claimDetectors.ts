import { asksQuestion, claimsOf, claimsOfSentence } from '../claims/read.js';
import {
  CONDITION_CUES,
  PRAISE_MODIFIERS,
  REASON_CUES,
  SELF_ASSESSMENT_WORDS,
  SELF_KNOWLEDGE_NOUNS,
  WORD_START,
  alternation,
  wordsPattern,
} from '../lexicon/index.js';
import type { Claim, Thing } from '../claims/types.js';
import type { Answer } from '../types.js';
import { isSetback } from '../rules/util/outcome.js';

/**
 * One detector per idea, read from the claim model and shared by rules and rubrics: a
 * result metric, an outcome, the candidate's own acts, the team's acts, and how concrete
 * the answer is. Each returns the claims themselves, so evidence quotes a whole clause.
 */

const inSetup = (c: Claim): boolean => c.sectionKinds.length > 0 && c.sectionKinds.every((k) => k === 'situation' || k === 'task');
const inResult = (c: Claim): boolean => c.sectionKinds.includes('result');

/**
 * An unlabelled story opens on its setting: "a teammate whose style differed, which led to
 * conflicts" is the problem, not the result. Any claim in a labelled part makes it labelled.
 */
function opensOnSetting(answer: Answer, claims: readonly Claim[]): boolean {
  return answer.sentences.length >= 4 && !claims.some((c) => c.sectionKinds.length > 0);
}

// A measured change still counts in the opening, since a story may lead with its result ("I cut
// churn by 18% by ..."). What the Result part says is the outcome, whatever its verb ("Detected
// and fixed it in an hour").
function isOutcome(c: Claim, opening: boolean): boolean {
  return (
    !inSetup(c) &&
    !(opening && c.sentence === 0 && !c.quantities.some((q) => q.role === 'change')) &&
    (c.act === 'outcome' || (inResult(c) && c.act !== 'plan' && c.act !== 'learning'))
  );
}

/** Claims that say what changed because of the work: outcomes past the setting, no plans or lessons. */
export function outcomeClaims(answer: Answer): Claim[] {
  const claims = claimsOf(answer);
  const opening = opensOnSetting(answer, claims);
  let firstAct: number | undefined;
  const firstActAt = (): number => (firstAct ??= firstActSentence(answer));
  return claims.filter((c) => isOutcome(c, opening) && !isProblem(c, firstActAt));
}

// "Once it was deployed, performance fell off sharply", told before anything was done about
// it: a setback before the first step of the story is the problem the story turns on, not
// what came of the work. A measured change may still lead a story ("churn fell 18% after I ...").
// Where the first step is told is read only for a setback, which few outcomes are.
function isProblem(c: Claim, firstAct: () => number): boolean {
  return c.act === 'outcome' && !c.quantities.some((q) => q.role === 'change') && isSetback(c.text) && c.sentence < firstAct();
}

/** The sentence of the first step told (the candidate's own or the team's), or past the end when none is. */
function firstActSentence(answer: Answer): number {
  for (let i = 0; i < answer.sentences.length; i++) for (const c of claimsOfSentence(answer, i)) if (isOwnAct(c) || isTeamStep(c)) return i;
  return answer.sentences.length;
}

// "I laid out the options (cut scope or slip by a week)": a change told inside an action is not
// its result. A level reached counts where the result is told: the Result part, an outcome
// clause, or a state stated past the scene-setting first third.
function isResultMetric(c: Claim, firstThird: number, answer: Answer): boolean {
  if (inSetup(c) || c.act === 'plan' || c.act === 'learning') return false;
  // A question asks for a figure; it reports none: "Is 1-second latency worth $4.5k a month?"
  if (asksQuestion(answer.sentences[c.sentence]?.text ?? '')) return false;
  if (c.quantities.some((q) => q.role === 'change' && (c.act !== 'action' || inResult(c) || effectOfAct(c, q.start)))) return true;
  const level = c.quantities.some((q) => q.role === 'level');
  return level && (inResult(c) || c.act === 'outcome' || (c.act === 'state' && c.sentence >= firstThird));
}

// "I added Redis caching to make responses 10x faster", "tuned the pipeline to use 50% fewer GPU
// hours": a measured change told as what a finished step was for is what it did.
const EFFECT_BEFORE = /\bto\s+(?:[\p{L}-]+\s+){1,3}$/iu;
function effectOfAct(c: Claim, at: number): boolean {
  return EFFECT_BEFORE.test(c.text.slice(Math.max(0, at - c.start - 48), at - c.start));
}

/**
 * Claims that measure a result: a change of a measure ("cut churn from 27% to 21%", "saved
 * 10 hours a week"), or a level a measure reached where the result is told ("precision
 * recovered to 84%"). A deadline, a team size, the scale of the data or a figure in the
 * setting is not a result, however large.
 */
export function resultMetricClaims(answer: Answer): Claim[] {
  const firstThird = Math.ceil(answer.sentences.length / 3);
  return claimsOf(answer).filter((c) => isResultMetric(c, firstThird, answer));
}

// "A 12% reduction", "3x faster", "halved": a change given as a share of what it was is
// measured against the baseline, which the figure carries within it.
const RELATIVE_FIGURE = /%|percent|\d\s?x$|×|fold|^(?:halved|doubled|tripled|twice)/i;

/** Result claims whose measured change is relative to where the measure stood before. */
export function relativeChangeClaims(answer: Answer): Claim[] {
  return resultMetricClaims(answer).filter((c) => c.quantities.some((q) => q.role === 'change' && RELATIVE_FIGURE.test(q.text)));
}

/**
 * `resultMetricClaims(answer).length > 0`, reading the claims from the last sentence, where a
 * result is told, and stopping at the first that measures one.
 */
export function measuresResult(answer: Answer): boolean {
  const firstThird = Math.ceil(answer.sentences.length / 3);
  for (let i = answer.sentences.length - 1; i >= 0; i--) for (const c of claimsOfSentence(answer, i)) if (isResultMetric(c, firstThird, answer)) return true;
  return false;
}

/**
 * `outcomeClaims(answer).length > 0 || resultMetricClaims(answer).length > 0`, reading the
 * claims sentence by sentence from the last, where a story tells what came of it: most
 * answers stop after a few sentences instead of reading every one (the claim model is the
 * costliest part of a lint).
 */
export function tellsOutcome(answer: Answer): boolean {
  const { sentences } = answer;
  const firstThird = Math.ceil(sentences.length / 3);
  let opening: boolean | undefined;
  let firstAct: number | undefined;
  const firstActAt = (): number => (firstAct ??= firstActSentence(answer));
  for (let i = sentences.length - 1; i >= 0; i--) {
    for (const c of claimsOfSentence(answer, i)) {
      if (isResultMetric(c, firstThird, answer)) return true;
      // Only the opening sentence's claims ask whether the story is labelled.
      if (i === 0) opening ??= sentences.length >= 4 && !sentences.some((s, k) => s.sectionKinds.length > 0 && claimsOfSentence(answer, k).length > 0);
      if (isOutcome(c, opening ?? false) && !isProblem(c, firstActAt)) return true;
    }
  }
  return false;
}

const OWN_ACTS = new Set(['action', 'decision', 'outcome']);
// A name, an acronym or a name from code: "SMOTE", "catBoost", "XGBoost", "df.groupby".
const NAMED = /[\p{Lu}\p{N}_.]/u;
// A condition or a contrast makes a general statement of an explanation checkable: "when the data drifts", "rather than".
// "When it comes to data" introduces a topic, not a condition; "so that's my background" sums
// up, where "so that the team could" gives a purpose.
const SUMMING_UP = String.raw`(?!(?<=so that)['’]s\b)`;
const CONDITION = new RegExp(`${wordsPattern(CONDITION_CUES, 'iu').source}(?! it comes to\\b)${SUMMING_UP}`, 'iu');

/**
 * A claim of the candidate's own act: "I built", "I chose", a subjectless action line; not
 * "I helped". "I stayed calm and focused", "I used my skills": a stock phrase says no more
 * than "I helped".
 */
export function isOwnAct(c: Claim): boolean {
  return (c.actor === 'i' || c.actor === 'none') && OWN_ACTS.has(c.act) && !c.vague && c.generic.length === 0;
}

/** What the candidate did: "I built", "I chose", a subjectless action line; not "I helped". */
export function ownActionClaims(answer: Answer): Claim[] {
  return claimsOf(answer).filter(isOwnAct);
}

/** Decisions of the candidate's own: "I chose", "I pushed back", "I recommended". */
export function ownDecisionClaims(answer: Answer): Claim[] {
  return claimsOf(answer).filter((c) => (c.actor === 'i' || c.actor === 'none') && c.act === 'decision');
}

/** What the candidate means to do: "I'd start by pairing with the owner", "I plan to". */
export function ownPlanClaims(answer: Answer): Claim[] {
  return claimsOf(answer).filter((c) => (c.actor === 'i' || c.actor === 'none') && c.act === 'plan');
}

/** What the candidate learned or would do differently: "the lesson was", "next time I would". */
export function learningClaims(answer: Answer): Claim[] {
  return claimsOf(answer).filter((c) => c.act === 'learning');
}

/**
 * Work told as "we", "our team", "the team". What came of it ("we adopted it", "we passed the
 * audit") is the result, not work whose doer is hidden.
 */
// "Situation: while we were getting ready for the launch, we found out ...": "we" in the
// setting tells where the story starts, not whose work it was.
export function teamActionClaims(answer: Answer): Claim[] {
  return claimsOf(answer).filter((c) => isTeamStep(c) && !inSetup(c));
}

/** A step told as "we" or "the team": an action or a decision, not what came of it. */
function isTeamStep(c: Claim): boolean {
  return (c.actor === 'we' || c.actor === 'team') && OWN_ACTS.has(c.act) && c.act !== 'outcome';
}

const REASON = new RegExp(`${wordsPattern(REASON_CUES, 'iu').source}${SUMMING_UP}`, 'iu');

// "I'm skilled in drift detection", "my AWS and Kubernetes experience fits your needs", "I've
// got strong SQL experience": what one says of oneself is no detail, whatever it names.
const SELF_ASSESSED = new RegExp(
  String.raw`${WORD_START}(?:i['’]m|i am|i['’]ve been|i have been)\s+(?:[\p{L}-]+\s+){0,2}(?:${alternation(SELF_ASSESSMENT_WORDS)})\b|^\W*my\s+(?:[\p{L}/&,-]+\s+){0,4}?(?:${alternation(SELF_KNOWLEDGE_NOUNS)})\b|${WORD_START}i(?:['’]ve| have)(?:\s+got)?\s+(?:[\p{L}/&,-]+\s+){0,4}?(?:${alternation(SELF_KNOWLEDGE_NOUNS)})\b`,
  'iu',
);

/**
 * Concrete claims: a clause that names a thing (a tool, a system, data, a person or team),
 * carries a number that is not years of experience, or states a decision of one's own; a
 * clause made of stock phrases is not concrete whatever else it holds.
 */
export function specificClaims(answer: Answer): Claim[] {
  // In an explanation the checkable claim is the mechanism: "it degrades silently, because the
  // model sees inputs it was never trained on" says why, and "when the data drifts" says where
  // it holds, where a definition only names. Told of one's own habits, a condition is a
  // commonplace: "when the deadline is tight, I prioritize in a structured way".
  const mechanism = answer.type === 'technical';
  return claimsOf(answer).filter((c) => {
    if (c.act === 'state' && SELF_ASSESSED.test(c.text)) return false;
    // A figure is checkable whatever is said around it: "the market rate for my skills is
    // $180K-$220K". The things named are read last: three scans of the clause, the costliest
    // test here, and a clause with a figure or a decision is concrete without them.
    if (c.quantities.some((q) => q.role !== 'experience')) return true;
    // A stock phrase empties a claim of everything but a figure.
    if (c.generic.length > 0) return false;
    // A lesson is concrete by its figure, read above ("my mentor showed me the LLM did it in 2
    // hours"), or by a name ("I chose to skip SMOTE"); "I learned how much monitoring and
    // retraining matter" names things any lesson could, and "communication matters, when
    // things go wrong" is no condition to check.
    if (c.act === 'learning') return c.things.some((t) => NAMED.test(t.text) && namesAsDetail(c, t));
    return c.act === 'decision' || (mechanism && (CONDITION.test(c.text) || REASON.test(c.text))) || c.things.some((t) => namesAsDetail(c, t));
  });
}

/**
 * Claims that say nothing checkable: the rest of what the answer states once its concrete
 * claims are set aside. Plans and lessons are left out: they are judged by their own criteria.
 */
export function generalClaims(answer: Answer): Claim[] {
  const specific = new Set(specificClaims(answer));
  return claimsOf(answer).filter((c) => !specific.has(c) && c.act !== 'plan' && c.act !== 'learning');
}

/** A thing the claim names as a detail of its own: not praised with no figure, not one example among options. */
function namesAsDetail(c: Claim, t: Thing): boolean {
  return !praised(c, t) && !offeredAsExample(c, t);
}

// "Good accuracy metrics", "high precision and recall": a thing praised with no figure is a
// claim of quality, not a detail the listener could check.
// The praise reaches a thing joined to the praised one: "high precision and recall".
const PRAISE_BEFORE = new RegExp(`${WORD_START}(?:${PRAISE_MODIFIERS.join('|')})\\s+(?:[\\p{L}-]+(?:\\s+[\\p{L}-]+)?(?:,\\s*|\\s+and\\s+|\\s+or\\s+))?$`, 'iu');
function praised(c: Claim, t: Thing): boolean {
  return PRAISE_BEFORE.test(c.text.slice(Math.max(0, t.start - c.start - 40), t.start - c.start));
}

// "On platforms like AWS or GCP": things offered as examples, one or the other, are not
// what the candidate used. "Tools like Airflow and dbt" names both, so it still counts.
const EXAMPLE_BEFORE = new RegExp(
  String.raw`${WORD_START}(?:like|such as|e\.g\.,?|for example,?)\s+(?:[\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+){0,2}(?:,\s*|\s+or\s+))*$`,
  'iu',
);
const EXAMPLE_WORD = /like|such as|e\.g|for example/i;
function offeredAsExample(c: Claim, t: Thing): boolean {
  const before = c.text.slice(Math.max(0, t.start - c.start - 60), t.start - c.start);
  if (!EXAMPLE_WORD.test(before)) return false;
  const m = EXAMPLE_BEFORE.exec(before);
  if (!m) return false;
  const list = m[0] + c.text.slice(t.start - c.start, t.start - c.start + 60);
  return /\bor\b/i.test(list) && !/\band\b/i.test(list.slice(0, list.search(/\bor\b/i)));
}

// A condition put first ("When the input is structured, ...", "or where a wrong answer is
// costly") says when the claim holds; "look at both when you evaluate" only says when to do it.
const FRONTED_CONDITION = new RegExp(`^[\\s"'(]*(?:(?:and|or|but|only|even|so)\\s+)?${CONDITION.source}`, 'iu');

/** Claims that give a reason or say first when they hold: "since a regex does it better", "When the input is structured, ...". */
export function reasonedClaims(answer: Answer): Claim[] {
  return claimsOf(answer).filter((c) => c.act !== 'learning' && (REASON.test(c.text) || FRONTED_CONDITION.test(c.text)));
}

/** Stock phrases that could be said by anyone: "actionable insights", "a team player". */
export function genericPhrases(answer: Answer): Thing[] {
  return claimsOf(answer).flatMap((c) => c.generic);
}
