import type { Fix, LintResult } from './types.js';

export interface ApplyFixesResult {
  text: string;
  /** Fixes applied, in document order. */
  applied: Fix[];
  /** Fixes left out because they overlapped one applied before them. */
  skipped: Fix[];
}

/**
 * Applies fixes in document order and skips any that overlaps one already applied, so the
 * result never depends on the order rules ran in. Pure: returns a new string.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyFixesResult {
  const sorted = [...fixes].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let out = '';
  let cursor = 0;
  for (const fix of sorted) {
    const { start, end } = fix.range;
    // Two insertions at the same point also count as overlapping: their order would be arbitrary.
    const last = applied[applied.length - 1];
    const overlaps = start < cursor || (last !== undefined && start === cursor && start === end && last.range.end === start && last.range.start === start);
    if (overlaps || start < 0 || end > text.length || end < start) {
      skipped.push(fix);
      continue;
    }
    out += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied.push(fix);
  }
  out += text.slice(cursor);
  return { text: out, applied, skipped };
}

/** As ESLint: enough for fixes that unlock others, a stop for fixes that never settle (real answers settle in two). */
export const MAX_FIX_PASSES = 10;

/**
 * Applies every safe fix, re-lints, and repeats until nothing fixable is left: one fix can
 * make another safe (a filler goes, and the hedge after it becomes the sentence opener), and
 * overlapping fixes wait for the next pass. Fixing the result again changes nothing.
 */
export function fixUntilStable(input: { text: string; result: LintResult; lint: (text: string) => LintResult; maxPasses?: number }): {
  text: string;
  result: LintResult;
  passes: number;
} {
  let { text, result } = input;
  let passes = 0;
  const max = input.maxPasses ?? MAX_FIX_PASSES;
  while (passes < max) {
    const fixes = result.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(text, fixes).text;
    if (next === text) break;
    text = next;
    result = input.lint(text);
    passes++;
  }
  return { text, result, passes };
}
