/**
 * Guards of the softeners that are also nouns: "kind of" and "sort of" ("the kind of
 * problems"), "maybe" ("a big maybe") and "some experience" (a plain amount).
 */
import { LISTENER_SUBJECTS, MODALS } from '../../../lexicon/index.js';
import { CLAUSE_END, last, type Around } from './around.js';

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
/** "the kind of problems" is the noun. */
export const kindOfIsHedge = (a: Around): boolean => !NOUN_BEFORE_KIND.has(last(a.before) ?? '') || softensVerb(a);

/** "a kind of regularisation" names a type; "a sort of relevance matrix" is how people hedge. */
export const sortOfIsHedge = (a: Around): boolean =>
  !NOUN_BEFORE_KIND.has(last(a.before) ?? '') || last(a.before) === 'a' || last(a.before) === 'an' || softensVerb(a);

/** "some experience" is a plain amount; "some experience using Spark", "some exposure to it" are a vague level of skill. */
export const familiarityIsHedge = (a: Around): boolean => !a.phrase.endsWith('experience') || a.after[0] === 'using';

const MODAL = new Set(MODALS);
const LISTENER = new Set(LISTENER_SUBJECTS);
/** "As you'll probably have seen", "you will probably ask": a guess about the listener, not one's own claim. */
export const likelihoodIsHedge = (a: Around): boolean =>
  !LISTENER.has(last(a.before) ?? '') && !(MODAL.has(last(a.before) ?? '') && LISTENER.has(a.before[a.before.length - 2] ?? ''));

/** "a maybe", "the big maybe": the noun. */
export const maybeIsHedge = (a: Around): boolean => !['a', 'the', 'big'].includes(last(a.before) ?? '') && likelihoodIsHedge(a);

/** "potentially saving $100K" leaves the saving in doubt; "could potentially save" says it once, with the modal. */
export const potentiallyIsHedge = (a: Around): boolean => !MODAL.has(last(a.before) ?? '') && likelihoodIsHedge(a);
