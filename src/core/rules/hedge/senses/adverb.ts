/**
 * Guards of the adverbs with a literal sense: "just" as "recently" or "only" ("I just
 * joined", "just two weeks") and "fairly" as "with fairness" ("treated fairly").
 */
import { last, type Around } from './around.js';

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
// "I just followed a tutorial" is red-flag's finding (it says more); "I just copied most of it
// from the library docs" is a hedge like any other.
const COPYING = '(?:followed|follow|following|copied|replicated|reproduced|cloned)';
const TUTORIAL = String.raw`(?:[\w-]+ )?(?:tutorials?|blog|youtube|course|video|notebook)\b`;
const TUTORIAL_STEP = new RegExp(`^${COPYING} (?:a|an|the|some|this|that|one) ${TUTORIAL}`);

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
