/**
 * Turns the lexicon's word lists into regular-expression sources. Lists hold plain words;
 * a space inside an entry matches any run of spaces, and longer entries are tried first so
 * that "pushed back" wins over "pushed".
 */

export function escapeWord(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+');
}

/**
 * Alternatives that open with a lower-case letter, gathered under it: "the|this|that" becomes
 * "t(?:he|his|hat)". A regex tries each alternative in turn wherever it looks; gathered, a
 * place that starts with another letter fails once per group instead of once per word (about
 * twice as fast on the long lists). Each group keeps its alternatives in their order, and two
 * groups never both match at one place, so every match, and which alternative makes it, is
 * the same as with the flat list. Each source must open with its own atom (a letter not
 * followed by a quantifier), as escaped words do.
 */
export function byFirstLetter(sources: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const order: string[] = [];
  for (const s of sources) {
    const c = s[0];
    if (c === undefined || c < 'a' || c > 'z') {
      order.push(s);
      continue;
    }
    let group = groups.get(c);
    if (!group) {
      groups.set(c, (group = []));
      order.push(c);
    }
    group.push(s.slice(1));
  }
  return `(?:${order.map((o) => (groups.has(o) ? `${o}(?:${groups.get(o)!.join('|')})` : o)).join('|')})`;
}

/**
 * `\b` where a word character must follow, for unanchored patterns. With both the `i` and
 * `u` flags V8 tests `\b` as look-arounds that keep it from skipping ahead to where the
 * pattern's first letters occur, so the scan tries every position of the text (about five
 * times slower on a clause). Before a word character, "no word character before" is the
 * same test, and `\w` takes the same case-folded meaning as in `\b`.
 */
export const WORD_START = String.raw`(?<!\w)`;

/** A non-capturing alternation of the words, longest first. */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => w.toLowerCase()))];
  unique.sort((a, b) => b.length - a.length);
  return byFirstLetter(unique.map(escapeWord));
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
