/**
 * The end of a stutter ("I think I think we", "I just just built"): the repeats go with the
 * first, or fix-all would leave the second one behind, fixable again.
 */
export function stutterEnd(text: string, phrase: string, end: number): number {
  const lower = phrase.toLowerCase();
  let e = end;
  for (;;) {
    let i = e;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === ',')) i++;
    const after = text.charCodeAt(i + lower.length);
    if (text.slice(i, i + lower.length).toLowerCase() !== lower || /[\p{L}\p{N}'’-]/u.test(String.fromCharCode(after || 32))) return e;
    e = i + lower.length;
  }
}
