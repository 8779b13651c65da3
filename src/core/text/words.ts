/** A spoken word: letters or digits, with inner apostrophes, hyphens, dots or commas ("don't", "4.5", "1,200"). */
export const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Code units of the letter or digit at `i` (2 for one outside the BMP), 0 when there is none. */
function wordUnits(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c !== c) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(text[i]!) ? 1 : 0;
}

// How far apart the word marks of `countWordsOf` are, in words.
const MARK_EVERY = 64;

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 45;
}

/**
 * Where word number `n` (1-based) of `text` starts and ends, as WORD finds them; or the count
 * of words when there are fewer. Read by character codes: the regex with Unicode classes
 * costs about as much again on every answer, and a long answer is scanned twice (count, then
 * where the time budget runs out).
 */
function scanWords(text: string, n: number, from = 0, counted = 0, marks?: number[]): { count: number; start: number; end: number } {
  let count = counted;
  let i = from;
  const len = text.length;
  while (i < len) {
    let u = wordUnits(text, i);
    if (u === 0) {
      i++;
      continue;
    }
    const start = i;
    if (marks && count % MARK_EVERY === 0) marks.push(start);
    for (;;) {
      i += u;
      while ((u = wordUnits(text, i)) > 0) i += u;
      if (i + 1 < len && isJoiner(text.charCodeAt(i)) && (u = wordUnits(text, i + 1)) > 0) {
        i += 1;
        continue;
      }
      break;
    }
    if (++count === n) return { count, start, end: i };
  }
  return { count, start: -1, end: -1 };
}

export function countWords(text: string): number {
  return scanWords(text, 0).count;
}

/** Start and end of word number `n` (1-based), or undefined when the text has fewer words. */
export function nthWord(text: string, n: number): { start: number; end: number } | undefined {
  if (n < 1) return undefined;
  const w = scanWords(text, n);
  return w.start < 0 ? undefined : { start: w.start, end: w.end };
}

// Where every 64th word of an answer's prose starts, kept from the count that built the answer:
// a search for word n resumes at the mark before it instead of reading the prose again from the
// start (a long answer's time budget runs out near its end). The scan is the same from any word
// start on, so the result is too.
const wordMarks = new WeakMap<object, { prose: string; marks: number[] }>();

/** The words of `prose`, counted once for `owner` (an answer): `nthWordOf` then resumes from marks. */
export function countWordsOf(owner: object, prose: string): number {
  const marks: number[] = [];
  const { count } = scanWords(prose, 0, 0, 0, marks);
  wordMarks.set(owner, { prose, marks });
  return count;
}

/** `nthWord(prose, n)`, from the marks `countWordsOf` kept for `owner` when it counted this prose. */
export function nthWordOf(owner: object, prose: string, n: number): { start: number; end: number } | undefined {
  const known = wordMarks.get(owner);
  if (n < 1 || !known || known.prose !== prose) return nthWord(prose, n);
  const k = Math.min(Math.floor((n - 1) / MARK_EVERY), known.marks.length - 1);
  const w = k < 0 ? scanWords(prose, n) : scanWords(prose, n, known.marks[k], k * MARK_EVERY);
  return w.start < 0 ? undefined : { start: w.start, end: w.end };
}

/** Seconds to say `words` words at `wpm` words a minute. */
export function speakingSeconds(words: number, wpm: number): number {
  return Math.round((words / wpm) * 60);
}
