import type { Finding, Fix, Rule, Sentence, Suggestion } from '../types.js';
import { EXTENT_AMOUNTS, EXTENT_NOUNS, FAMILIARITY_NOUNS, LIKELIHOOD_ADVERBS, NOT_SURE_DEGREES, oneOf, PRETTY_WORDS, SPOKEN_SOFTENERS } from '../lexicon/index.js';
import { dropPhraseFix } from './util/edits.js';
import { normalizePhrase, sentenceAt, tokensAfter, tokensBefore } from './util/context.js';
import { findPhrases, isCustom, PhraseMatcher, type CustomPhrase, type PhraseEntry, type PhraseMatch } from './util/phraseMatcher.js';

export interface HedgeOptions {
  /** More phrases to flag, as literal text (never patterns). */
  extraPhrases: string[];
  /** Built-in phrases to leave alone ("just", "pretty good", "I think"). */
  allowPhrases: string[];
}

type Kind = 'belief' | 'doubt' | 'degree' | 'likelihood' | 'minimizer' | 'familiarity' | 'filler';

/** What the guards of a phrase see: the words around it and the phrase as written. */
interface Around {
  before: string[];
  after: string[];
  phrase: string;
  /** The prose from the end of the phrase to the end of its sentence (read only by the fixes). */
  readonly rest: string;
}

/** The guards' view, with the sentence the phrase stands in (read by the finding, not the guards). */
interface Seen extends Around {
  sentence: Sentence | undefined;
}

interface HedgeEntry extends PhraseEntry<Around> {
  /** The phrase as people name it; `allowPhrases` and the docs use this form. */
  key: string;
  kind: Kind;
  /** True when dropping the phrase keeps both the grammar and the claim (a safe "fix all"). */
  safeDrop?: (a: Around) => boolean;
  /** The part to drop in an optional "remove" suggestion, when dropping is grammatical but changes the claim. */
  suggestDrop?: (a: Around) => { chars: number } | undefined;
}

const last = (a: string[]): string | undefined => a[a.length - 1];

// Words after which "kind of"/"sort of" is the noun ("the kind of problems", "what sort of model").
const NOUN_BEFORE_KIND = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'what', 'which', 'whatever', 'any', 'some', 'every', 'each',
  'no', 'one', 'all', 'same', 'other', 'another', 'different', 'right', 'wrong', 'my', 'our', 'your', 'their', 'his',
  'her', 'its', 'certain', 'particular', 'similar', 'new', 'specific', 'first', 'second', 'last', 'next', 'best',
  'worst', 'only', 'main', 'common', 'usual', 'exact', 'typical', 'favourite', 'favorite', 'special', 'general',
  'rare', 'whole', 'two', 'three', 'many', 'several', 'various', 'either', 'neither', 'simplest', 'easiest', 'hardest',
]);

// "I think about edge cases", "I think of attention as a lookup": the verb with an object, not a hedge.
const THINK_OBJECT = new Set([
  'about', 'of', 'through', 'like', 'carefully', 'hard', 'deeply', 'differently', 'aloud', 'critically', 'clearly',
  'twice', 'back', 'ahead', 'big', 'long', 'outside', 'along', 'out', 'harder', 'systematically', 'visually',
  'strategically', 'probabilistically', 'holistically', 'upfront', 'constantly', 'often',
]);
// Before "I think": "how I think", "what do I think" ask or describe a way of thinking.
const THINK_ASKED = new Set(['how', 'what', 'why', 'way', 'do', 'did', 'does', 'should', 'would', 'can', 'could', 'whatever']);

function beliefIsHedge({ before, after }: Around): boolean {
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

const FIRST_PERSON = new Set(["i", "i've", "i'd", "i'm", "i'll", 'we', "we've", "we'd", "we're", "we'll", 'my', 'our']);

/** "I think (that) I've deployed it": the candidate vouches for their own work, so the opener can go. */
const NUMBER = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|third|quarter|dozen)\b/i;

