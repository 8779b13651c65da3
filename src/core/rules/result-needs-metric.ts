import { isIntroduction } from '../detect/answerType.js';
import { ACTIVITY_PAST, STORY_PAST, alternation } from '../lexicon/index.js';
import type { Answer, Rule, Sentence } from '../types.js';
import { hasMetric } from './util/metric.js';
import { claimsOf, claimsOfSentence } from '../claims/read.js';
import type { Claim, QuantityRole } from '../claims/types.js';
import { measuresResult, outcomeClaims } from '../detect/claimDetectors.js';
import { expectsOutcome, isOutcomeSentence, isSetupSentence } from './util/outcome.js';
import { outcomeCandidates, untoldResultAt } from './util/untoldResult.js';

interface Options {
  minWords: number;
}

// The last few sentences before the reflections are where a spoken story lands its result.
const CLOSING_SENTENCES = 3;

// A pitch that names its flagship work: the sentence a metric belongs in.
const FLAGSHIP =
  /\b[Ii](?:'ve| have)?\s+(?:\w+ly\s+)?(?:built|led|shipped|launched|designed|created|developed|delivered|own(?:ed)?|architected|scaled|deployed|run|ran)\b/;

export const resultNeedsMetric: Rule<Options> = {
  meta: {
    id: 'result-needs-metric',
    description: 'The outcome of the answer (its Result section, or its closing outcome sentences) states no number.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minWords: { type: 'integer', minimum: 0, description: 'Answers shorter than this many words are not checked (drafts in progress).' },
      },
    },
    defaultOptions: { minWords: 15 },
    messages: {
      resultSection:
        'The {label} section has no number. Say what changed and by how much: a % or $ figure, time saved, latency in ms, users or clients reached, or before → after.',
      resultNoMeasure:
        'The {label} section has figures, but none measures what changed: they size the work, the setting or a finding. Say what changed and by how much: a % or $ figure, time saved, latency in ms, users or clients reached, or before → after.',
      resultTimeOnly:
        'The {label} section only says how long the work took. Say what changed and by how much: a % or $ figure, time saved, latency in ms, users or clients reached, or before → after.',
      closingOutcome:
        'This outcome has no number. Quantify it: a % or $ figure, time saved, latency in ms, users or clients reached, or before → after ("from 27% to 21%").',
      noResult:
        'This walk-through never says what came of the work. Close it with the result and its number: a % or $ figure, time saved, latency, users reached, or before → after.',
      pitch: 'The pitch names no result. Give your flagship project one metric (%, $, time saved, users, before → after): an activity is not an achievement.',
    },
  },
  check({ answer, options, report }) {
    if (answer.kind === 'preamble' || answer.wordCount < options.minWords) return;
    const resultSections = answer.sections.filter((s) => s.kinds.includes('result'));

    if (resultSections.length > 0) {
      // Numbers in the Situation, Task or Action are context or activity, not the result.
      const inResult = answer.sentences.filter((s) => s.sectionKinds.includes('result'));
      const resultText = inResult.map((s) => s.text).join(' ');
      const figured = hasMetric(resultText);
      // "Kept all 3 tasks moving", "one channel churned at a 15% higher rate", "it took me two
      // months": figures that size the work, the setting or a finding measure no change.
      const roles = figured ? unmeasuredResultRoles(answer) : [];
      if (roles === undefined || (figured && roles.length === 0)) return;
      const first = resultSections[0]!;
      report({
        messageId: !figured ? 'resultSection' : roles.every((r) => r === 'time' || r === 'deadline') ? 'resultTimeOnly' : 'resultNoMeasure',
        // "The result:" as a label would read "The The result section".
        data: { label: first.style === 'letter' ? 'Result' : first.label.replace(/^the\s+/i, '') },
        start: first.labelRange.start,
        end: first.labelRange.end,
        expected: 'a metric in the result',
      });
      return;
    }

    if (answer.type === 'technical') return;
    // A STAR answer with no Result at all is star-missing-result's finding: one gap, one warning.
    if (answer.starShaped) return;
    const candidates = outcomeCandidates(answer.sentences);
    if (candidates.length === 0) return;

    // Work told with no outcome anywhere: the listener is left asking "and then?". A story that
    // stops there is star-missing-result's finding, as a STAR answer with no Result is.
    const untold = untoldResultAt(answer, candidates);
    if (untold) {
      if (answer.type === 'behavioral') return;
      report({ messageId: 'noResult', start: untold.start, end: untold.end, expected: 'a result with a metric' });
      return;
    }

    // The last outcome among the candidates that `keep` allows, reported when no claim of the
    // answer measures a result.
    const reportUnmeasured = (keep: (c: Claim) => boolean): void => {
      // A measured result settles it before the outcomes are read: most answers stop a sentence or two from their end.
      if (measuresResult(answer)) return;
      const outcomes = outcomeClaims(answer).filter((c) => keep(c) && candidates.some((s) => s.start <= c.start && c.end <= s.end));
      if (outcomes.length === 0) return;
      const last = outcomes[outcomes.length - 1]!;
      report({ messageId: 'closingOutcome', start: last.start, end: last.end, expected: 'a metric in the outcome' });
    };

    if (answer.type === 'pitch' && !isIntroduction(answer)) {
      // Why this role, why a move: no flagship number is owed, but a result it claims owes its measure.
      // Only what came of work, told after it in the same sentence ("I implemented TF-IDF, which
      // improved engagement"): "I was impressed to see", "your post showed NDCG improving" are
      // reasons for the move, not results.
      const firstWork = new Map<number, number>();
      for (const c of claimsOf(answer)) if (isOwnWork(c) && !firstWork.has(c.sentence)) firstWork.set(c.sentence, c.start);
      reportUnmeasured((c) => c.start > (firstWork.get(c.sentence) ?? Infinity));
      return;
    }
    if (answer.type === 'pitch') {
      // "Two e-commerce companies", "a team of five": counts of a career, not of an achievement.
      if (candidates.some((s) => hasMetric(s.text) && (FLAGSHIP.test(s.text) || isOutcomeSentence(s.text)))) return;
      const at = candidates.find((s) => FLAGSHIP.test(s.text) || isOutcomeSentence(s.text)) ?? candidates[0]!;
      report({ messageId: 'pitch', start: at.start, end: at.end, expected: 'one metric for the flagship project' });
      return;
    }

    // A story or a walk-through whose outcomes carry no measure of a result, though figures sit
    // near them (the requirement, the scale, the time it took): the outcome still owes one.
    const unmeasured = (): void => {
      if (answer.type === 'behavioral' || answer.type === 'project') reportUnmeasured(() => true);
    };

    const closing = candidates.slice(-CLOSING_SENTENCES);
    // Outcome language that the claim model reads as a plan is none: "this can create a
    // productive partnership" tells what could come. Elsewhere the sentence's words decide:
    // "we tuned it until the planners were happy" is one claim of work, and its outcome.
    const sentenceIndex = new Map(answer.sentences.map((s, i) => [s, i]));
    const saysOutcome = (s: Sentence): boolean => {
      if (!isOutcomeSentence(s.text)) return false;
      const claims = claimsOfSentence(answer, sentenceIndex.get(s)!);
      return claims.some((c) => c.act === 'outcome') || !claims.some((c) => c.act === 'plan' && isOutcomeSentence(c.text));
    };
    const outcomes = candidates.filter(saysOutcome);
    // The claim model tells a deadline, a team size or the scale of the work from a result.
    const measured = measuredSentences(answer);
    if (outcomes.some((s) => measured.has(s.start))) return unmeasured();
    // The headline opener: "I built a churn system that cut churn by 40%", impact first.
    const opening = answer.sentences[0];
    // "I was laid off when the company cut 30% of engineering" opens with context, not with work of one's own.
    if (opening && !isSetupSentence(opening) && ACTIVITY.test(opening.text) && isOutcomeSentence(opening.text) && hasMetric(opening.text)) return unmeasured();
    // "The final policy had a 3.1-point higher margin", then a few sentences about the hand-over:
    // a figure that describes a state, past the scene-setting first third, is its result.
    const later = new Set(answer.sentences.slice(Math.ceil(answer.sentences.length / 3)));
    if (candidates.some((s) => later.has(s) && stateFigure(s.text))) return unmeasured();
    const at = closing.findIndex(saysOutcome);
    // A number in the activity before the outcome ("we pulled 100K records") does not quantify
    // "it was a big success"; one right next to it ("latency is 40ms. Everyone was happy.") does.
    const before = at > 0 ? closing[at - 1] : undefined;
    const zone = at < 0 ? closing : [...(before && !ACTIVITY.test(before.text) ? [before] : []), ...closing.slice(at)];
    if (zone.some((s) => measured.has(s.start))) return unmeasured();
    const closingOutcome = at < 0 ? undefined : closing[at];
    if (closingOutcome) {
      report({ messageId: 'closingOutcome', start: closingOutcome.start, end: closingOutcome.end, expected: 'a metric in the outcome' });
    } else if (expectsOutcome(answer) && narrative(answer.sentences)) {
      const last = closing[closing.length - 1]!;
      report({ messageId: 'closingOutcome', start: last.start, end: last.end, expected: 'a result with a metric' });
    }
  },
};

