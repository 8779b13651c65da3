import type { Fix } from '../../types.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARKUP_CHAR = /[ \t>*_+\-\d.)]/;

/** True when `at` opens a sentence: start of text, after . ! ? :, or at a line, list item or quote start. */
export function opensSentence(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  if (b === 0) return true;
  const prev = text[b - 1]!;
  if (/[.!?:"“(]/.test(prev)) return true;
  // Only markup before the phrase on its line: list markers, quote markers, emphasis. The scan
  // stops at the first other character, so a long line costs nothing here.
  let i = b;
  while (i > 0 && MARKUP_CHAR.test(text[i - 1]!)) i--;
  // "**Result:** I think it went well": a bold label closes with its colon.
  if (i > 0 && i < b && /[.!?:]/.test(text[i - 1]!) && /^[*_]+\s*$/.test(text.slice(i, b))) return true;
  if (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') return false;
  if (!/^[\s>*_+-]*(?:\d+[.)]\s*)?[\s*_]*$/.test(text.slice(i, b))) return false;
  // A hard-wrapped line goes on with the sentence of the line above unless that one ended it.
  if (i === b && i > 0) {
    let p = i - 1;
    if (text[p] === '\n' && text[p - 1] === '\r') p--;
    let q = p;
    while (q > 0 && (text[q - 1] === ' ' || text[q - 1] === '\t')) q--;
    const prev = text[q - 1];
    const prevLine = text.slice(Math.max(text.lastIndexOf('\n', q - 1), text.lastIndexOf('\r', q - 1)) + 1, q);
    // A heading above ("## Situation") ends its own line.
    if (q > 0 && prev !== '\n' && prev !== '\r' && !/[.!?:"”)*_`|>#-]/.test(prev!) && !/^ {0,3}#{1,6}\s/.test(prevLine)) return false;
  }
  return true;
}

/**
 * A fix that removes the phrase at [start, end) with the comma and space that set it off,
 * and re-capitalises the next word when the phrase opened a sentence:
 * "Um, we shipped" -> "We shipped", "it was, you know, slow" -> "it was slow",
 * "I think I've deployed" -> "I've deployed".
 */
export function dropPhraseFix(text: string, start: number, end: number): Fix {
  let e = end;
  // The comma that sets the phrase off may follow a space ("I mean , we").
  let k = e;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  if (text[k] === ',') e = k;
  while (e < text.length && text[e] === ',') e++;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
  let b = start;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  const next = text[e] ?? '';
  if (b > 0 && text[b - 1] === ',') {
    return { range: { start: b - 1, end: e }, text: WORD_CHAR.test(next) ? ' ' : '' };
  }
  if (opensSentence(text, start) && /\p{Ll}/u.test(next)) {
    return { range: { start, end: e + 1 }, text: next.toUpperCase() };
  }
  return { range: { start, end: e }, text: '' };
}