function beliefSafeDrop({ before, after, phrase, rest }: Around): boolean {
  // "I'd guess we served five clients" is an estimate: dropping the opener would turn it into a claim.
  if (/(?:'d|’d|would)\s/i.test(phrase) || NUMBER.test(rest)) return false;
  const opensClause = before.length === 0 || ['.', '!', '?', ':', ';', ',', 'and', 'but', 'so', '(', '-', '—', '–', '*', '>'].includes(last(before)!);
  if (!opensClause) return false;
  const subject = after[0] === 'that' ? after[1] : after[0];
  return subject !== undefined && FIRST_PERSON.has(subject);
}

// "just" says "recently" after these, or a precise "only" before a number: not a hedge.
const JUST_TIME_OR_FACT = new Set([
  'joined', 'started', 'moved', 'arrived', 'got', 'finished', 'came', 'returned', 'transferred', 'switched',
  'begun', 'been', 'launched', 'released', 'hit', 'reached', 'heard', 'received', 'graduated', 'completed',
  'relocated', 'now', 'before', 'after', 'as', 'like', 'in', 'then', 'when', 'once', 'about', 'under', 'over',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'an', 'the',
  "didn't", "don't", "couldn't", "can't", "wasn't", "won't", 'had', 'happened',
]);
const QUANTITY = /^(?:\d|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$|twenty$|a$|few$|couple$|handful$|under$|over$)/;
// Nouns for the self a candidate shrinks: "I was just a junior", "my part was just the dashboards".
const SELF_NOUN = new Set(['role', 'part', 'job', 'contribution', 'work', 'task', 'piece']);

// Words that turn "not entirely sure" into a named gap: "not entirely sure how it shards".
const NAMED_GAP = new Set(['how', 'what', 'whether', 'if', 'why', 'which', 'where', 'when', 'who', 'about', 'of', 'that']);

// "I just followed a tutorial" is red-flag's finding (it says more); "I just copied most of it
// from the library docs" is a hedge like any other.
const TUTORIAL_STEP = /^(?:followed|follow|following|copied|replicated|reproduced|cloned) (?:a|an|the|some|this|that|one) (?:[\w-]+ )?(?:tutorials?|blog|youtube|course|video|notebook)\b/;

function justIsHedge({ before, after }: Around): boolean {
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

const justSafeDrop = (a: Around): boolean => justIsHedge(a);

// What follows a "fairly" of fairness: a preposition, or the start of the next clause.
const AFTER_FAIR = new Set([
  'across', 'among', 'amongst', 'between', 'to', 'and', 'or', 'with', 'by', 'in', 'for', 'regardless', 'under', 'without', 'from', 'on', 'at',
  'when', 'while', 'whenever', 'if', 'as', 'so', 'because', 'since', 'after', 'before', 'once', 'until', 'whether', 'though', 'although', 'unless', 'where', 'which', 'who', 'but', 'yet', 'then',
]);
// Verbs a fairness "fairly" follows ("treated fairly"); "handled fairly well" is still degree.
const FAIR_VERBS = new Set(['treat', 'treated', 'treats', 'treating', 'split', 'splits', 'shared', 'share', 'scored', 'score', 'judged', 'judge', 'allocated', 'allocate', 'distributed', 'divided', 'paid', 'weighted', 'ranked', 'rewarded', 'priced', 'represented', 'assessed', 'evaluated', 'reviewed', 'compensated', 'credited']);
const DEGREE_AFTER_VERB = new Set(['well', 'quickly', 'easily', 'smoothly', 'fast', 'often', 'early', 'late', 'closely', 'consistently', 'accurately', 'high', 'low']);

function fairlyIsDegree({ before, after }: Around): boolean {
  const n = after[0];
  if (n === undefined || !/^[\p{L}]/u.test(n) || AFTER_FAIR.has(n)) return false;
  return !FAIR_VERBS.has(last(before) ?? '') || DEGREE_AFTER_VERB.has(n);
}


// "a bit" as a binary digit: "a bit flip", "set a bit per feature".
const BIT_NOUNS = new Set(['flip', 'flips', 'flipped', 'mask', 'masks', 'vector', 'vectors', 'field', 'fields', 'set', 'array', 'arrays', 'map', 'maps', 'string', 'strings', 'rate', 'per', 'width', 'depth', 'shift', 'shifts', 'pattern', 'patterns', 'level', 'position', 'positions', 'is', 'that', 'which', 'each']);
// "set a bit in the mask", "uses a bit for each feature" are binary digits; "used Airflow a bit in a course" hedges.
const BIT_PREPOSITIONS = new Set(['to', 'in', 'for']);
const BIT_VERBS = new Set(['set', 'sets', 'setting', 'flip', 'flips', 'flipped', 'flipping', 'clear', 'clears', 'cleared', 'toggle', 'toggles', 'toggled', 'store', 'stores', 'stored', 'reserve', 'reserves', 'reserved', 'allocate', 'allocates', 'allocated', 'add', 'adds', 'added', 'use', 'uses', 'used', 'using', 'with', 'one', 'single', 'extra']);
function isBinaryDigit(a: Around): boolean {
  const next = a.after[0] ?? '';
  if (BIT_NOUNS.has(next)) return true;
  return BIT_PREPOSITIONS.has(next) && BIT_VERBS.has(last(a.before) ?? '');
}

// Verbs of knowing or having used something: "I've used Docker a little", "I know SQL a bit".
const SKILL_VERBS = new Set(['used', 'use', 'know', 'knew', 'tried', 'played', 'dabbled', 'touched', 'worked', 'done', 'seen', 'learned', 'learnt', 'studied', 'explored', 'experimented', 'coded', 'programmed', 'practised', 'practiced']);
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
const TRADE_VERBS = new Set(['trade', 'trades', 'traded', 'trading', 'accept', 'accepts', 'accepted', 'sacrifice', 'sacrifices', 'sacrificed', 'exchange', 'exchanges', 'give', 'gives', 'gave', 'lose', 'loses', 'lost', 'cost', 'costs']);

// "trades a little bias", "giving up a little AUC": an amount given away, not a hedge.
function tradesAmount(before: string[]): boolean {
  const p1 = last(before) ?? '';
  return TRADE_VERBS.has(p1) || (p1 === 'up' && ['give', 'gives', 'gave', 'given', 'giving'].includes(before[before.length - 2] ?? ''));
}

const LITTLE_MEASURE = new Set(['over', 'under', 'more', 'less', 'fewer', 'while', 'later', 'earlier', 'before', 'after', 'longer', 'shorter', 'faster', 'slower', 'higher', 'lower', 'bigger', 'smaller', 'above', 'below', 'ahead', 'behind', 'way', 'time', 'bit']);

// "a bit more context", "a bit of background", "a bit later": an amount of story or time, not a softened claim.
const BIT_AMOUNT = new Set(['more', 'less', 'later', 'earlier', 'longer', 'further', 'deeper', 'over', 'under', 'above', 'below']);
const BIT_OF_STORY = new Set(['context', 'background', 'history', 'detail', 'details', 'time', 'colour', 'color', 'backstory']);
function bitMeasures({ after }: Around): boolean {
  const n = after[0] ?? '';
  if (BIT_AMOUNT.has(n)) return !['rusty', 'slow', 'weak', 'shaky', 'unsure', 'uncertain', 'familiar', 'comfortable'].includes(after[1] ?? '');
  return n === 'of' && (BIT_OF_STORY.has(after[1] ?? '') || BIT_OF_STORY.has(after[2] ?? ''));
}

function dropWord(chars: number): (a: Around) => { chars: number } {
  return () => ({ chars });
}

function degreeDrop({ after }: Around): { chars: number } | undefined {
  // "a bit of experience" has no grammatical shorter form.
  return after[0] === 'of' ? undefined : { chars: -1 };
}

const ENTRIES: HedgeEntry[] = [
  {
    key: "I'm not sure but",
    pattern: `(?:I'm |I am )?not (?:${oneOf(NOT_SURE_DEGREES)} sure(?:,? but)?|sure,? but)`,
    kind: 'doubt',
    // "I'm not 100% sure, looking back" doubts one's own call; "not entirely sure how Flink
    // checkpoints, so I would measure it" names a gap precisely.
    guard: (a) => /but$/i.test(a.phrase) || !NAMED_GAP.has(a.after[0] ?? ''),
  },
  { key: "I'm not an expert but", pattern: "(?:I'm|I am) (?:not an|no|not really an) expert(?: (?:on|in) (?:this|that|it))?,? but", kind: 'doubt' },
  { key: 'if I remember correctly', pattern: 'if (?:I (?:remember|recall)(?: correctly| right)?|memory serves(?: me)?)', kind: 'doubt', guard: (a) => a.after[0] !== 'the' && a.after[0] !== 'that' && a.after[0] !== 'how' },
  { key: 'I think', pattern: "I(?:'d| would)? think(?: so(?=\\s*[.,;:!?)]|$))?", kind: 'belief', guard: beliefIsHedge, safeDrop: beliefSafeDrop },
  { key: 'I believe', pattern: "I believe(?: so(?=\\s*[.,;:!?)]|$))?", kind: 'belief', guard: (a) => beliefIsHedge(a) && a.after[0] !== 'in', safeDrop: beliefSafeDrop },
  { key: 'I guess', pattern: "I(?:'d| would)? guess", kind: 'belief', guard: (a) => !THINK_ASKED.has(last(a.before) ?? ''), safeDrop: beliefSafeDrop },
  { key: 'I suppose', pattern: 'I suppose', kind: 'belief', guard: (a) => !THINK_ASKED.has(last(a.before) ?? ''), safeDrop: beliefSafeDrop },
  {
    key: "I'd say",
    pattern: "I(?:'d| would) say",
    kind: 'belief',
    // "I'd say to the PM ..." reports speech; "what I'd say is" introduces it.
    guard: (a) => a.after[0] !== 'to' && !THINK_ASKED.has(last(a.before) ?? ''),
  },
  { key: "I'd like to think", pattern: "I(?:'d| would) like to think", kind: 'belief' },
  {
    key: 'I hope',
    pattern: 'I hope',
    kind: 'likelihood',
    // "I hope to lead a team" is an aim; "I hope that makes sense" asks for reassurance.
    guard: (a) => a.after[0] !== 'to' && a.after[0] !== 'for' && !THINK_ASKED.has(last(a.before) ?? ''),
  },
  { key: 'if that makes sense', pattern: 'if (?:that|this|it) makes sense', kind: 'doubt' },
  { key: 'I feel like', pattern: 'I feel (?:like|that)', kind: 'belief', safeDrop: beliefSafeDrop },
  {
    key: 'kind of',
    pattern: 'kind of',
    kind: 'degree',
    guard: (a) => !NOUN_BEFORE_KIND.has(last(a.before) ?? '') || softensVerb(a),
    suggestDrop: dropWord(-1),
  },
  {
    key: 'sort of',
    pattern: 'sort of',
    kind: 'degree',
    // "a kind of regularisation" names a type; "a sort of relevance matrix" is how people hedge.
    guard: (a) => !NOUN_BEFORE_KIND.has(last(a.before) ?? '') || last(a.before) === 'a' || last(a.before) === 'an' || softensVerb(a),
    suggestDrop: dropWord(-1),
  },
  ...SPOKEN_SOFTENERS.map((w): HedgeEntry => ({ key: w, pattern: w, kind: 'degree', suggestDrop: dropWord(-1) })),
  {
    key: 'pretty',
    pattern: `pretty (?:${PRETTY_WORDS.map((w) => w.replace(/ /g, ' ')).sort((x, y) => y.length - x.length).join('|')})`,
    kind: 'degree',
    suggestDrop: dropWord('pretty'.length),
  },
  { key: 'some familiarity with', pattern: `some ${oneOf(FAMILIARITY_NOUNS)}(?: (?:with|in|to))?`, kind: 'familiarity', guard: (a) => !a.phrase.endsWith('experience') || a.after[0] === 'using' },
  { key: 'basically', pattern: 'basically', kind: 'filler', safeDrop: () => true },
  // "a maybe", "the big maybe": the noun.
  ...LIKELIHOOD_ADVERBS.map((w): HedgeEntry => (w === 'maybe' ? { key: w, pattern: w, kind: 'likelihood', guard: (a) => !['a', 'the', 'big'].includes(last(a.before) ?? '') } : { key: w, pattern: w, kind: 'likelihood' })),
  { key: 'just', pattern: 'just', kind: 'minimizer', guard: justIsHedge, safeDrop: justSafeDrop },
  { key: 'a little bit', pattern: 'a little bit', kind: 'degree', guard: (a) => (!isBinaryDigit(a) || a.after[0] === 'to' || a.after[0] === 'in') && !bitMeasures(a), suggestDrop: degreeDrop },
  {
    key: 'a little',
    pattern: 'a little',
    kind: 'degree',
    // "a little over two years", "a little while" measure time or amount; "a little Spark" hedges a skill,
    // and so does "I've used Docker a little," closing the clause of a skill verb.
    guard: (a) => ((/^[\p{L}]/u.test(a.after[0] ?? '') && !LITTLE_MEASURE.has(a.after[0]!)) || closesSkillClause(a)) && !tradesAmount(a.before),
    suggestDrop: degreeDrop,
  },
  { key: 'a bit', pattern: 'a bit', kind: 'degree', guard: (a) => !isBinaryDigit(a) && !bitMeasures(a), suggestDrop: degreeDrop },
  { key: 'somewhat', pattern: 'somewhat', kind: 'degree', suggestDrop: dropWord(-1) },
  {
    key: 'fairly',
    pattern: 'fairly',
    kind: 'degree',
    // "scored fairly across groups", "treat every region fairly.", "treated fairly when": fairness, not degree.
    guard: fairlyIsDegree,
    suggestDrop: dropWord(-1),
  },
  { key: 'more or less', pattern: 'more or less', kind: 'degree', suggestDrop: dropWord(-1) },
  { key: 'to some extent', pattern: `to ${oneOf(EXTENT_AMOUNTS)} ${oneOf(EXTENT_NOUNS)}`, kind: 'degree', suggestDrop: dropWord(-1) },
];

const MAX_PHRASE = 60;
const MAX_EXTRA = 200;
const matcher = new PhraseMatcher(ENTRIES, { maxLength: MAX_PHRASE, maxExtra: MAX_EXTRA });

/**
 * The end of a stutter ("I think I think we", "I just just built"): the repeats go with the
 * first, or fix-all would leave the second one behind, fixable again.
 */
function stutterEnd(text: string, phrase: string, end: number): number {
  const lower = phrase.toLowerCase();
  let e = end;
  for (;;) {
    let i = e;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === ',')) i++;
    const after = text.charCodeAt(i + lower.length);
    if (text.slice(i, i + lower.length).toLowerCase() !== lower || /[\p{L}\p{N}'’-]/u.test(String.fromCharCode(after || 32))) return e;
    e = i + lower.length;
  }
}

const LIMIT_TEMPLATE = " I haven't <done X at this scale>; what I have done is <Y, with a number>.";

function limitationSuggestion(sentence: Sentence | undefined, fallback: number): Suggestion {
  const at = sentence ? sentence.end : fallback;
  return {
    title: 'Add a precise limitation: "I haven\'t … ; what I have done is …"',
    fix: { range: { start: at, end: at }, text: LIMIT_TEMPLATE },
  };
}

export const hedge: Rule<HedgeOptions> = {
  meta: {
    id: 'hedge',
    description: 'Weak qualifiers ("I think", "pretty familiar", "kind of", "just", "maybe") that make the candidate sound unsure of their own work.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extraPhrases: {
          type: 'array',
          description: 'More hedges to flag, as literal text (matched as whole words, any case).',
          maxItems: MAX_EXTRA,
          items: { type: 'string', minLength: 1, maxLength: MAX_PHRASE },
        },
        allowPhrases: {
          type: 'array',
          description: 'Built-in hedges to leave alone, as listed in docs/rules/hedge.md ("just", "I think", "pretty good").',
          maxItems: MAX_EXTRA,
          items: { type: 'string', minLength: 1, maxLength: MAX_PHRASE },
        },
      },
    },
    defaultOptions: { extraPhrases: [], allowPhrases: [] },
    messages: {
      belief: '"{phrase}" makes the claim sound like a guess. If you know it, state it ("I deployed it"); if you don\'t, say exactly what you haven\'t verified.',
      doubt: '"{phrase}" opens with doubt. Say what you do know as a fact, then name the gap precisely ("I haven\'t run X in production; I have run Y").',
      degree: '"{phrase}" waters the claim down. Say what you can do and where it stops ("I\'ve written Spark jobs over 2 TB; I haven\'t tuned a cluster").',
      likelihood: '"{phrase}" leaves the interviewer unsure what happened. Commit to the claim, or give the estimate and what it rests on.',
      minimizer: '"{phrase}" shrinks your own part. Say plainly what you did and let its scope speak.',
      familiarity: '"{phrase}" is a vague level of skill. Say what you built with it and at what scale, or exactly where your hands-on experience stops.',
      filler: '"{phrase}" adds nothing and signals hesitation. Give the precise statement.',
      custom: '"{phrase}" is on this workspace\'s hedge list. Replace it with a confident claim or a precise limitation.',
    },
  },
  check({ answer, text, options, report }) {
    const allowed = new Set((options.allowPhrases ?? []).map(normalizePhrase));
    const prose = answer.prose;
    const findings: Finding[] = [];
    /** Where the last safe drop began (its first phrase), so touching drops merge. */
    let chainStart = -1;
    findPhrases<HedgeEntry, Seen>(matcher.compiled(options.extraPhrases), prose, {
      ...(allowed.size > 0 ? { skip: (m: PhraseMatch<HedgeEntry | CustomPhrase>) => allowed.has(normalizePhrase(m.text)) || allowed.has(normalizePhrase(m.entry.key)) } : {}),
      context: (m) => {
        const afterAt = m.index + m.text.length;
        const sentence = sentenceAt(answer.sentences, answer.proseStart + m.index);
        return {
          before: tokensBefore(prose, m.index, 3),
          after: tokensAfter(prose, afterAt, 4),
          phrase: normalizePhrase(m.text),
          get rest() {
            return sentence ? prose.slice(afterAt, Math.max(afterAt, sentence.end - answer.proseStart)) : prose.slice(afterAt, afterAt + 200);
          },
          sentence,
        };
      },
      found: (m, around) => {
        const entry = m.entry;
        const phrase = m.text;
        const start = answer.proseStart + m.index;
        const end = start + phrase.length;
        const sentence = around ? around.sentence : sentenceAt(answer.sentences, start);
        const suggestions: Suggestion[] = [];
        let fix: Fix | undefined;
        let messageId: string;
        if (isCustom(entry) || !around) {
          messageId = 'custom';
        } else {
          messageId = entry.kind;
          // "I think that we shipped" loses its "that" with the opener.
          const thatEnd = entry.kind === 'belief' && around.after[0] === 'that' ? /^\s*that/i.exec(text.slice(end))?.[0].length ?? 0 : 0;
          if (entry.safeDrop?.(around)) {
            fix = dropPhraseFix(text, start, stutterEnd(text, phrase, end + thatEnd));
            // "Basically, I think we shipped": two drops that touch become one, so that a single
            // "fix all" pass removes both and still capitalises what follows.
            const prev = findings[findings.length - 1];
            if (prev?.fix && chainStart >= 0 && fix.range.start <= prev.fix.range.end) {
              fix = dropPhraseFix(text, chainStart, stutterEnd(text, phrase, end + thatEnd));
              for (let k = findings.length - 1; k >= 0 && findings[k]!.fix === prev.fix; k--) findings[k]!.fix = fix;
            } else chainStart = start;
          } else {
            const drop = entry.suggestDrop?.(around);
            if (drop) {
              const dropEnd = drop.chars < 0 ? end : start + drop.chars;
              suggestions.push({ title: `Remove "${text.slice(start, dropEnd)}"`, fix: dropPhraseFix(text, start, dropEnd) });
            } else if (entry.safeDrop) {
              // "I think the new model is better": only the candidate knows whether it is a fact,
              // so dropping the opener is offered, never applied by fix-all.
              const dropEnd = stutterEnd(text, phrase, end + thatEnd);
              suggestions.push({ title: `State it as a fact: remove "${text.slice(start, dropEnd).replace(/\s+/g, ' ')}"`, fix: dropPhraseFix(text, start, dropEnd) });
            }
          }
        }
        if (messageId !== 'filler') suggestions.push(limitationSuggestion(sentence, end));
        findings.push({
          messageId,
          data: { phrase: phrase.replace(/\s+/g, ' ') },
          start,
          end,
          actual: phrase,
          expected: 'a confident claim or a precise limitation',
          ...(fix ? { fix } : {}),
          ...(suggestions.length > 0 ? { suggestions } : {}),
        });
      },
    });
    for (const f of findings) report(f);
  },
};