// A story about past work, not advice or a definition in the present tense.
const PAST_WORK = new RegExp(
  String.raw`\b(?:I|we|my team|our team|the team)\s+(?:(?:\w+ly|just|also|then|first|later)\s+)?(?:re-)?(?:\w+ed|${alternation(STORY_PAST)})\b`,
  'i',
);

// "I pulled 100K records": a figure of the work done, not of what it changed.
const ACTIVITY = new RegExp(String.raw`\b(?:I|we|my team|our team|the team)\s+(?:\w+ly\s+)?(?:re-)?(?:\w+ed|${alternation(ACTIVITY_PAST)})\b`, 'i');

// "I tuned it with GridSearchCV and the final model got 95% accuracy": the activity and the
// state it reached are two clauses; the figure belongs to the second.
// Starts at a comma or at the first space of a run (linear over long blank runs).
const CLAUSE_BREAK = /[;:]|(?:,|(?<!\s))\s+(?:and|but|so|which|and then)\s+(?=(?:the|its|our|my|their|this|that|it|they|she|he)\b)/i;

/** A figure stated as a state reached, not as the size of the work done. */
/** Does the sentence hold a number that measures a result (a change, or a level reached)? Read lazily. */
function measuredSentences(answer: Answer): { has(start: number): boolean } {
  const index = new Map(answer.sentences.map((s, i) => [s.start, i]));
  return {
    has(start: number): boolean {
      const i = index.get(start);
      if (i === undefined) return false;
      return claimsOfSentence(answer, i).some(
        (c) => c.act !== 'plan' && c.act !== 'learning' && c.quantities.some((q) => q.role === 'change' || q.role === 'level'),
      );
    },
  };
}

/**
 * The roles of the figures the Result part states, or undefined as soon as one measures a
 * change or a level: the claims of the Result sentences after it are then never read.
 */
function unmeasuredResultRoles(answer: Answer): QuantityRole[] | undefined {
  const roles: QuantityRole[] = [];
  for (let i = 0; i < answer.sentences.length; i++) {
    if (!answer.sentences[i]!.sectionKinds.includes('result')) continue;
    for (const c of claimsOfSentence(answer, i))
      for (const q of c.quantities) {
        if (q.role === 'change' || q.role === 'level') return undefined;
        roles.push(q.role);
      }
  }
  return roles;
}

function stateFigure(sentence: string): boolean {
  return sentence.split(CLAUSE_BREAK).some((clause) => !ACTIVITY.test(clause) && hasMetric(clause));
}

function narrative(sentences: readonly Sentence[]): boolean {
  return sentences.filter((s) => PAST_WORK.test(s.text)).length >= 2;
}

/** A step of the candidate's own or their team's: "I implemented TF-IDF", "we shipped it". */
function isOwnWork(c: Claim): boolean {
  return (c.act === 'action' || c.act === 'decision') && (c.actor === 'i' || c.actor === 'we' || c.actor === 'none');
}
