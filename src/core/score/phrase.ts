/**
 * Rubric phrases are literals from possibly untrusted files: each character is escaped,
 * only spacing, hyphens, apostrophes and a trailing stem `*` are given meaning, and the
 * resulting pattern has no nested quantifiers (linear time on any input).
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPECIAL = /[.*+?^${}()|[\]\\/]/;

export function phrasePattern(phrase: string): string {
  let p = phrase.trim();
  const stem = p.endsWith('*');
  if (stem) p = p.slice(0, -1).trimEnd();
  let out = '';
  let gap = false;
  for (const ch of p) {
    if (/\s/.test(ch) || ch === '-' || ch === '‐' || ch === '–') {
      gap = true;
      continue;
    }
    if (gap) {
      out += '[\\s\\-‐–]+';
      gap = false;
    }
    if (ch === "'" || ch === '’') out += "['’]";
    else if (SPECIAL.test(ch)) out += `\\${ch}`;
    else out += ch;
  }
  const first = [...p][0] ?? '';
  const last = [...p].pop() ?? '';
  const before = WORD_CHAR.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = stem ? '[\\p{L}\\p{N}]*(?![\\p{L}\\p{N}])' : WORD_CHAR.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return `${before}${out}${after}`;
}

const compiled = new Map<string, RegExp>();

/** A global, case-insensitive pattern for the phrase (cached). */
export function phraseRegExp(phrase: string): RegExp {
  let re = compiled.get(phrase);
  if (!re) {
    re = new RegExp(phrasePattern(phrase), 'giu');
    compiled.set(phrase, re);
  }
  return re;
}

/** Every match of the phrase in `text`, as [start, end) offsets into `text`. */
export function findPhrase(text: string, phrase: string): { start: number; end: number }[] {
  const re = phraseRegExp(phrase);
  re.lastIndex = 0;
  const out: { start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
