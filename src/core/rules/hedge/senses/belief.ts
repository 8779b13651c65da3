/**
 * Guards of the verbs of thought and doubt ("I think", "I believe", "I guess", "I'd say",
 * "I hope", "if I remember", "not sure"): the hedge, or the verb with an object, a question
 * about a way of thinking, or a gap named precisely.
 */
import { last, type Around } from './around.js';

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

// Words that turn "not entirely sure" into a named gap: "not entirely sure how it shards".
const NAMED_GAP = new Set(['how', 'what', 'whether', 'if', 'why', 'which', 'where', 'when', 'who', 'about', 'of', 'that']);
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

/**
 * "I'd say to the PM ..." reports speech; "what I'd say is" and "I would say: ..." introduce
 * it, as a transcript's speaker label does.
 */
export const sayIsHedge = (a: Around): boolean => a.after[0] !== 'to' && a.after[0] !== ':' && !THINK_ASKED.has(last(a.before) ?? '');

/** "I hope to lead a team" is an aim; "I hope that makes sense" asks for reassurance. */
export const hopeIsHedge = (a: Around): boolean => a.after[0] !== 'to' && a.after[0] !== 'for' && !THINK_ASKED.has(last(a.before) ?? '');

/** "I may have seen it" doubts one's own past; "the data may have seen drift" says nothing of the speaker. */
export const mayHaveIsDoubt = (a: Around): boolean => /^i$/i.test(last(a.before) ?? '');
