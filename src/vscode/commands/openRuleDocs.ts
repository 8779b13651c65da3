import * as vscode from 'vscode';
import { engine } from '../engine.js';

/** Opens a rule's documentation page; asks which rule when none is given. Returns the URL opened. */
export async function openRuleDocs(ruleId?: string): Promise<string | undefined> {
  const { docsUrl, rules } = engine();
  let id = ruleId;
  if (!id) {
    const pick = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.meta.id, detail: r.meta.description })),
      { title: 'Open rule documentation', matchOnDetail: true },
    );
    id = pick?.label;
  }
  if (!id || !rules.some((r) => r.meta.id === id)) return undefined;
  const url = docsUrl(id);
  await vscode.env.openExternal(vscode.Uri.parse(url));
  return url;
}
