/// <reference types="mocha" />
// Runs last in the run before the window reload (index.ts): it leaves the score report open on
// an edited answer, and scoreReport.afterReload.ts checks what the reload brings back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll, copyFixture, open } from './helpers.js';
import { canReload, leaveForReload } from './reloadState.js';
import { LEFT_FOR_RELOAD, expectedLabel, pageShows, type LeftForReload, type ScorePageApi } from './scorePage.js';

const PATH = 'answers/score-reload.md';

suite('the score report after a window reload', () => {
  test('before the reload: the report of an edited answer is left open', async function () {
    if (!canReload()) this.skip();
    await closeAll();
    // Earlier tests open the side bar and the panel; the window comes back with the layout it
    // had, and its screenshot is of the answer and its report.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    const api = await vscode.extensions.getExtension<ScorePageApi>(EXTENSION_ID)!.activate();
    const uri = await copyFixture('answers/churn-model.md', PATH);
    const doc = (await open(uri)).document;
    await vscode.commands.executeCommand('interviewLint.scoreAnswer');
    const before = expectedLabel(doc.getText());
    await pageShows(api, doc, before);

    // A new first line moves every offset after it, and the result loses its number: the
    // score falls, and evidence drawn from the old text would point at the wrong words.
    const lines = doc.getText().split('\n');
    const situation = lines.indexOf('## Situation') + 1;
    const result = lines.indexOf('## Result') + 1;
    assert.ok(situation > 0 && result > 0, 'the fixture has a Situation and a Result');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(situation, 0), 'The model predicted which customers would cancel in the next month.\n');
    edit.replace(uri, doc.lineAt(result).range, 'The retention team liked the new scores.');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(await doc.save(), true);
    const after = expectedLabel(doc.getText());
    assert.notEqual(after, before, 'the edit changes the score');
    await pageShows(api, doc, after);

    leaveForReload(LEFT_FOR_RELOAD, { path: PATH, text: doc.getText(), before, after } satisfies LeftForReload);
  });
});
