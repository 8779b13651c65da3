import * as vscode from 'vscode';
import type { AnswerScope } from '../answerScope.js';
import type { LintService } from '../lintService.js';
import { buildFixAll } from '../codeActions.js';
import { fixAllSummary } from '../pure/edits.js';

function targetDoc(uri?: vscode.Uri): vscode.TextDocument | undefined {
  if (uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return vscode.window.activeTextEditor?.document;
}

/** "Lint this file as an interview answer" / "Stop linting this file": remembered for this workspace. */
export async function setFileEnabled(deps: { scope: AnswerScope; service: LintService }, on: boolean, uri?: vscode.Uri): Promise<boolean> {
  const doc = targetDoc(uri);
  if (!doc) return false;
  if (doc.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('interview-lint lints markdown files only.');
    return false;
  }
  await deps.scope.setEnabled(doc.uri, on);
  deps.service.request(doc, 0);
  return true;
}

/** Lints the file once, even over the size limit. Returns the number of problems. */
export async function lintFileNow(deps: { service: LintService }, uri?: vscode.Uri): Promise<number | undefined> {
  const doc = targetDoc(uri);
  if (!doc) return undefined;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Interview Lint: linting ${vscode.workspace.asRelativePath(doc.uri, false)}` },
    () => deps.service.lintNow(doc),
  );
  return result?.diagnostics.length;
}

/**
 * Applies every safe fix in the active answer file, then says in one line what it fixed and
 * what is left for the writer ("Fixed 5 of 8; 3 need your words: vague-we, ..."). Returns
 * that line, or undefined when the file is not an answer.
 */
export async function fixAllInFile(deps: { service: LintService }, uri?: vscode.Uri): Promise<string | undefined> {
  const doc = targetDoc(uri);
  if (!doc || !deps.service.isTracked(doc)) return undefined;
  const before = (await deps.service.resultFor(doc))?.diagnostics ?? [];
  const edit = await buildFixAll(deps.service, doc);
  if (edit) await vscode.workspace.applyEdit(edit);
  const after = (await deps.service.resultFor(doc))?.diagnostics ?? [];
  const summary = `Interview Lint: ${fixAllSummary(before, after)}`;
  void vscode.window.showInformationMessage(summary);
  return summary;
}
