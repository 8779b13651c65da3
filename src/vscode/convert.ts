import * as vscode from 'vscode';
import type { Diagnostic as EngineDiagnostic, Severity } from '../core/index.js';
import type { OffsetEdit } from './pure/edits.js';
import { ruleDocUri } from './ruleDocs.js';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export const SOURCE = 'interview-lint';

/** Engine offsets are UTF-16 code units, as `positionAt` counts them; the engine's line/column are not used. */
export function offsetRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/** For a file that is not open, the engine's own 1-based line/column (UTF-16, like VS Code) stand in for `positionAt`. */
function engineRange(d: EngineDiagnostic): vscode.Range {
  return new vscode.Range(d.range.start.line - 1, d.range.start.column - 1, d.range.end.line - 1, d.range.end.column - 1);
}

export function toVscodeDiagnostic(doc: vscode.TextDocument | undefined, d: EngineDiagnostic): vscode.Diagnostic {
  const range = doc ? offsetRange(doc, d.offsets.start, d.offsets.end) : engineRange(d);
  const out = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
  out.source = SOURCE;
  // The page shipped with the extension (opens offline, in the markdown preview); the web address otherwise.
  out.code = { value: d.ruleId, target: ruleDocUri(d.ruleId) ?? vscode.Uri.parse(d.url) };
  return out;
}

export function toTextEdit(doc: vscode.TextDocument, e: OffsetEdit): vscode.TextEdit {
  return new vscode.TextEdit(offsetRange(doc, e.start, e.end), e.text);
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  const c = d.code;
  if (typeof c === 'object' && c !== null) return String(c.value);
  return c === undefined ? undefined : String(c);
}
