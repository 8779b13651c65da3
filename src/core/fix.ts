import type { Fix } from './types.js';

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
