/**
 * Turns the lexicon's word lists into regular-expression sources. Lists hold plain words;
 * a space inside an entry matches any run of spaces, and longer entries are tried first so
 * that "pushed back" wins over "pushed".
 */

export function escapeWord(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+');
}

/** A non-capturing alternation of the words, longest first. */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => w.toLowerCase()))];
  unique.sort((a, b) => b.length - a.length);
  return `(?:${unique.map(escapeWord).join('|')})`;
}

/** The words as whole words: not inside a longer word, not followed by a hyphenated part. */
export function wordsPattern(words: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${alternation(words)}(?![\\p{L}\\p{N}]|[-‐]\\p{L})`, flags);
}

/**
 * The words as a non-capturing alternation in the order given, escaped and otherwise as
 * written: for patterns that rewrite apostrophes and spaces themselves (the rules' phrase
 * tables), where the order of the words is the order the alternation tries them.
 */
export function oneOf(words: readonly string[]): string {
  return `(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`;
}
