import {
  EXTENT_AMOUNTS,
  EXTENT_NOUNS,
  FAMILIARITY_NOUNS,
  LIKELIHOOD_ADVERBS,
  NOT_SURE_DEGREES,
  oneOf,
  PRETTY_WORDS,
  SPOKEN_SOFTENERS,
} from '../../lexicon/index.js';
import type { PhraseEntry } from '../util/phraseMatcher.js';
import { beliefSafeDrop, degreeDrop, dropWord, justSafeDrop, softenerSafeDrop } from './fixes.js';
import { fairlyIsDegree, justIsHedge } from './senses/adverb.js';
import { bitIsHedge, littleBitIsHedge, littleIsHedge } from './senses/amount.js';
import type { Around } from './senses/around.js';
import { beliefIsHedge, believeIsHedge, hopeIsHedge, mayHaveIsDoubt, notAsked, notSureIsHedge, rememberIsHedge, sayIsHedge } from './senses/belief.js';
import { familiarityIsHedge, kindOfIsHedge, likelihoodIsHedge, maybeIsHedge, potentiallyIsHedge, sortOfIsHedge } from './senses/noun.js';

export type Kind = 'belief' | 'doubt' | 'degree' | 'likelihood' | 'minimizer' | 'familiarity' | 'filler';

/** A hedge: its pattern, its guard (senses/) and what dropping it does (fixes.ts). */
export interface HedgeEntry extends PhraseEntry<Around> {
  /** The phrase as people name it; `allowPhrases` and the docs use this form. */
  key: string;
  kind: Kind;
  /** True when dropping the phrase keeps both the grammar and the claim (a safe "fix all"). */
  safeDrop?: (a: Around) => boolean;
  /** The part to drop in an optional "remove" suggestion, when dropping is grammatical but changes the claim. */
  suggestDrop?: (a: Around) => { chars: number } | undefined;
}

/**
 * The built-in hedges, in the order the pattern tries them: where two start at the same
 * place, the earlier one wins ("a little bit" before "a little").
 */
const FEEL_CLAUSE_VERBS = '(?:is|was|am|are|have|has|had|can|could|will|would|should|might)';
const OPINION_ADVERB = '(?: (?:really|honestly|genuinely|personally|truly))?';

