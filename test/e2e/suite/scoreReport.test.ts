/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ScoreReport } from '../../../src/core/index.js';
import { EXTENSION_ID, closeAll, copyFixture, fileUri, open, screenshot, setSetting, until } from './helpers.js';
import { expectedLabel, pageShows, scoreTab, type ScorePageApi } from './scorePage.js';

suite('the score report stays true', () => {
  teardown(closeAll);

  test('after the answer is edited while the report tab is hidden, switching back shows the new score', async () => {
    const api = await vscode.extensions.getExtension<ScorePageApi>(EXTENSION_ID)!.activate();
    const uri = await copyFixture('answers/churn-model.md', 'answers/score-tab.md');
    const editor = await open(uri);
    const doc = editor.document;
    await vscode.commands.executeCommand<ScoreReport>('interviewLint.scoreAnswer');
    const before = expectedLabel(doc.getText());
    await pageShows(api, doc, before);

    // Another tab in the report's group hides the report (its page is unloaded).
    const tab = await until('the score tab', () => scoreTab('score-tab.md'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fileUri('README.md')), { viewColumn: tab.group.viewColumn, preview: false });
    await until('the score tab to be hidden', () => (scoreTab('score-tab.md')?.isActive === false ? true : undefined));

    // The result loses its number: the score falls.
    const last = doc.lineAt(doc.lineCount - 1);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, last.range, 'The retention team liked the new scores.');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const after = expectedLabel(doc.getText());
    assert.notEqual(after, before, 'the edit changes the score');
    // Long enough for the debounced rescore to run while the report is hidden.
    await new Promise((r) => setTimeout(r, 800));

    // Back to the report: VS Code reloads its page, which must be the new score from its first render.
    const seen = api.shownScores(uri).length;
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await until('the score tab to be active again', () => (scoreTab('score-tab.md')?.isActive ? true : undefined));
    await pageShows(api, doc, after);
    assert.deepEqual(
      api
        .shownScores(uri)
        .slice(seen)
        .map(({ version, score }) => ({ version, score })),
      api
        .shownScores(uri)
        .slice(seen)
        .map(() => ({ version: doc.version, score: after })),
      'the page never shows the score of the old text',
    );

    // And a second edit while it is visible reaches the page too.
    const undo = new vscode.WorkspaceEdit();
    undo.replace(uri, doc.lineAt(doc.lineCount - 1).range, last.text);
    assert.equal(await vscode.workspace.applyEdit(undo), true);
    await pageShows(api, doc, expectedLabel(doc.getText()));

    await screenshot('score-report', { waitFor: 'iframe.webview.ready' });
    await setSetting('workbench.colorTheme', 'Dark Modern');
    try {
      await until('the score page in the dark theme', () => (api.shownScores(uri).at(-1)?.theme === 'dark' ? true : undefined));
      await screenshot('score-report-dark', { waitFor: '.monaco-workbench.vs-dark iframe.webview.ready' });
    } finally {
      await setSetting('workbench.colorTheme', undefined);
    }
  });
});
