/**
 * The senses of the hedge phrases: each guard reads the words around a match and says
 * whether it is the hedge or a literal use of the same words ("kind of" in "the kind of
 * problems", "just" in "I just joined", "a bit" in "a bit flip").
 */

/** What the guards of a phrase see: the words around it and the phrase as written. */
export interface Around {
  before: string[];
  after: string[];
  phrase: string;
  /** The prose from the end of the phrase to the end of its sentence (read only by the fixes). */
  readonly rest: string;
}

export const last = (a: string[]): string | undefined => a[a.length - 1];

// Words after which "kind of"/"sort of" is the noun ("the kind of problems", "what sort of model").
const NOUN_BEFORE_KIND = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'whatever',
  'any',
  'some',
  'every',
  'each',
  'no',
  'one',
  'all',
  'same',
  'other',
  'another',
  'different',
  'right',
  'wrong',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'certain',
  'particular',
  'similar',
  'new',
  'specific',
  'first',
  'second',
  'last',
  'next',
  'best',
  'worst',
  'only',
  'main',
  'common',
  'usual',
  'exact',
  'typical',
  'favourite',
  'favorite',
  'special',
  'general',
  'rare',
  'whole',
  'two',
  'three',
  'many',
  'several',
  'various',
  'either',
  'neither',
  'simplest',
  'easiest',
  'hardest',
]);

// "I think about edge cases", "I think of attention as a lookup": the verb with an object, not a hedge.
const THINK_OBJECT = new Set([
  'about',
  'of',
  'through',
  'like',
  'carefully',
  'hard',
  'deeply',
  'differently',
  'aloud',
  'critically',
  'clearly',
  'twice',
  'back',
  'ahead',
  'big',
  'long',
  'outside',
  'along',
  'out',
  'harder',
  'systematically',
  'visually',
  'strategically',
  'probabilistically',
  'holistically',
  'upfront',
  'constantly',
  'often',
]);
// Before "I think": "how I think", "what do I think" ask or describe a way of thinking.
const THINK_ASKED = new Set(['how', 'what', 'why', 'way', 'do', 'did', 'does', 'should', 'would', 'can', 'could', 'whatever']);

export function beliefIsHedge({ before, after }: Around): boolean {
  if (THINK_ASKED.has(last(before) ?? '')) return false;
  const n = after[0];
  if (n === undefined) return true;
  if (THINK_OBJECT.has(n)) return false;
  if (n === 'in' && after[1] === 'terms') return false;
  // "I think a lot about latency", "I think mostly in terms of cost".
  if ((n === 'a' && after[1] === 'lot') || n === 'mostly' || n === 'mainly' || n === 'more' || n === 'less' || n === 'first') {
    return !after.slice(1, 4).some((w) => w === 'about' || w === 'of' || w === 'through' || w === 'terms');
  }
  return true;
}

// "just" says "recently" after these, or a precise "only" before a number: not a hedge.
const JUST_TIME_OR_FACT = new Set([
  'joined',
  'started',
  'moved',
  'arrived',
  'got',
  'finished',
  'came',
  'returned',
  'transferred',
  'switched',
  'begun',
  'been',
  'launched',
  'released',
  'hit',
  'reached',
  'heard',
  'received',
  'graduated',
  'completed',
  'relocated',
  'now',
  'before',
  'after',
  'as',
  'like',
  'in',
  'then',
  'when',
  'once',
  'about',
  'under',
  'over',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'a',
  'an',
  'the',
  "didn't",
  "don't",
  "couldn't",
  "can't",
  "wasn't",
  "won't",
  'had',
  'happened',
]);
const QUANTITY = /^(?:\d|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$|twenty$|a$|few$|couple$|handful$|under$|over$)/;
// Nouns for the self a candidate shrinks: "I was just a junior", "my part was just the dashboards".
const SELF_NOUN = new Set(['role', 'part', 'job', 'contribution', 'work', 'task', 'piece']);

// Words that turn "not entirely sure" into a named gap: "not entirely sure how it shards".
const NAMED_GAP = new Set(['how', 'what', 'whether', 'if', 'why', 'which', 'where', 'when', 'who', 'about', 'of', 'that']);

