import type { Answer, OffsetRange } from '../types.js';

// "(1) Get more data", "Fixes: 1. Regularise": a number that opens an item of a list said in
// one paragraph. "cut it to 2. Then" is a figure ending a sentence, so the number must open the
// sentence or follow a colon, a semicolon or the end of the item before it.
const INLINE_ITEM = /(?:^|[:;.)]\s+)(\(\d{1,2}\)\s*(?=\p{L})|\d{1,2}[.)](?:\s+(?=\p{Lu})|$))/gu;

/**
 * The items of the lists an answer gives: each markdown list item, and each numbered item
 * written inline ("(1) ... (2) ..."). An explanation given as a list names points without
 * joining them; the scorer reads this beside the reasons the answer gives.
 */
export function listItems(answer: Answer): OffsetRange[] {
  const out: OffsetRange[] = answer.sentences.filter((s) => s.listItem).map((s) => ({ start: s.start, end: s.end }));
  for (const s of answer.sentences) {
    if (s.listItem) continue;
    for (const m of s.text.matchAll(INLINE_ITEM)) {
      const at = s.start + m.index + m[0].length - m[1]!.length;
      out.push({ start: at, end: Math.min(s.end, at + m[1]!.length) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
