import type { Diagnostic, Fix, LintResult, applyFixes, fixUntilStable } from '../../core/index.js';
import { findFrontMatter } from '../../core/model/frontMatterBlock.js';
import { firstLineBreak } from '../../core/text/lineBreak.js';

/** A text edit in document offsets; the adapter turns offsets into positions. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

function lineStart(text: string, offset: number): number {
  const nl = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return nl + 1;
}

function lineEnd(text: string, from: number): number {
  const m = /\r\n|\r|\n/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

const DIRECTIVE_LINE = (kind: string): RegExp => new RegExp(`^([ \\t]*)<!--\\s*interview-lint-${kind}\\b([^>]*?)\\s*-->[ \\t]*$`);

/**
 * Adds `rule` to an existing directive comment on the line at `at`, so that
 * disabling a second rule on the same line does not stack comments.
 */
function extendDirective(text: string, at: number, kind: string, ruleId: string): OffsetEdit | undefined | 'already' {
  const end = lineEnd(text, at);
  const m = DIRECTIVE_LINE(kind).exec(text.slice(at, end));
  if (!m) return undefined;
  const named = m[2]!.split(/[\s,]+/).filter(Boolean);
  if (named.length === 0 || named.includes(ruleId)) return 'already';
  const close = text.lastIndexOf('-->', end);
  const insertAt = text.slice(at, close).trimEnd().length + at;
  return { start: insertAt, end: insertAt, text: ` ${ruleId}` };
}

/**
 * "Disable <rule> for this line": a `disable-next-line` comment on its own line above the
 * finding's line, indented like it (so a list item or quote keeps its shape).
 */
export function disableForLineEdit(text: string, offset: number, ruleId: string): OffsetEdit | undefined {
  const start = lineStart(text, offset);
  if (start > 0) {
    const prevStart = lineStart(text, start - 1 - (text[start - 2] === '\r' && text[start - 1] === '\n' ? 1 : 0));
    const extended = extendDirective(text, prevStart, 'disable-next-line', ruleId);
    if (extended === 'already') return undefined;
    if (extended) return extended;
  }
  const indent = /^[ \t]*(?:>[ \t]?)*/.exec(text.slice(start, lineEnd(text, start)))![0];
  return { start, end: start, text: `${indent}<!-- interview-lint-disable-next-line ${ruleId} -->${firstLineBreak(text)}` };
}

/** Where a file-level comment goes: the top of the file, after any front matter (as the engine finds it). */
export function afterFrontMatter(text: string): number {
  const fm = findFrontMatter(text);
  if (fm) return text.charCodeAt(fm.end) === 13 && text.charCodeAt(fm.end + 1) === 10 ? fm.end + 2 : Math.min(text.length, fm.end + 1);
  return text.startsWith('\uFEFF') ? 1 : 0;
}

/** "Disable <rule> in this file": a `disable-file` comment at the top, after the front matter. */
export function disableInFileEdit(text: string, ruleId: string): OffsetEdit | undefined {
  const at = afterFrontMatter(text);
  const extended = extendDirective(text, at, 'disable-file', ruleId);
  if (extended === 'already') return undefined;
  if (extended) return extended;
  const eol = firstLineBreak(text);
  // After front matter with no newline at the end of the file, the comment needs a line of its own.
  const lead = at > 0 && at === text.length && !/[\r\n]$/.test(text) ? eol : '';
  return { start: at, end: at, text: `${lead}<!-- interview-lint-disable-file ${ruleId} -->${eol}` };
}

export function fixToEdit(fix: Fix): OffsetEdit {
  return { start: fix.range.start, end: fix.range.end, text: fix.text };
}

/**
 * "Fix all": the engine's safe fixes, chosen exactly as `applyFixes` chooses them (document
 * order, overlapping ones skipped), so the editor and `interview-lint --fix` agree.
 * Suggestions are never part of it. With `relint`, fixes that only become possible after
 * the first pass are included too (as `--fix` does): then the edit is one replacement
 * spanning everything that changed.
 */
export function fixAllEdits(input: {
  text: string;
  diagnostics: readonly Diagnostic[];
  applyFixes: typeof applyFixes;
  relint?: { lint: (text: string) => LintResult; fixUntilStable: typeof fixUntilStable };
}): OffsetEdit[] {
  const fixes = input.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
  const first = input.applyFixes(input.text, fixes);
  if (!input.relint || first.applied.length === 0) return first.applied.map(fixToEdit);
  const settled = input.relint.fixUntilStable({ text: first.text, result: input.relint.lint(first.text), lint: input.relint.lint });
  if (settled.text === first.text) return first.applied.map(fixToEdit);
  return [spanningEdit(input.text, settled.text)];
}

/** The smallest single replacement that turns `before` into `after`. */
export function spanningEdit(before: string, after: string): OffsetEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}

/**
 * The line shown after "fix all": how many findings it fixed, and which rules still need the
 * writer's own words, most findings first ("Fixed 5 of 8; 3 need your words: vague-we,
 * result-needs-metric").
 */
export function fixAllSummary(before: readonly Pick<Diagnostic, 'ruleId'>[], after: readonly Pick<Diagnostic, 'ruleId'>[]): string {
  const fixed = Math.max(0, before.length - after.length);
  const byRule = new Map<string, number>();
  for (const d of after) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
  const rules = [...byRule.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  const head = fixed === 0 ? `Nothing to fix automatically (${before.length} found)` : `Fixed ${fixed} of ${before.length}`;
  if (after.length === 0) return `${head}.`;
  return `${head}; ${after.length} need${after.length === 1 ? 's' : ''} your words: ${rules.join(', ')}`;
}
