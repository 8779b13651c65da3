import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WORD, countWords, nthWord } from '../../src/core/text/words.js';

/** The words as the WORD pattern defines them: the reference the scanner must match. */
function byPattern(text: string): { start: number; end: number }[] {
  return [...text.matchAll(new RegExp(WORD.source, WORD.flags))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// Letters and digits of several scripts, astral letters and digits, emoji, lone surrogates,
// joiners and the punctuation around them.
const pieces = [
  'a',
  'Z',
  '7',
  'é',
  'ß',
  'Ж',
  '中',
  '٣',
  '𝐀',
  '𝟙',
  '😀',
  '\ud835',
  '\udc00',
  "'",
  '’',
  '.',
  ',',
  '-',
  '—',
  ' ',
  '\n',
  '_',
  '%',
  '$',
  '"',
  '(',
  'don',
  't',
  '4',
  '5',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('words', () => {
  it('counts and places words exactly as the WORD pattern reads them', () => {
    fc.assert(
      fc.property(text, fc.nat(12), (t, n) => {
        const words = byPattern(t);
        expect(countWords(t)).toBe(words.length);
        expect(nthWord(t, n)).toEqual(n >= 1 ? words[n - 1] : undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads contractions, decimals and thousands as one word each', () => {
    expect(countWords("I don't know: 4.5x faster, 1,200 users, state-of-the-art - done.")).toBe(9);
    expect(nthWord('Hello, wide world', 2)).toEqual({ start: 7, end: 11 });
    expect(nthWord('one two', 3)).toBeUndefined();
  });
});
