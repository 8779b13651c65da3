import type { OffsetRange, Section, Sentence, SectionKind } from '../types.js';

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'etc', 'approx', 'dr', 'mr', 'mrs', 'ms', 'no', 'fig', 'cf', 'inc', 'ltd', 'jr', 'sr', 'st']);

/** Kinds of the section holding `offset`. Sections are sorted and do not overlap: binary search keeps a bank of thousands of labels linear. */
function kindsAt(sections: Section[], offset: number): SectionKind[] {
  let lo = 0;
  let hi = sections.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.range.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = sections[found];
  return s && offset < s.range.end ? s.kinds : [];
}

// Sentence ends and spaces are tested on every candidate boundary of a bank: by code, not by regex.
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
const isAsciiLetterOrDot = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
const SPACE = /\s/;
const isSpaceAt = (prose: string, i: number): boolean => {
  const c = prose.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(prose[i]!));
};
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when prose[s, e) holds a letter or digit (the first character usually is one). */
function hasWordChar(prose: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = prose.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (c > 127) return LETTER_OR_DIGIT.test(prose.slice(i, e));
  }
  return false;
}

function isBoundary(prose: string, i: number): boolean {
  const ch = prose.charCodeAt(i);
  if (ch !== 46 && ch !== 33 && ch !== 63) return false;
  let j = i + 1;
  while (j < prose.length && isCloser(prose.charCodeAt(j))) j++;
  if (j < prose.length && !isSpaceAt(prose, j)) return false;
  if (ch === 46) {
    let k = i;
    while (k > 0 && isAsciiLetterOrDot(prose.charCodeAt(k - 1))) k--;
    if (k < i && i - k <= 6 && ABBREVIATIONS.has(prose.slice(k, i).toLowerCase())) return false;
    if (isEnumerator(prose, i)) return false;
  }
  return true;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * "The steps are: 1. Package the model. 2. Host it.": the dot after a point's number opens the
 * point; it ends no sentence. A number that ends a sentence follows a word ("version 2.").
 */
function isEnumerator(prose: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && dot - k < 3 && isDigit(prose.charCodeAt(k - 1))) k--;
  if (k === dot || dot - k > 2 || (k > 0 && isDigit(prose.charCodeAt(k - 1)))) return false;
  let j = k;
  while (j > 0 && isSpaceAt(prose, j - 1)) j--;
  if (j === 0) return true;
  const c = prose.charCodeAt(j - 1);
  // After a colon, or after the sentence before it, with a space between.
  return c === 58 || ((c === 46 || c === 33 || c === 63) && j < k);
}

/**
 * Sentences of the candidate's prose, paragraph by paragraph. A section label inside a
 * paragraph ("S - ... T - ...") also ends a sentence.
 */
export function splitSentences(
  prose: string,
  paragraphs: OffsetRange[],
  breaks: number[],
  sections: Section[],
  itemParagraphs: ReadonlySet<number> = new Set(),
): Sentence[] {
  const out: Sentence[] = [];
  let itemStart = false;
  const sortedBreaks = [...breaks].sort((a, b) => a - b);
  const push = (s: number, e: number): void => {
    while (s < e && isSpaceAt(prose, s)) s++;
    while (e > s && isSpaceAt(prose, e - 1)) e--;
    if (e > s && hasWordChar(prose, s, e)) {
      out.push({ start: s, end: e, text: prose.slice(s, e), sectionKinds: kindsAt(sections, s), ...(itemStart ? { listItem: true as const } : {}) });
      itemStart = false;
    }
  };
  // Only label breaks and sentence punctuation can end a sentence: jump between them
  // instead of testing every character (a story bank has millions).
  const PUNCT = /[.!?]/g;
  let b = 0;
  for (const p of paragraphs) {
    let start = p.start;
    itemStart = itemParagraphs.has(p.start);
    while (b < sortedBreaks.length && sortedBreaks[b]! < p.start) b++;
    PUNCT.lastIndex = p.start;
    let punct = PUNCT.exec(prose);
    for (;;) {
      const nextBreak = b < sortedBreaks.length && sortedBreaks[b]! < p.end ? sortedBreaks[b]! : p.end;
      const nextPunct = punct && punct.index < p.end ? punct.index : p.end;
      if (nextBreak >= p.end && nextPunct >= p.end) break;
      // A break and a boundary at the same place: the break is taken first.
      if (nextBreak <= nextPunct) {
        b++;
        if (nextBreak > start) {
          push(start, nextBreak);
          start = nextBreak;
        }
        continue;
      }
      const i = nextPunct;
      if (isBoundary(prose, i)) {
        let j = i + 1;
        while (j < p.end && isCloser(prose.charCodeAt(j))) j++;
        push(start, j);
        start = j;
      }
      punct = PUNCT.exec(prose);
    }
    push(start, p.end);
  }
  return out;
}