// "I just followed a tutorial" is red-flag's finding (it says more); "I just copied most of it
// from the library docs" is a hedge like any other.
const TUTORIAL_STEP =
  /^(?:followed|follow|following|copied|replicated|reproduced|cloned) (?:a|an|the|some|this|that|one) (?:[\w-]+ )?(?:tutorials?|blog|youtube|course|video|notebook)\b/;

export function justIsHedge({ before, after }: Around): boolean {
  const p1 = last(before);
  const p2 = before[before.length - 2];
  const n = after[0];
  if (n === undefined || !/^[\p{L}]/u.test(n)) return false;
  // "I just built the dashboard", "I'm just the analyst": the candidate shrinks their own part.
  if (p1 === 'i' || p1 === "i'm") {
    if (n === 'a' || n === 'an' || n === 'the') return p1 === "i'm" && !QUANTITY.test(after[1] ?? '');
    if (TUTORIAL_STEP.test(after.join(' '))) return false;
    // After "I", "like" is the verb ("I just like numbers"), not "just like" a comparison.
    return !JUST_TIME_OR_FACT.has(n) || (n === 'like' && p1 === 'i');
  }
  // "I was just a junior", "my role was just helping", "my part was just the dashboards".
  if ((p1 === 'was' || p1 === 'am' || p1 === 'is') && (p2 === 'i' || SELF_NOUN.has(p2 ?? ''))) {
    if (n === 'a' || n === 'an' || n === 'the') return !QUANTITY.test(after[1] ?? '');
    // "my role was just to build the dashboards" shrinks the role as much as "just helping".
    return /ing$/.test(n) || n === 'there' || n === 'support' || n === 'helping' || (n === 'to' && p2 !== 'i');
  }
  return false;
}

// What follows a "fairly" of fairness: a preposition, or the start of the next clause.
const AFTER_FAIR = new Set([
  'across',
  'among',
  'amongst',
  'between',
  'to',
  'and',
  'or',
  'with',
  'by',
  'in',
  'for',
  'regardless',
  'under',
  'without',
  'from',
  'on',
  'at',
  'when',
  'while',
  'whenever',
  'if',
  'as',
  'so',
  'because',
  'since',
  'after',
  'before',
  'once',
  'until',
  'whether',
  'though',
  'although',
  'unless',
  'where',
  'which',
  'who',
  'but',
  'yet',
  'then',
]);
// Verbs a fairness "fairly" follows ("treated fairly"); "handled fairly well" is still degree.
const FAIR_VERBS = new Set([
  'treat',
  'treated',
  'treats',
  'treating',
  'split',
  'splits',
  'shared',
  'share',
  'scored',
  'score',
  'judged',
  'judge',
  'allocated',
  'allocate',
  'distributed',
  'divided',
  'paid',
  'weighted',
  'ranked',
  'rewarded',
  'priced',
  'represented',
  'assessed',
  'evaluated',
  'reviewed',
  'compensated',
  'credited',
]);
const DEGREE_AFTER_VERB = new Set([
  'well',
  'quickly',
  'easily',
  'smoothly',
  'fast',
  'often',
  'early',
  'late',
  'closely',
  'consistently',
  'accurately',
  'high',
  'low',
]);

export function fairlyIsDegree({ before, after }: Around): boolean {
  const n = after[0];
  if (n === undefined || !/^[\p{L}]/u.test(n) || AFTER_FAIR.has(n)) return false;
  return !FAIR_VERBS.has(last(before) ?? '') || DEGREE_AFTER_VERB.has(n);
}

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
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', ')', '-', '—', '–']);

/** "a little" at the end of a clause whose verb, within three words before it, is a skill verb. */
function closesSkillClause({ before, after }: Around): boolean {
  const next = after[0];
  if (next !== undefined && !CLAUSE_END.has(next) && next !== 'and' && next !== 'but') return false;
  return before.slice(-3).some((w) => SKILL_VERBS.has(w));
}

