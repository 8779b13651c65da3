import * as vscode from 'vscode';
import { engine } from '../engine.js';
import { ruleDocUri, showRuleDoc } from '../ruleDocs.js';

/**
 * Opens a rule's page, shipped with the extension, in the markdown preview; asks which rule
 * when none is given. Returns the page's uri.
 */
export async function openRuleDocs(ruleId?: string): Promise<string | undefined> {
  const { rules } = engine();
  let id = ruleId;
  if (!id) {
    const pick = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.meta.id, detail: r.meta.description })),
      { title: 'Open rule documentation', matchOnDetail: true },
    );
    id = pick?.label;
  }
  const uri = id && rules.some((r) => r.meta.id === id) ? ruleDocUri(id) : undefined;
  if (!uri) return undefined;
  await showRuleDoc(uri);
  return uri.toString();
}
