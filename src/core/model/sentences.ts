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

function isBoundary(prose: string, i: number): boolean {
  const ch = prose[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let j = i + 1;
  while (j < prose.length && /["'”’)\]]/.test(prose[j]!)) j++;
  if (j < prose.length && !/\s/.test(prose[j]!)) return false;
  if (ch === '.') {
    let k = i;
    while (k > 0 && /[A-Za-z.]/.test(prose[k - 1]!)) k--;
    if (ABBREVIATIONS.has(prose.slice(k, i).toLowerCase())) return false;
  }
  return true;
}

/**
 * Sentences of the candidate's prose, paragraph by paragraph. A section label inside a
 * paragraph ("S - ... T - ...") also ends a sentence.
 */
export function splitSentences(prose: string, paragraphs: OffsetRange[], breaks: number[], sections: Section[]): Sentence[] {
  const out: Sentence[] = [];
  const sortedBreaks = [...breaks].sort((a, b) => a - b);
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(prose[s]!)) s++;
    while (e > s && /\s/.test(prose[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(prose.slice(s, e))) {
      out.push({ start: s, end: e, text: prose.slice(s, e), sectionKinds: kindsAt(sections, s) });
    }
  };
  // Only label breaks and sentence punctuation can end a sentence: jump between them
  // instead of testing every character (a story bank has millions).
  const PUNCT = /[.!?]/g;
  let b = 0;
  for (const p of paragraphs) {
    let start = p.start;
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
        while (j < p.end && /["'”’)\]]/.test(prose[j]!)) j++;
        push(start, j);
        start = j;
      }
      punct = PUNCT.exec(prose);
    }
    push(start, p.end);
  }
  return out;
}
