import type { Diagnostic, EngineProblem } from './types.js';
import type { Directive } from './model/directives.js';
import type { LineIndex } from './text/lineIndex.js';
import { getRule } from './registry.js';

/**
 * Drops findings that inline comments turn off. `disable`/`enable` act from the comment
 * onward, `disable-line` on the comment's line, `disable-next-line` on the line after the
 * comment, `disable-file` on the whole file wherever it stands. Unknown rule ids in a
 * comment are reported, never silently ignored.
 */
export function applyDirectives(diagnostics: Diagnostic[], directives: Directive[], lines: LineIndex, problems: EngineProblem[]): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  for (const d of directives) {
    for (const id of d.rules) {
      if (!getRule(id)) {
        const pos = lines.position(d.start);
        problems.push({ kind: 'input', ruleId: id, message: `Unknown rule id "${id}" in an interview-lint-${d.kind} comment at line ${pos.line}` });
      }
    }
  }
  const fileOff = new Set<string>();
  let fileAll = false;
  const lineOff: { line: number; rules: string[] }[] = [];
  const ranges = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.start - b.start);
  for (const d of directives) {
    if (d.kind === 'disable-file') {
      if (d.rules.length === 0) fileAll = true;
      for (const r of d.rules) fileOff.add(r);
    } else if (d.kind === 'disable-line') {
      lineOff.push({ line: lines.position(d.start).line, rules: d.rules });
    } else if (d.kind === 'disable-next-line') {
      lineOff.push({ line: lines.position(d.end).line + 1, rules: d.rules });
    }
  }
  if (fileAll) return [];

  const offAt = (ruleId: string, offset: number): boolean => {
    let off = false;
    for (const d of ranges) {
      if (d.start > offset) break;
      if (d.rules.length === 0 || d.rules.includes(ruleId)) off = d.kind === 'disable';
    }
    return off;
  };
  return diagnostics.filter((diag) => {
    if (fileOff.has(diag.ruleId)) return false;
    const line = diag.range.start.line;
    if (lineOff.some((l) => l.line === line && (l.rules.length === 0 || l.rules.includes(diag.ruleId)))) return false;
    return !offAt(diag.ruleId, diag.offsets.start);
  });
}
