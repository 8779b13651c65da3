import * as vscode from 'vscode';
import { templates } from '../templates.js';

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The editor to insert into. Run from a page that is not a text editor (the walkthrough's
 * button), it is the markdown editor beside that page, or else a new markdown file whose
 * front matter makes it an answer, so the template is linted as it is filled in.
 */
async function targetEditor(): Promise<vscode.TextEditor> {
  const active = vscode.window.activeTextEditor;
  if (active) return active;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown' && e.document.uri.scheme !== 'output');
  if (visible) return vscode.window.showTextDocument(visible.document, visible.viewColumn);
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ninterview-lint: true\n---\n\n' });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const end = doc.positionAt(doc.getText().length);
  editor.selection = new vscode.Selection(end, end);
  return editor;
}

/**
 * Offers the snippet templates in a quick pick; `name` skips the pick (tests, keybindings).
 * Returns the name inserted.
 */
export async function insertTemplate(name?: string): Promise<string | undefined> {
  const all = templates();
  let chosen = name ? all.find((t) => t.name === name || t.prefix === name) : undefined;
  if (!chosen && !name) {
    const pick = await vscode.window.showQuickPick(
      all.map((t) => ({ label: capitalise(t.name.replace(/^Interview: /, '')), description: t.prefix, detail: t.description, template: t })),
      { title: 'Insert answer template', placeHolder: 'Pick a structure for your answer', matchOnDescription: true, matchOnDetail: true },
    );
    chosen = pick?.template;
  }
  if (!chosen) return undefined;
  const editor = await targetEditor();
  await editor.insertSnippet(new vscode.SnippetString(chosen.body));
  return chosen.name;
}
