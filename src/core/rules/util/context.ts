import type { Sentence } from '../../types.js';

// Words keep inner apostrophes ("I'm", "it's"); every other non-space character is a token of its own,
// so a guard can tell "I think," from "I think about".
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Lower case, straight apostrophes, single spaces: the form phrase lists and labels are compared in. */
export function normalizePhrase(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

function tokenize(s: string): string[] {
  return (s.match(TOKEN) ?? []).map((t) => t.toLowerCase().replace(/’/g, "'"));
}

// Guards read a few words around a match; a window this wide always holds them, even with
// markup blanked to spaces between the words.
const WINDOW = 120;

/** The last `n` tokens before `at` (words lowercased, punctuation as single characters). */
export function tokensBefore(text: string, at: number, n: number): string[] {
  const from = Math.max(0, at - WINDOW);
  const tokens = tokenize(text.slice(from, at));
  // A word cut by the window's edge is not a word of the text.
  if (from > 0 && tokens.length > 0 && /[\p{L}\p{N}]/u.test(text[from] ?? '') && /[\p{L}\p{N}]/u.test(text[from - 1] ?? '')) tokens.shift();
  return tokens.slice(-n);
}

/** The first `n` tokens from `at` on. */
export function tokensAfter(text: string, at: number, n: number): string[] {
  return tokenize(text.slice(at, at + WINDOW)).slice(0, n);
}

/** The sentence that holds `offset`, by binary search over the answer's sentences. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
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
 */
export function quotedSpans(prose: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open = -1;
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i]!;
    if (c === '\n') {
      let j = i + 1;
      while (j < prose.length && (prose[j] === ' ' || prose[j] === '\t' || prose[j] === '\r')) j++;
      if (prose[j] === '\n') open = -1;
      continue;
    }
    if (c === '“') open = i;
    else if (c === '”') {
      if (open >= 0) spans.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === '"') {
      if (open >= 0) {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      } else open = i;
    }
  }
  return spans;
}

export function insideSpans(spans: readonly { start: number; end: number }[], offset: number): boolean {
  for (const s of spans) {
    if (s.start > offset) return false;
    if (offset < s.end) return true;
  }
  return false;
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
