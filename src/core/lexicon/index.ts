/**
 * The vocabulary the engine reads, as data: verbs of work, decision, outcome and state;
 * nouns of measures, counts and named things; stock phrases; placeholders; hedges and red
 * flags. Rules, the claim model and the scorer build their patterns from these lists
 * instead of keeping copies.
 */
export * from './verbs.js';
export * from './nouns.js';
export * from './placeholders.js';
export * from './hedges.js';
export * from './redFlags.js';
export * from './connectives.js';
export { WORD_START, alternation, byFirstLetter, escapeWord, oneOf, wordsPattern } from './build.js';
