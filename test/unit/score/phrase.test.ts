import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPhrase } from '../../../src/core/index.js';

/*
 * findPhrase looks for a phrase only where a word of the text starts as the phrase does,
 * and keeps the matching form of each phrase between calls. Whatever the text and the
 * phrase, it must find exactly what a plain scan of every position finds.
 */

const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);

/** The matching form, one character at a time: lower case, runs of spaces and hyphens as one space, one apostrophe. */
function plainNormalize(source: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let inGap = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (/[\s\-‐–]/.test(ch)) {
      if (!inGap) {
        text += ' ';
        offsets.push(i);
      }
      inGap = true;
      continue;
    }
    inGap = false;
    const lower = ch === '’' || ch === '‘' ? "'" : ch.toLowerCase();
    text += lower.length === 1 ? lower : ch;
    offsets.push(i);
  }
  return { text, offsets };
}

/** Every position of the normalised text tried in turn, with the same rules for word edges, stems and plurals. */
function plainFind(source: string, phrase: string): { start: number; end: number }[] {
  const { text: t, offsets } = plainNormalize(source);
  let p = phrase.trim();
  const stem = p.endsWith('*');
  if (stem) p = p.slice(0, -1).trimEnd();
  const needle = plainNormalize(p).text.trim();
  if (needle === '') return [];
  const endsWord = isWord(needle[needle.length - 1]);
  const pluralEnd = endsWord && /[\p{L}]{3}$/u.test(needle);
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + needle.length <= t.length; i++) {
    if (!t.startsWith(needle, i)) continue;
    if (isWord(needle[0]) && isWord(t[i - 1])) continue;
    let end = i + needle.length;
    if (stem) while (isWord(t[end])) end++;
    else if (endsWord && isWord(t[end])) {
      const plural = pluralEnd ? (t[end] === 's' ? end + 1 : t.startsWith('es', end) ? end + 2 : -1) : -1;
      if (plural < 0 || isWord(t[plural])) continue;
      end = plural;
    }
    out.push({ start: offsets[i]!, end: offsets[end - 1]! + 1 });
  }
  return out;
}

// Pieces that meet at word edges in every way: case, hyphens, apostrophes, plurals, letters outside ASCII, digits, marks.
const PIECES = [
  'model',
  'Models',
  'I',
  'i',
  'it',
  'its',
  'is',
  'a',
  'A/B',
  'trade',
  'off',
  'bias',
  'biases',
  'don',
  't',
  '’',
  "'",
  'Öl',
  'öl',
  'σ',
  'Σ',
  'İ',
  '3',
  '42',
  'x',
  '(',
  ')',
  '.',
];
const GAPS = [' ', '  ', '-', ' - ', '‐', '–', '\n', '\t', '', '\u00a0'];

const text = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GAPS)), { maxLength: 30 }).map((xs) => xs.map(([p, g]) => p + g).join(''));
const phrase = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '-', '', ' - ')), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([xs, stem]) => `${xs.map(([p, g]) => p + g).join('')}${stem ? '*' : ''}`);

describe('rubric phrases in a text', () => {
  it('are found where a plain scan of every position finds them', () => {
    fc.assert(
      fc.property(text, phrase, (t, p) => {
        expect(findPhrase(t, p)).toEqual(plainFind(t, p));
      }),
      { numRuns: 2000 },
    );
  });

  it('are looked for again in a changed text, not served from the last one', () => {
    expect(findPhrase('We shipped the model.', 'model')).toEqual([{ start: 15, end: 20 }]);
    expect(findPhrase('We shipped two models.', 'model')).toEqual([{ start: 15, end: 21 }]);
    expect(findPhrase('We shipped nothing.', 'model')).toEqual([]);
  });
});
