/**
 * Guards of "a bit", "a little" and "a little bit": a hedge, or a binary digit ("a bit
 * flip"), an amount of story or time ("a bit more context", "a little while") or an amount
 * given up in a trade-off ("trades a little bias").
 */
import { DIFFICULTY_WORDS } from '../../../lexicon/index.js';
import { CLAUSE_END, last, type Around } from './around.js';

// "a bit" as a binary digit: "a bit flip", "set a bit per feature".
const BIT_NOUNS = new Set([
  'flip',
  'flips',
  'flipped',
  'mask',
  'masks',
  'vector',
  'vectors',
  'field',
  'fields',
  'set',
  'array',
  'arrays',
  'map',
  'maps',
  'string',
  'strings',
  'rate',
  'per',
  'width',
  'depth',
  'shift',
  'shifts',
  'pattern',
  'patterns',
  'level',
  'position',
  'positions',
  'is',
  'that',
  'which',
  'each',
]);
// "set a bit in the mask", "uses a bit for each feature" are binary digits; "used Airflow a bit in a course" hedges.
const BIT_PREPOSITIONS = new Set(['to', 'in', 'for']);
const BIT_VERBS = new Set([
  'set',
  'sets',
  'setting',
  'flip',
  'flips',
  'flipped',
  'flipping',
  'clear',
  'clears',
  'cleared',
  'toggle',
  'toggles',
  'toggled',
  'store',
  'stores',
  'stored',
  'reserve',
  'reserves',
  'reserved',
  'allocate',
  'allocates',
  'allocated',
  'add',
  'adds',
  'added',
  'use',
  'uses',
  'used',
  'using',
  'with',
  'one',
  'single',
  'extra',
]);
function isBinaryDigit(a: Around): boolean {
  const next = a.after[0] ?? '';
  if (BIT_NOUNS.has(next)) return true;
  return BIT_PREPOSITIONS.has(next) && BIT_VERBS.has(last(a.before) ?? '');
}

// Verbs of knowing or having used something: "I've used Docker a little", "I know SQL a bit".
const SKILL_VERBS = new Set([
  'used',
  'use',
  'know',
  'knew',
  'tried',
  'played',
  'dabbled',
  'touched',
  'worked',
  'done',
  'seen',
  'learned',
  'learnt',
  'studied',
  'explored',
  'experimented',
  'coded',
  'programmed',
  'practised',
  'practiced',
]);

/** "a little" at the end of a clause whose verb, within three words before it, is a skill verb. */
function closesSkillClause({ before, after }: Around): boolean {
  const next = after[0];
  if (next !== undefined && !CLAUSE_END.has(next) && next !== 'and' && next !== 'but') return false;
  return before.slice(-3).some((w) => SKILL_VERBS.has(w));
}
// "trades a little bias for less variance", "accept a little latency": an amount given up in a trade-off.
const TRADE_VERBS = new Set([
  'trade',
  'trades',
  'traded',
  'trading',
  'accept',
  'accepts',
  'accepted',
  'sacrifice',
  'sacrifices',
  'sacrificed',
  'exchange',
  'exchanges',
  'give',
  'gives',
  'gave',
  'lose',
  'loses',
  'lost',
  'cost',
  'costs',
]);

// "trades a little bias", "giving up a little AUC": an amount given away, not a hedge.
function tradesAmount(before: string[]): boolean {
  const p1 = last(before) ?? '';
  return TRADE_VERBS.has(p1) || (p1 === 'up' && ['give', 'gives', 'gave', 'given', 'giving'].includes(before[before.length - 2] ?? ''));
}

const LITTLE_MEASURE = new Set([
  'over',
  'under',
  'more',
  'less',
  'fewer',
  'while',
  'later',
  'earlier',
  'before',
  'after',
  'longer',
  'shorter',
  'faster',
  'slower',
  'higher',
  'lower',
  'bigger',
  'smaller',
  'above',
  'below',
  'ahead',
  'behind',
  'way',
  'time',
  'bit',
]);

// "a bit more context", "a bit of background", "a bit later": an amount of story or time, not a softened claim.
const BIT_AMOUNT = new Set(['more', 'less', 'later', 'earlier', 'longer', 'further', 'deeper', 'over', 'under', 'above', 'below']);
const BIT_OF_STORY = new Set(['context', 'background', 'history', 'detail', 'details', 'time', 'colour', 'color', 'backstory']);
function bitMeasures({ after }: Around): boolean {
  const n = after[0] ?? '';
  if (BIT_AMOUNT.has(n)) return !['rusty', 'slow', 'weak', 'shaky', 'unsure', 'uncertain', 'familiar', 'comfortable'].includes(after[1] ?? '');
  return n === 'of' && (BIT_OF_STORY.has(after[1] ?? '') || BIT_OF_STORY.has(after[2] ?? ''));
}

// "It was a bit tricky", "a little confusing at first": how hard the problem was, not a softened claim.
const DIFFICULTY = new Set(DIFFICULTY_WORDS);
const describesDifficulty = ({ after }: Around): boolean => DIFFICULTY.has(after[0] ?? '');
// "Let me say a little about myself": an amount of telling, not a softened claim.
const TELL_VERBS = new Set(['say', 'tell', 'talk', 'share', 'explain', 'speak', 'write']);
const measuresTelling = ({ before, after }: Around): boolean => after[0] === 'about' && TELL_VERBS.has(last(before) ?? '');
/** The degree word qualifies the problem or the telling, not the candidate's claim. */
const softensNoClaim = (a: Around): boolean => describesDifficulty(a) || measuresTelling(a);

/** "set a bit to 1" is a binary digit unless "to"/"in" follows "a little bit"; "a little bit more detail" is an amount. */
export const littleBitIsHedge = (a: Around): boolean =>
  (!isBinaryDigit(a) || a.after[0] === 'to' || a.after[0] === 'in') && !bitMeasures(a) && !softensNoClaim(a);

/**
 * "a little over two years", "a little while" measure time or amount; "a little Spark" hedges a skill,
 * and so does "I've used Docker a little," closing the clause of a skill verb.
 */
export const littleIsHedge = (a: Around): boolean =>
  ((/^[\p{L}]/u.test(a.after[0] ?? '') && !LITTLE_MEASURE.has(a.after[0]!) && !isComparative(a.after[0]!)) || closesSkillClause(a)) &&
  !tradesAmount(a.before) &&
  !softensNoClaim(a);

// Nouns and other words that end like a comparative: "a little user research" still hedges.
const NOT_COMPARATIVE = new Set([
  'user',
  'layer',
  'paper',
  'number',
  'member',
  'manager',
  'engineer',
  'customer',
  'partner',
  'owner',
  'master',
  'folder',
  'header',
  'filter',
  'cluster',
  'server',
  'router',
  'adapter',
  'container',
  'trigger',
  'marker',
  'letter',
  'order',
  'answer',
  'other',
  'under',
  'over',
  'after',
  'either',
  'neither',
  'rather',
  'whether',
  'together',
  'ever',
  'never',
]);

// "a little closer", "a little smoother": a comparative says how far something moved, not how sure the speaker is.
function isComparative(word: string): boolean {
  return /^\p{L}{3,}(?:i|[^e])er$/u.test(word) && !NOT_COMPARATIVE.has(word);
}

/** "a bit flip" is a binary digit; "a bit more context" is an amount of story. */
export const bitIsHedge = (a: Around): boolean => !isBinaryDigit(a) && !bitMeasures(a) && !softensNoClaim(a);
