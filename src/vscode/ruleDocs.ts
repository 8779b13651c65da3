import * as vscode from 'vscode';

/**
 * The rule pages ship in the extension (docs/rules/<id>.md) and open in VS Code's markdown
 * preview, offline. A problem's rule id links to the page's file: VS Code opens a link there
 * without commands, as a text editor, so such an editor is turned into the preview at once.
 */
let root: vscode.Uri | undefined;

export function setRuleDocsRoot(extensionUri: vscode.Uri | undefined): void {
  root = extensionUri ? vscode.Uri.joinPath(extensionUri, 'docs', 'rules') : undefined;
}

/** The bundled page of a rule (undefined before activation). */
export function ruleDocUri(ruleId: string): vscode.Uri | undefined {
  return root ? vscode.Uri.joinPath(root, `${ruleId}.md`) : undefined;
}

function isRuleDoc(uri: vscode.Uri): boolean {
  if (!root || uri.scheme !== root.scheme || uri.authority !== root.authority) return false;
  if (!uri.path.startsWith(`${root.path}/`) || !uri.path.endsWith('.md')) return false;
  // A checkout of this extension opened as a workspace is for editing its docs: leave those files be.
  return vscode.workspace.getWorkspaceFolder(uri) === undefined;
}

export async function showRuleDoc(uri: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}

/** Turns a text editor on a bundled rule page (a click on a problem's rule id) into its preview. */
export function registerRuleDocsPreview(): vscode.Disposable {
  return vscode.window.onDidChangeActiveTextEditor(async (editor) => {
    const uri = editor?.document.uri;
    if (!uri || !isRuleDoc(uri)) return;
    const tab = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
    if (tab) await vscode.window.tabGroups.close(tab);
    await showRuleDoc(uri);
  });
}
