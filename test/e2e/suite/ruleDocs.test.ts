/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll, fileUri, open, screenshot, until, waitForDiagnostics } from './helpers.js';

/** The markdown preview tab showing a rule page, if one is open. */
function previewOf(ruleId: string): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType) && t.label.includes(ruleId));
}

function textTabOf(uri: vscode.Uri): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
}

suite('rule documentation', () => {
  teardown(closeAll);

  test('"Open rule documentation" opens the page shipped with the extension in the markdown preview', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    const page = vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'hedge.md');
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(page)), /^# hedge\n/, 'the page ships with the extension');
    const opened = await vscode.commands.executeCommand<string>('interviewLint.openRuleDocs', 'hedge');
    assert.equal(opened, page.toString());
    await until('the hedge page in the markdown preview', () => previewOf('hedge'));
    await screenshot('rule-docs-preview', { waitFor: 'iframe.webview.ready' });
  });

  test("a problem's rule id links to the shipped page, which opens as a preview rather than as text", async () => {
    const uri = fileUri('answers/churn-model.md');
    await open(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.length >= 3);
    const code = ds.find((d) => typeof d.code === 'object' && d.code.value === 'filler')?.code;
    assert.ok(typeof code === 'object' && code !== null);
    // What VS Code does with a click on the rule id: open the target.
    await vscode.commands.executeCommand('vscode.open', code.target);
    await until('the filler page in the markdown preview', () => previewOf('filler'));
    await until('the text editor on the page to close', () => (textTabOf(code.target) ? undefined : true));
  });

  test('the quick-fix menu offers the rule page', async () => {
    const uri = fileUri('answers/churn-model.md');
    await open(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.length >= 3);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, ds[1]!.range)) ?? [];
    const docs = actions.find((a) => a.title === 'Open rule documentation (hedge)');
    assert.deepEqual(docs?.command?.arguments, ['hedge']);
    await vscode.commands.executeCommand(docs.command.command, ...(docs.command.arguments as unknown[]));
    await until('the hedge page in the markdown preview', () => previewOf('hedge'));
  });
});