// After "which"/"that", "kind of"/"sort of" is a noun before a noun ("that kind of data") but a
// softener before a verb ("which sort of helped", "that kind of worked, but").
const SOFTENED_VERBS = new Set(['helps', 'works', 'makes', 'made', 'did', 'went', 'got', 'paid', 'fit', 'fits']);
const OBJECT_WORDS = new Set(['us', 'me', 'it', 'them', 'him', 'her', 'the', 'a', 'an', 'to', 'with', 'out', 'up', 'off', 'but', 'and', 'in', 'on', 'sense']);
function softensVerb({ before, after }: Around): boolean {
  const b = last(before);
  if (b !== 'which' && b !== 'that') return false;
  const verb = after[0] ?? '';
  if (!(SOFTENED_VERBS.has(verb) || (verb.length > 4 && verb.endsWith('ed')))) return false;
  const then = after[1];
  return then === undefined || CLAUSE_END.has(then) || OBJECT_WORDS.has(then);
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

/**
 * "I'm not 100% sure, looking back" doubts one's own call; "not entirely sure how Flink
 * checkpoints, so I would measure it" names a gap precisely.
 */
export const notSureIsHedge = (a: Around): boolean => /but$/i.test(a.phrase) || !NAMED_GAP.has(a.after[0] ?? '');

/** "if I remember the incident", "if I recall how it shards": the verb with an object, not a hedge. */
export const rememberIsHedge = (a: Around): boolean => a.after[0] !== 'the' && a.after[0] !== 'that' && a.after[0] !== 'how';

/** "I believe in testing early" is a conviction, not a guess. */
export const believeIsHedge = (a: Around): boolean => beliefIsHedge(a) && a.after[0] !== 'in';

/** "how I guess", "what do I suppose": a way of thinking asked about or described. */
export const notAsked = (a: Around): boolean => !THINK_ASKED.has(last(a.before) ?? '');

/** "I'd say to the PM ..." reports speech; "what I'd say is" introduces it. */
export const sayIsHedge = (a: Around): boolean => a.after[0] !== 'to' && !THINK_ASKED.has(last(a.before) ?? '');

/** "I hope to lead a team" is an aim; "I hope that makes sense" asks for reassurance. */
export const hopeIsHedge = (a: Around): boolean => a.after[0] !== 'to' && a.after[0] !== 'for' && !THINK_ASKED.has(last(a.before) ?? '');

/** "the kind of problems" is the noun. */
export const kindOfIsHedge = (a: Around): boolean => !NOUN_BEFORE_KIND.has(last(a.before) ?? '') || softensVerb(a);

/** "a kind of regularisation" names a type; "a sort of relevance matrix" is how people hedge. */
export const sortOfIsHedge = (a: Around): boolean =>
  !NOUN_BEFORE_KIND.has(last(a.before) ?? '') || last(a.before) === 'a' || last(a.before) === 'an' || softensVerb(a);

/** "some experience" is a plain amount; "some experience using Spark", "some exposure to it" are a vague level of skill. */
export const familiarityIsHedge = (a: Around): boolean => !a.phrase.endsWith('experience') || a.after[0] === 'using';

/** "a maybe", "the big maybe": the noun. */
export const maybeIsHedge = (a: Around): boolean => !['a', 'the', 'big'].includes(last(a.before) ?? '');

/** "set a bit to 1" is a binary digit unless "to"/"in" follows "a little bit"; "a little bit more detail" is an amount. */
export const littleBitIsHedge = (a: Around): boolean => (!isBinaryDigit(a) || a.after[0] === 'to' || a.after[0] === 'in') && !bitMeasures(a);

/**
 * "a little over two years", "a little while" measure time or amount; "a little Spark" hedges a skill,
 * and so does "I've used Docker a little," closing the clause of a skill verb.
 */
export const littleIsHedge = (a: Around): boolean =>
  ((/^[\p{L}]/u.test(a.after[0] ?? '') && !LITTLE_MEASURE.has(a.after[0]!)) || closesSkillClause(a)) && !tradesAmount(a.before);

/** "a bit flip" is a binary digit; "a bit more context" is an amount of story. */
export const bitIsHedge = (a: Around): boolean => !isBinaryDigit(a) && !bitMeasures(a);
