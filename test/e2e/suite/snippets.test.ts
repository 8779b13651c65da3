/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, open, screenshot, waitForDiagnostics, waitForText, writeFile, EXTENSION_ID } from './helpers.js';

suite('snippets and templates', () => {
  teardown(closeAll);

  test('a contributed snippet inserts by name with its default text', async () => {
    const uri = await writeFile('answers/snippet-star.md', '');
    const editor = await open(uri);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Interview: STAR answer' });
    const text = await waitForText(editor.document, (t) => t.length > 0);
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings, ['## Situation', '## Task', '## Action', '## Result']);
    assert.match(text, /^# Tell me about a time you \.\.\.$/m);
    assert.match(text, /<!-- 60-90 seconds: the longest part/);
    // The first tab stop is selected, ready to type the question.
    assert.equal(editor.document.getText(editor.selection), 'Tell me about a time you ...');
  });

  test('"Insert answer template" inserts the same body from the same snippet file', async () => {
    const uri = await writeFile('answers/template-gap.md', '');
    const editor = await open(uri);
    const name = await vscode.commands.executeCommand<string>('interviewLint.insertTemplate', 'il-gap');
    assert.equal(name, 'Interview: honesty floor');
    const text = await waitForText(editor.document, (t) => t.length > 0);
    assert.deepEqual(
      text
        .split('\n')
        .filter((l) => l.startsWith('**'))
        .map((l) => l.slice(0, l.indexOf(':**') + 3)),
      ['**The gap:**', '**What I do have:**', '**How I would close it:**'],
    );
  });

  test('"Insert answer template" with no editor open (the walkthrough\'s button) starts a new answer file', async () => {
    await closeAll();
    const name = await vscode.commands.executeCommand<string>('interviewLint.insertTemplate', 'il-gap');
    assert.equal(name, 'Interview: honesty floor');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'markdown');
    const text = await waitForText(editor.document, (t) => t.includes('**The gap:**'));
    assert.match(text, /^---\ninterview-lint: true\n---\n\n/);
    // The front matter makes it an answer: the template's placeholders are flagged.
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('"Insert answer template" without a name offers the templates in a quick pick with descriptions', async () => {
    const uri = await writeFile('answers/template-pick.md', '');
    const editor = await open(uri);
    const picked = vscode.commands.executeCommand<string | undefined>('interviewLint.insertTemplate');
    await screenshot('template-quick-pick', { waitFor: '.quick-input-widget .quick-input-list .monaco-list-row' });
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await picked, undefined);
    assert.equal(editor.document.getText(), '');
  });

  test('every snippet is contributed for markdown and has a description', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (ext.packageJSON as { contributes: { snippets: { language: string; path: string }[] } }).contributes.snippets;
    assert.deepEqual(
      contributed.map((s) => s.language),
      ['markdown'],
    );
    const file = vscode.Uri.joinPath(ext.extensionUri, contributed[0]!.path);
    const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, { description: string }>;
    assert.equal(Object.keys(snippets).length, 12);
    for (const [name, s] of Object.entries(snippets)) assert.ok(s.description.length > 20, name);
  });

  test('"Insert answer template" is in the markdown editor context menu of the installed extension', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const menus = (ext.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string }[]> } }).contributes.menus;
    assert.deepEqual(
      menus['editor/context']?.filter((m) => m.command === 'interviewLint.insertTemplate').map((m) => [m.command, m.when]),
      [['interviewLint.insertTemplate', 'editorLangId == markdown && !editorReadonly']],
    );
  });
});
