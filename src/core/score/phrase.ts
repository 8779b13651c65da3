/**
 * Rubric phrases are literals from possibly untrusted files, so they are never turned into
 * regular expressions: text and phrase are both normalised (case, runs of spaces and
 * hyphens, apostrophe style) and the phrase is compared where a word of the text starts
 * as it does, then checked for whole words. A trailing `*` lets the last word run on (a
 * stem). Linear in the text, and no pattern compilation, which matters with hundreds of
 * phrases per answer.
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
  offsets: ArrayLike<number>;
  /** Original length, for the end of the last character. */
  length: number;
}

/** The string of these UTF-16 code units, built in slices that stay under the engine's argument limit. */
function fromCodes(codes: Uint16Array): string {
  let out = '';
  // apply takes the typed array as it is; a spread would copy it into arguments one by one (several times slower).
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

export function normalizeText(source: string): NormalizedText {
  // The form is never longer than the source: typed arrays of that length, filled once.
  const codes = new Uint16Array(source.length);
  const offsets = new Uint32Array(source.length);
  let n = 0;
  let inGap = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    let gap: boolean;
    let lower = c;
    // Answers are mostly ASCII: there the gaps are the white space and the hyphen, and only A-Z change case.
    if (c < 128) {
      gap = c === 32 || c === 45 || (c >= 9 && c <= 13);
      if (c >= 65 && c <= 90) lower = c + 32;
    } else {
      const ch = source[i]!;
      gap = GAP.test(ch);
      const l = ch === '’' || ch === '‘' ? "'" : ch.toLowerCase();
      // Lower-casing that changes the length (rare) would break the offset map: keep the character.
      if (l.length === 1) lower = l.charCodeAt(0);
    }
    if (gap) {
      if (!inGap) {
        codes[n] = 32;
        offsets[n++] = i;
      }
      inGap = true;
      continue;
    }
    inGap = false;
    codes[n] = lower;
    offsets[n++] = i;
  }
  return { text: fromCodes(codes.subarray(0, n)), offsets: offsets.subarray(0, n), length: source.length };
}

/** A phrase in matching form, with what its ends ask of the text around a match. */
interface Needle {
  needle: string;
  stem: boolean;
  /** Where a match may start, in `wordStartsOf`: its first two characters when both are word characters; undefined when it does not start with a word. */
  startKey: number | undefined;
  endsWord: boolean;
  pluralEnd: boolean;
}

function normalizePhrase(phrase: string): Needle {
  let p = phrase.trim();
  const stem = p.endsWith('*');
  if (stem) p = p.slice(0, -1).trimEnd();
  const needle = normalizeText(p).text.trim();
  const endsWord = isWord(needle[needle.length - 1]);
  const startKey = !isWord(needle[0]) ? undefined : isWord(needle[1]) ? pairKey(needle.charCodeAt(0), needle.charCodeAt(1)) : needle.charCodeAt(0);
  // Short words are left alone: "I" must not find "is", nor "it" "its".
  return { needle, stem, startKey, endsWord, pluralEnd: endsWord && /[\p{L}]{3}$/u.test(needle) };
}

// Rubrics ask for the same few thousand phrases in every answer. The form depends on the
// phrase alone; the bound only keeps a long-running editor from growing it without end.
const needles = new Map<string, Needle>();
const MAX_NEEDLES = 20_000;

function needleOf(phrase: string): Needle {
  let n = needles.get(phrase);
  if (!n) {
    if (needles.size >= MAX_NEEDLES) needles.clear();
    n = normalizePhrase(phrase);
    needles.set(phrase, n);
  }
  return n;
}

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(String.fromCharCode(c));
}

const wordStarts = new WeakMap<NormalizedText, Map<number, number[]>>();

/** The key of a word's first two characters, apart from every one-character key (a code unit). */
function pairKey(first: number, second: number): number {
  return (first + 1) * 65536 + second;
}

/**
 * Where each word of the normalised text starts, by its first character and, for a word of
 * two characters or more, also by its first two: a phrase is looked for only where a word
 * starts as it does.
 */
function wordStartsOf(norm: NormalizedText): Map<number, number[]> {
  let starts = wordStarts.get(norm);
  if (!starts) {
    const index = new Map<number, number[]>();
    const add = (key: number, i: number): void => {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    };
    const t = norm.text;
    let inWord = false;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      const word = isWordCode(c);
      if (word && !inWord) {
        add(c, i);
        if (i + 1 < t.length && isWordCode(t.charCodeAt(i + 1))) add(pairKey(c, t.charCodeAt(i + 1)), i);
      }
      inWord = word;
    }
    starts = index;
    wordStarts.set(norm, starts);
  }
  return starts;
}

/** Every whole-word occurrence of `phrase` in the normalised text, as original [start, end) offsets. */
export function findPhraseIn(norm: NormalizedText, phrase: string): { start: number; end: number }[] {
  const { needle, stem, startKey, endsWord, pluralEnd } = needleOf(phrase);
  if (needle === '') return [];
  const out: { start: number; end: number }[] = [];
  const t = norm.text;
  // A phrase that starts with a word can only start where a word does: look there, not everywhere.
  const at = startKey === undefined ? undefined : (wordStartsOf(norm).get(startKey) ?? []);
  let k = 0;
  let from = 0;
  for (;;) {
    let i: number;
    if (at) {
      while (k < at.length && !t.startsWith(needle, at[k])) k++;
      if (k === at.length) break;
      i = at[k++]!;
    } else {
      i = t.indexOf(needle, from);
      if (i < 0) break;
      from = i + 1;
    }
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
