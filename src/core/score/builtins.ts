import type { Answer, OffsetRange } from '../types.js';
import {
  genericPhrases,
  outcomeClaims,
  ownActionClaims,
  learningClaims,
  ownDecisionClaims,
  ownPlanClaims,
  resultMetricClaims,
  relativeChangeClaims,
  reasonedClaims,
  specificClaims,
  generalClaims,
  teamActionClaims,
} from '../detect/claimDetectors.js';
import { listItems } from '../detect/listItems.js';
import { NUMBER_WORDS, STATE_VERBS, VAGUE_WORK, alternation } from '../lexicon/index.js';
/**
 * Concepts every rubric may use (`concept: "@metric"`). They are shipped code, so unlike
 * rubric phrases they may be patterns: a metric is a shape, not a word list.
 */

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const TIME_UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?)`;
const COUNTED = String.raw`(?:users?|customers?|clients?|accounts?|rows?|records?|events?|requests?|predictions?|transactions?|queries|tickets?|calls?|documents?|models?|teams?|analysts?|engineers?|stores?|products?|SKUs?|features?|pipelines?|jobs?|dashboards?|reports?|sessions?|orders?|items?|merchants?|patients?|sites?|markets?|countries|services?|tables?|GPUs?|nodes?|people|hires?|incidents?|alerts?|experiments?|tests?|releases?)`;

const METRIC_SOURCES = [
  // $1.2M, €40k, £300 per month
  String.raw`[$€£]\s?${NUM}\s?(?:[kKmMbB]n?|million|billion|thousand)?`,
  // 40%, 3 percentage points, 3x faster, 2-fold
  String.raw`${NUM}\s?(?:%|percent\b|percentage points?\b|pp\b|bps\b|basis points\b|x(?![\p{L}])|×|-?fold\b)`,
  // latency and durations: 45ms, 120 ms, 2 hours (but not "13 years of experience")
  String.raw`${NUM}\s?(?:ms|milliseconds?|µs|s(?![\p{L}])|${TIME_UNIT})(?![\p{L}])`,
  // counts: 50K predictions, 10M events, 500 customers, 12 clients
  String.raw`${NUM}\s?(?:[kKmMbB](?![\p{L}])|million|billion|thousand)?\s?(?:[\p{L}-]+\s)?${COUNTED}(?![\p{L}])`,
  String.raw`${NUM}\s?(?:[kKmMbB]|million|billion|thousand)(?![\p{L}])`,
  // metric values: AUC 0.92, F1 of 0.84, RMSE = 185
  String.raw`(?:AUC|ROC-AUC|F1|precision|recall|RMSE|MAE|MAPE|sMAPE|R2|R²|NDCG|MRR|accuracy|uplift|lift)\s*(?:of|=|:|at|from)?\s*${NUM}`,
  // before -> after without digits: "from hours to minutes"
  String.raw`from\s+(?:${NUM}\s*)?${TIME_UNIT}\s+(?:down\s+)?to\s+(?:${NUM}\s*)?${TIME_UNIT}`,
  String.raw`${NUM}\s*(?:->|→|to)\s*${NUM}`,
];

// "I helped", "I worked on", "I learned" say nothing the candidate did themselves; the
// vague-we rule does not count them as ownership either, and neither does the score.
// States and opinions ("I figured, why not?") are no work either: both lists come from the lexicon.
const VAGUE_PAST = `(?:${alternation([...VAGUE_WORK, ...STATE_VERBS, 'involved'])}|used\\s+to)`;
// "I've got some conflicts with my manager" is what one has, not work done.
const PAST_VERBS = String.raw`(?:(?!(?:need|feed|proceed|succeed)(?![\p{L}]))(?!${VAGUE_PAST}(?![\p{L}]))[\p{L}]+(?:-[\p{L}]+)*ed|built|led|wrote|ran|chose|drove|took|made|found|spent|brought|taught|sold|told|began|held|kept|rewrote|rebuilt|shipped|sat|(?<!(?:['’]ve|\bhave)\s+)got)`;
const FIRST_PERSON_VERBS = String.raw`(?:${PAST_VERBS}|set|put|split|cut|own|lead|run|build|design|manage|drive|write)`;
const I_SUBJECT = String.raw`(?<![\p{L}])I(?:\s+ha(?:ve|d)|['’]ve)?\s+(?:(?:also|then|first|just|personally|myself|initially|later|eventually|finally|actually|basically|then)\s+|[\p{L}]+ly\s+)?`;

const BUILTIN_PATTERNS: Record<string, { label: string; source: string; flags: string }> = {
  '@metric': {
    label: 'a quantified result (%, $, x-fold, ms, counts, before -> after)',
    source: METRIC_SOURCES.map((s) => `(?:${s})`).join('|'),
    flags: 'giu',
  },
  // "Six years as a service manager, promoted twice": a number said in words is a number too.
  '@number': { label: 'a number', source: String.raw`${NUM}|(?<![\p{L}])(?:${alternation([...NUMBER_WORDS, 'twice'])})(?![\p{L}])`, flags: 'giu' },
  '@first-person': {
    label: 'an "I did" statement',
    source: String.raw`${I_SUBJECT}${FIRST_PERSON_VERBS}(?![\p{L}])`,
    flags: 'gu',
  },
  // Work already done ("I built", "I had migrated"), as opposed to a habit or a method told in
  // the present ("I impute with the median"): only the first has a result to report.
  '@first-person-past': {
    label: 'an "I did" statement about past work',
    source: String.raw`${I_SUBJECT}${PAST_VERBS}(?![\p{L}])`,
    flags: 'gu',
  },
};

/**
 * Concepts read from the claim model: each match is a whole clause (or the stock phrase), so
 * a criterion's evidence is the claim itself and never a lone word.
 */
const CLAIM_CONCEPTS: Record<string, { label: string; find: (answer: Answer) => OffsetRange[] }> = {
  '@result-metric': { label: 'a result with a number (a change measured, or the level a measure reached)', find: resultMetricClaims },
  '@relative-change': { label: 'a result measured against where it started (a % change, "3x faster", "halved")', find: relativeChangeClaims },
  '@outcome': { label: 'an outcome (what changed because of the work)', find: outcomeClaims },
  '@own-action': { label: 'something you did yourself ("I built", "I chose")', find: ownActionClaims },
  '@own-decision': { label: 'a decision of your own ("I chose", "I pushed back")', find: ownDecisionClaims },
  '@own-plan': { label: 'what you mean to do ("I\'d start by", "I plan to")', find: ownPlanClaims },
  '@team-action': { label: 'work told as "we" or "the team"', find: teamActionClaims },
  '@learning': { label: 'what you learned or would do differently', find: learningClaims },
  '@reasoned': { label: 'a claim with its reason or its condition ("because", "when the input is structured")', find: reasonedClaims },
  '@specific': { label: 'a concrete claim (a named tool, system, data set, person, number or decision)', find: specificClaims },
  '@general-claim': { label: 'a general claim (nothing named, counted or decided)', find: generalClaims },
  '@list-item': { label: 'an item of a list ("- ...", "(1) ...")', find: listItems },
  '@generic': { label: 'a stock phrase anyone could say ("actionable insights", "team player")', find: genericPhrases },
};

/** Matches of a claim concept, or undefined when `id` is not one. */
export function findClaimConcept(id: string, answer: Answer): OffsetRange[] | undefined {
  const def = CLAIM_CONCEPTS[id];
  return def ? def.find(answer).map((c) => ({ start: c.start, end: c.end })) : undefined;
}

/** Plain-phrase concepts shared by all rubrics. */
const BUILTIN_PHRASES: Record<string, { label: string; phrases: string[] }> = {
  '@reasoning': {
    label: 'the reason for a choice ("because", "so that")',
    phrases: ['because', 'so that', 'which means', 'that is why', "that's why", 'the reason', 'in order to', 'since the', 'given that', 'driven by'],
  },
  '@tradeoff': {
    label: 'a trade-off named (versus, at the cost of)',
    phrases: [
      'trade-off',
      'trade off',
      'tradeoff*',
      'at the cost of',
      'in exchange for',
      'versus',
      'vs',
      'vs.',
      'compared with',
      'compared to',
      'downside',
      'the price was',
      'costs more',
      'on the other hand',
      'instead of',
    ],
  },
};

const compiled = new Map<string, RegExp>();

export function isBuiltinConcept(id: string): boolean {
  return id in BUILTIN_PATTERNS || id in BUILTIN_PHRASES || id in CLAIM_CONCEPTS;
}

export function builtinLabel(id: string): string | undefined {
  return BUILTIN_PATTERNS[id]?.label ?? BUILTIN_PHRASES[id]?.label ?? CLAIM_CONCEPTS[id]?.label;
}

export function builtinPhrases(id: string): string[] | undefined {
  return BUILTIN_PHRASES[id]?.phrases;
}

/** Matches of a pattern concept in `text`, or undefined when `id` is not a pattern concept. */
export function findBuiltinPattern(id: string, text: string): { start: number; end: number }[] | undefined {
  const def = BUILTIN_PATTERNS[id];
  if (!def) return undefined;
  let re = compiled.get(id);
  if (!re) {
    re = new RegExp(def.source, def.flags);
    compiled.set(id, re);
  }
  re.lastIndex = 0;
  const out: { start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  }
  return out;
}

export const BUILTIN_CONCEPT_IDS = [...Object.keys(BUILTIN_PATTERNS), ...Object.keys(BUILTIN_PHRASES), ...Object.keys(CLAIM_CONCEPTS)];
