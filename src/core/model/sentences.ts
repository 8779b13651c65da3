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
  const breakSet = new Set(breaks);
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(prose[s]!)) s++;
    while (e > s && /\s/.test(prose[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(prose.slice(s, e))) {
      out.push({ start: s, end: e, text: prose.slice(s, e), sectionKinds: kindsAt(sections, s) });
    }
  };
  for (const p of paragraphs) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      if (breakSet.has(i) && i > start) {
        push(start, i);
        start = i;
      }
      if (isBoundary(prose, i)) {
        let j = i + 1;
        while (j < p.end && /["'”’)\]]/.test(prose[j]!)) j++;
        push(start, j);
        start = j;
      }
    }
    push(start, p.end);
  }
  return out;
}
