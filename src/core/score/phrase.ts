/**
 * Rubric phrases are literals from possibly untrusted files, so they are never turned into
 * regular expressions: text and phrase are both normalised (case, runs of spaces and
 * hyphens, apostrophe style) and the phrase is found with indexOf, then checked for whole
 * words. A trailing `*` lets the last word run on (a stem). Linear in the text, and no
 * pattern compilation, which matters with hundreds of phrases per answer.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const GAP = /[\s\-‐–]/;

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Text in matching form, with the original offset of each character. */
export interface NormalizedText {
  text: string;
  /** `offsets[i]` is where normalised character `i` starts in the original text. */
  offsets: number[];
  /** Original length, for the end of the last character. */
  length: number;
}

export function normalizeText(source: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  let inGap = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (GAP.test(ch)) {
      if (!inGap) {
        text += ' ';
        offsets.push(i);
      }
      inGap = true;
      continue;
    }
    inGap = false;
    const lower = ch === '’' || ch === '‘' ? "'" : ch.toLowerCase();
    // Lower-casing that changes the length (rare) would break the offset map: keep the character.
    text += lower.length === 1 ? lower : ch;
    offsets.push(i);
  }
  return { text, offsets, length: source.length };
}

function normalizePhrase(phrase: string): { needle: string; stem: boolean } {
  let p = phrase.trim();
  const stem = p.endsWith('*');
  if (stem) p = p.slice(0, -1).trimEnd();
  return { needle: normalizeText(p).text.trim(), stem };
}

/** Every whole-word occurrence of `phrase` in the normalised text, as original [start, end) offsets. */
export function findPhraseIn(norm: NormalizedText, phrase: string): { start: number; end: number }[] {
  const { needle, stem } = normalizePhrase(phrase);
  if (needle === '') return [];
  const out: { start: number; end: number }[] = [];
  const t = norm.text;
  const startsWord = isWord(needle[0]);
  const endsWord = isWord(needle[needle.length - 1]);
  // Short words are left alone: "I" must not find "is", nor "it" "its".
  const pluralEnd = endsWord && /[\p{L}]{3}$/u.test(needle);
  let from = 0;
  for (;;) {
    const i = t.indexOf(needle, from);
    if (i < 0) break;
    from = i + 1;
    if (startsWord && isWord(t[i - 1])) continue;
    let end = i + needle.length;
    if (stem) while (isWord(t[end])) end++;
    else if (endsWord && isWord(t[end])) {
      // A noun phrase also matches its plural ("model" finds "models", "trade-off" "trade-offs").
      const plural = pluralEnd ? (t[end] === 's' ? end + 1 : t.startsWith('es', end) ? end + 2 : -1) : -1;
      if (plural < 0 || isWord(t[plural])) continue;
      end = plural;
    }
    // Needles are trimmed and stems run over word characters, so the last character is never a collapsed gap.
    out.push({ start: norm.offsets[i]!, end: norm.offsets[end - 1]! + 1 });
  }
  return out;
}

/** Every whole-word occurrence of `phrase` in `text`. */
export function findPhrase(text: string, phrase: string): { start: number; end: number }[] {
  return findPhraseIn(normalizeText(text), phrase);
}
