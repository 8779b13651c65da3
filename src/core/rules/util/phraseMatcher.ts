import { insideSpans, literalPattern, quotedSpans } from './context.js';

/**
 * Phrase tables compiled into one pattern. A rule lists its phrases as entries, each with a
 * pattern and an optional guard that tells the phrase it means from a literal use of the same
 * words; the matcher scans the prose once with every entry in one alternation, skips what
 * stands inside quotation marks, builds the guard's view of each match and asks the guard.
 */

/** One phrase of a table. */
export interface PhraseEntry<C> {
  /** Regex source; `'` stands for either apostrophe and a space for any whitespace. */
  pattern: string;
  /** False when the context shows the other, literal sense of the words. */
  guard?: (context: C) => boolean;
  /**
   * Words the pattern cannot match without (a source written as `pattern` is). When every
   * entry of a table names them and the prose holds none, the table's scan is skipped.
   */
  needs?: string;
}

/** A phrase from a user's list: literal text, matched as whole words, any case. */
export interface CustomPhrase {
  key: string;
  custom: true;
}

export interface CompiledPhrases<E> {
  regex: RegExp;
  /** Fails on prose that no entry can match: a cheap test that spares most answers the scan. */
  precheck?: RegExp;
  /** Group i + 1 holds a match of entry i; groups past the table's entries are the user's phrases. */
  entries: readonly (E | CustomPhrase)[];
}

/** A match of one entry (of the table, or a user phrase), in offsets of the prose scanned. */
export interface PhraseMatch<E> {
  entry: E;
  index: number;
  text: string;
}

export function isCustom<E>(entry: E | CustomPhrase): entry is CustomPhrase {
  return typeof entry === 'object' && entry !== null && 'custom' in entry;
}

function toSource(pattern: string): string {
  return pattern.replace(/'/g, "['’]").replace(/ /g, '\\s+');
}

// Whole words only: no letter, digit, apostrophe or hyphen may touch the phrase ("Maybelline", "just-in-time").
const EDGE_BEFORE = "(?<![\\p{L}\\p{N}_'’-])";
const EDGE_AFTER = "(?![\\p{L}\\p{N}_'’-])";

/** Compiles the table, then the user's literal phrases after it (blank ones and ones over `maxLength` are left out). */
export function compilePhrases<E extends PhraseEntry<never>>(table: readonly E[], extra: readonly string[] = [], maxLength = Infinity): CompiledPhrases<E> {
  const entries: (E | CustomPhrase)[] = [...table];
  const sources = table.map((e) => toSource(e.pattern));
  for (const p of extra) {
    const trimmed = p.trim();
    if (trimmed.length === 0 || trimmed.length > maxLength) continue;
    entries.push({ key: trimmed, custom: true });
    sources.push(literalPattern(trimmed));
  }
  // One alternation, one pass over the prose; the user's phrases come after the built-ins.
  const regex = new RegExp(`${EDGE_BEFORE}(?:${sources.map((s) => `(${s})`).join('|')})${EDGE_AFTER}`, 'giu');
  // The scan is skipped only when every phrase names the words it needs: a user's phrase names none.
  const needs =
    entries.length > 0 && entries.length === table.length && table.every((e) => e.needs !== undefined) ? table.map((e) => toSource(e.needs!)) : undefined;
  return needs ? { regex, precheck: new RegExp(needs.join('|'), 'iu'), entries } : { regex, entries };
}

/**
 * A table with its compiled pattern, and the patterns of the user lists it has been given.
 * Configs change rarely; a small cache keeps a workspace that edits its list from growing memory.
 */
export class PhraseMatcher<E extends PhraseEntry<never>> {
  private readonly builtIn: CompiledPhrases<E>;
  private readonly custom = new Map<string, CompiledPhrases<E>>();

  constructor(
    private readonly table: readonly E[],
    /** The longest user phrase and the most user phrases compiled. */
    private readonly limits: { maxLength: number; maxExtra: number } = { maxLength: Infinity, maxExtra: Infinity },
  ) {
    this.builtIn = compilePhrases(table);
  }

  compiled(extra: readonly string[] | undefined): CompiledPhrases<E> {
    if (!extra || extra.length === 0) return this.builtIn;
    const key = extra.join('\u0000');
    let c = this.custom.get(key);
    if (!c) {
      if (this.custom.size >= 16) this.custom.clear();
      c = compilePhrases(this.table, extra.slice(0, this.limits.maxExtra), this.limits.maxLength);
      this.custom.set(key, c);
    }
    return c;
  }
}

export interface FindOptions<E, C> {
  /** Leaves a match out before anything else is read (a phrase the user allows). */
  skip?: (match: PhraseMatch<E | CustomPhrase>) => boolean;
  /** What the guard of a table entry sees; built for every match of a table entry that is not skipped. */
  context: (match: PhraseMatch<E>) => C;
  /** Called with each match that stands: its context when it is a table entry, undefined for a user phrase. */
  found: (match: PhraseMatch<E | CustomPhrase>, context: C | undefined) => void;
}

/** Every match in `prose` that is outside quotation marks and that its entry's guard accepts, in order. */
export function findPhrases<E extends PhraseEntry<C>, C>(compiled: CompiledPhrases<E>, prose: string, opts: FindOptions<E, C>): void {
  const { regex, precheck, entries } = compiled;
  // Most answers hold none of the words a table needs: the big alternation then never runs.
  if (precheck && !precheck.test(prose)) return;
  let quotes: { start: number; end: number }[] | undefined;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(prose)) !== null) {
    let g = 1;
    while (m[g] === undefined) g++;
    const entry = entries[g - 1]!;
    const match = { entry, index: m.index, text: m[0] };
    if (opts.skip?.(match)) continue;
    quotes ??= quotedSpans(prose);
    if (insideSpans(quotes, m.index)) continue;
    if (isCustom(entry)) {
      opts.found(match, undefined);
      continue;
    }
    const context = opts.context({ entry, index: m.index, text: m[0] });
    if (entry.guard && !entry.guard(context)) continue;
    opts.found(match, context);
  }
}
