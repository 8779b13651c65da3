import type { Sentence } from '../../types.js';

/** Lower case, straight apostrophes, single spaces: the form phrase lists and labels are compared in. */
export function normalizePhrase(s: string): string {
  const lower = s.toLowerCase();
  // Most phrases are plain words with single spaces: skip the rewrites for them.
  return /[’‘\s]/.test(lower.replace(/ /g, '')) ? lower.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim() : lower;
}

// Guards run on every match, so the few words around it are read by hand rather than by a regex
// over a window. Letters, digits and any non-ASCII letter make words; inner apostrophes stay
// ("I'm", "it's"); every other non-space character is a token of its own, so a guard can tell
// "I think," from "I think about".
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c > 127 && c !== 0x2019 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013 && c !== 0xa0)
  );
}
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
// Guards look at most a few words away; blanked markup between words never runs this long.
const REACH = 200;

function word(text: string, from: number, to: number): string {
  const w = text.slice(from, to).toLowerCase();
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}

/** The last `n` tokens before `at`, nearest last (words lowercased, punctuation as single characters). */
export function tokensBefore(text: string, at: number, n: number): string[] {
  const out: string[] = [];
  let i = at;
  const limit = Math.max(0, at - REACH);
  while (out.length < n && i > limit) {
    while (i > limit && isSpace(text.charCodeAt(i - 1))) i--;
    if (i <= limit) break;
    const end = i;
    if (isWordChar(text.charCodeAt(i - 1))) {
      while (
        i > 0 &&
        (isWordChar(text.charCodeAt(i - 1)) ||
          (isApostrophe(text.charCodeAt(i - 1)) && i > 1 && isWordChar(text.charCodeAt(i - 2)) && isWordChar(text.charCodeAt(i))))
      )
        i--;
    } else i--;
    out.push(word(text, i, end));
  }
  return out.reverse();
}

/** The first `n` tokens from `at` on. */
export function tokensAfter(text: string, at: number, n: number): string[] {
  const out: string[] = [];
  let i = at;
  const limit = Math.min(text.length, at + REACH);
  while (out.length < n && i < limit) {
    while (i < limit && isSpace(text.charCodeAt(i))) i++;
    if (i >= limit) break;
    const start = i;
    if (isWordChar(text.charCodeAt(i))) {
      while (
        i < text.length &&
        (isWordChar(text.charCodeAt(i)) || (isApostrophe(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1)) && isWordChar(text.charCodeAt(i - 1))))
      )
        i++;
    } else i++;
    out.push(word(text, start, i));
  }
  return out;
}

/** The span (sorted, not overlapping) that holds `offset`, by binary search. */
export function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The sentence that holds `offset` (sentences are sorted and never overlap). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return spanAt(sentences, offset);
}

/** The sentence after the one that holds `offset`, when there is one. */
export function sentenceAfter(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  for (const s of sentences) if (s.start > offset) return s;
  return undefined;
}

/**
 * Spans of prose inside double quotes ("..." or “...”), reset at each blank line so that
 * a stray quote mark cannot swallow the rest of the answer. Words inside them are someone
 * else's (a manager's remark, a phrase the candidate mentions), not the candidate's claim.
 * A long quotation with no speech verb before it is the candidate's own answer written in
 * quotes, as model answers often are, and stays the candidate's.
 */
export function quotedSpans(prose: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // Most answers quote no one: three native searches spare them the scan by character code.
  if (prose.indexOf('"') < 0 && prose.indexOf('\u201c') < 0 && prose.indexOf('\u201d') < 0) return spans;
  let paragraphStart = 0;
  const push = (start: number, end: number): void => {
    const cue = SPEECH_CUE.test(prose.slice(Math.max(0, start - 40), start));
    // A paragraph that is one quotation from edge to edge is the answer itself, in quotes.
    const wholeParagraph = /^\s*$/.test(prose.slice(paragraphStart, start)) && TO_PARAGRAPH_END.test(prose.slice(end, end + 400));
    if (cue || (!wholeParagraph && end - start <= MAX_MENTION)) spans.push({ start, end });
  };
  let open = -1;
  // By character code: this runs over every answer that has a phrase finding.
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    if (c === LF) {
      let j = i + 1;
      let d = prose.charCodeAt(j);
      while (d === SPACE || d === TAB || d === CR) d = prose.charCodeAt(++j);
      if (d === LF) {
        open = -1;
        paragraphStart = j;
      }
      continue;
    }
    if (c === OPEN_QUOTE) open = i;
    else if (c === CLOSE_QUOTE) {
      if (open >= 0) push(open, i + 1);
      open = -1;
    } else if (c === STRAIGHT_QUOTE) {
      if (open >= 0) {
        push(open, i + 1);
        open = -1;
      } else open = i;
    }
  }
  return spans;
}

const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const STRAIGHT_QUOTE = 34;
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;

// Remarks and mentions are short; a whole answer in quotes is not.
const MAX_MENTION = 200;
const TO_PARAGRAPH_END = /^[\s.,;:!?)'’”]*(?:\n[ \t\r]*\n|$)/;
const SPEECH_CUE = /(?:\b(?:said|says|asked|asks|wrote|writes|told|tells|replied|answered|put it|called it|feedback was|comment was)\b[^"“”]*|:)\s*$/i;

/** True when `offset` falls inside one of `spans` (sorted, not overlapping). */
export function insideSpans(spans: readonly { start: number; end: number }[], offset: number): boolean {
  return spanAt(spans, offset) !== undefined;
}

/** Escapes a literal for use inside a regular expression (user phrases are never patterns). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A user's literal phrase as a pattern: escaped, any run of spaces matches any whitespace, both apostrophes. */
export function literalPattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/['’]/g, "['’]"))
    .join('\\s+');
}