export const HEDGES: HedgeEntry[] = [
  { key: "I'm not sure but", pattern: `(?:I'm |I am )?not (?:${oneOf(NOT_SURE_DEGREES)} sure(?:,? but)?|sure,? but)`, kind: 'doubt', guard: notSureIsHedge },
  { key: "I'm not an expert but", pattern: "(?:I'm|I am) (?:not an|no|not really an) expert(?: (?:on|in) (?:this|that|it))?,? but", kind: 'doubt' },
  {
    key: 'if I remember correctly',
    pattern: 'if (?:I (?:remember|recall)(?: correctly| right)?|memory serves(?: me)?)',
    kind: 'doubt',
    guard: rememberIsHedge,
  },
  // "I really think", "I honestly believe": the adverb leans on the opinion; it is still one.
  {
    key: 'I think',
    pattern: `I(?:'d| would)?${OPINION_ADVERB} think(?: so(?=\\s*[.,;:!?)]|$))?`,
    kind: 'belief',
    guard: beliefIsHedge,
    safeDrop: beliefSafeDrop,
  },
  { key: 'I believe', pattern: `I${OPINION_ADVERB} believe(?: so(?=\\s*[.,;:!?)]|$))?`, kind: 'belief', guard: believeIsHedge, safeDrop: beliefSafeDrop },
  { key: 'I guess', pattern: "I(?:'d| would)? guess", kind: 'belief', guard: notAsked, safeDrop: beliefSafeDrop },
  { key: 'I suppose', pattern: 'I suppose', kind: 'belief', guard: notAsked, safeDrop: beliefSafeDrop },
  { key: "I'd say", pattern: "I(?:'d| would) say", kind: 'belief', guard: sayIsHedge, safeDrop: beliefSafeDrop },
  { key: "I'd like to think", pattern: "I(?:'d| would) like to think", kind: 'belief' },
  { key: 'I hope', pattern: 'I hope', kind: 'likelihood', guard: hopeIsHedge },
  { key: 'if that makes sense', pattern: 'if (?:that|this|it) makes sense', kind: 'doubt' },
  // "I may have seen that before": unsure of one's own past ("I could have told them sooner" is regret).
  {
    key: 'may have',
    pattern: '(?:may|might) have(?= (?:seen|used|heard|done|tried|read|touched|run|worked|come across)\\b)',
    kind: 'doubt',
    guard: mayHaveIsDoubt,
  },
  // "I feel it's the right moment", "I feel I've grown": "I feel" opening a clause is "I feel that".
  {
    key: 'I feel like',
    pattern: `I feel (?:like|that)|I feel(?= (?:it|I|we|they|this|there)(?:'s|'ve|'m|'re|'d|'ll| ${FEEL_CLAUSE_VERBS}\\b))`,
    kind: 'belief',
    safeDrop: beliefSafeDrop,
  },
  { key: 'kind of', pattern: 'kind of', kind: 'degree', guard: kindOfIsHedge, safeDrop: softenerSafeDrop, suggestDrop: dropWord(-1) },
  { key: 'sort of', pattern: 'sort of', kind: 'degree', guard: sortOfIsHedge, safeDrop: softenerSafeDrop, suggestDrop: dropWord(-1) },
  ...SPOKEN_SOFTENERS.map((w): HedgeEntry => ({ key: w, pattern: w, kind: 'degree', safeDrop: softenerSafeDrop, suggestDrop: dropWord(-1) })),
  {
    key: 'pretty',
    pattern: `pretty (?:${PRETTY_WORDS.map((w) => w.replace(/ /g, ' '))
      .sort((x, y) => y.length - x.length)
      .join('|')})`,
    kind: 'degree',
    suggestDrop: dropWord('pretty'.length),
  },
  { key: 'some familiarity with', pattern: `some ${oneOf(FAMILIARITY_NOUNS)}(?: (?:with|in|to))?`, kind: 'familiarity', guard: familiarityIsHedge },
  { key: 'basically', pattern: 'basically', kind: 'filler', safeDrop: () => true },
  ...LIKELIHOOD_ADVERBS.map((w): HedgeEntry => {
    if (w === 'maybe') return { key: w, pattern: w, kind: 'likelihood', guard: maybeIsHedge };
    if (w === 'potentially') return { key: w, pattern: w, kind: 'likelihood', guard: potentiallyIsHedge };
    return { key: w, pattern: w, kind: 'likelihood', guard: likelihoodIsHedge };
  }),
  { key: 'just', pattern: 'just', kind: 'minimizer', guard: justIsHedge, safeDrop: justSafeDrop },
  { key: 'a little bit', pattern: 'a little bit', kind: 'degree', guard: littleBitIsHedge, suggestDrop: degreeDrop },
  { key: 'a little', pattern: 'a little', kind: 'degree', guard: littleIsHedge, suggestDrop: degreeDrop },
  { key: 'a bit', pattern: 'a bit', kind: 'degree', guard: bitIsHedge, suggestDrop: degreeDrop },
  { key: 'somewhat', pattern: 'somewhat', kind: 'degree', suggestDrop: dropWord(-1) },
  // "scored fairly across groups", "treat every region fairly.", "treated fairly when": fairness, not degree.
  { key: 'fairly', pattern: 'fairly', kind: 'degree', guard: fairlyIsDegree, suggestDrop: dropWord(-1) },
  { key: 'more or less', pattern: 'more or less', kind: 'degree', suggestDrop: dropWord(-1) },
  { key: 'to some extent', pattern: `to ${oneOf(EXTENT_AMOUNTS)} ${oneOf(EXTENT_NOUNS)}`, kind: 'degree', suggestDrop: dropWord(-1) },
];
