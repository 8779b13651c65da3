import * as vscode from 'vscode';
import type { AnswerScope } from '../answerScope.js';
import type { LintService } from '../lintService.js';
import { buildFixAll } from '../codeActions.js';

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

/** Applies every safe fix in the active answer file. Returns whether anything changed. */
export async function fixAllInFile(deps: { service: LintService }, uri?: vscode.Uri): Promise<boolean> {
  const doc = targetDoc(uri);
  if (!doc || !deps.service.isTracked(doc)) return false;
  const edit = await buildFixAll(deps.service, doc);
  return edit ? vscode.workspace.applyEdit(edit) : false;
}
