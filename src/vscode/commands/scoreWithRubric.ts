import * as vscode from 'vscode';
import type { LoadedRubric, ScoreReport } from '../../core/index.js';
import { setFrontMatterRubric } from '../pure/frontMatterRubric.js';

export interface ScoreWithRubricDeps {
  /** The rubrics the score of this document is drawn from (shipped, and the workspace's when trusted). */
  rubricsFor(doc: vscode.TextDocument): Promise<LoadedRubric[]>;
  /** Opens (or reveals) the score report of the document and returns the report shown. */
  score(doc: vscode.TextDocument): Promise<ScoreReport | undefined>;
}

/**
 * "Score with rubric...": picks one of the loaded rubrics, names it in the answer's front
 * matter (`rubric: <id>`, one edit the user can undo) and opens the score report. `id` skips
 * the pick (tests, keybindings). Returns the report shown, or undefined when nothing was scored.
 */
export async function scoreWithRubric(deps: ScoreWithRubricDeps, doc: vscode.TextDocument | undefined, id?: string): Promise<ScoreReport | undefined> {
  if (!doc) {
    void vscode.window.showInformationMessage('Open an interview answer file to score it.');
    return undefined;
  }
  const rubrics = (await deps.rubricsFor(doc)).map((r) => r.rubric);
  let chosen = id;
  if (chosen === undefined) {
    const pick = await vscode.window.showQuickPick(
      rubrics.map((r) => ({ label: r.id, description: r.title })),
      { title: 'Score with rubric', placeHolder: 'The rubric to name in this answer\u2019s front matter', matchOnDescription: true },
    );
    chosen = pick?.label;
  } else if (!rubrics.some((r) => r.id === chosen)) {
    void vscode.window.showErrorMessage(`Unknown rubric "${chosen}", expected one of: ${rubrics.map((r) => r.id).join(', ')}`);
    return undefined;
  }
  if (chosen === undefined) return undefined;
  const text = doc.getText();
  const change = setFrontMatterRubric(text, chosen);
  if (text.slice(change.start, change.end) !== change.text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(change.start), doc.positionAt(change.end)), change.text);
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(`Could not write "rubric: ${chosen}" into the front matter.`);
      return undefined;
    }
  }
  return deps.score(doc);
}
