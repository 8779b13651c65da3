import * as vscode from 'vscode';
import { templates } from '../templates.js';

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Offers the snippet templates in a quick pick; `name` skips the pick (tests, keybindings). Returns the name inserted. */
export async function insertTemplate(name?: string): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open a markdown file to insert an answer template.');
    return undefined;
  }
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
  await editor.insertSnippet(new vscode.SnippetString(chosen.body));
  return chosen.name;
}
