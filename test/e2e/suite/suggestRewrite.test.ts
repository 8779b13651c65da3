/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NO_MODEL_MESSAGE } from '../../../src/vscode/commands/suggestRewrite.js';
import { closeAll, copyFixture, open } from './helpers.js';

suite('suggest a rewrite', () => {
  teardown(closeAll);

  test('with no chat model it says so plainly, sends nothing and leaves the answer as it was', async () => {
    // The test VS Code has no chat extension signed in, so no model: the case every user without one meets.
    assert.deepEqual(
      (await vscode.lm.selectChatModels()).map((m) => m.id),
      [],
      'this test needs a VS Code without chat models',
    );
    const uri = await copyFixture('answers/churn-model.md', 'answers/rewrite-no-model.md');
    const editor = await open(uri);
    const before = editor.document.getText();
    const outcome = await vscode.commands.executeCommand<{ status: string; message?: string }>('interviewLint.suggestRewrite');
    assert.deepEqual(outcome, { status: 'no-model', message: NO_MODEL_MESSAGE });
    assert.equal(editor.document.getText(), before);
    assert.equal(editor.document.isDirty, false);
    const diffs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputTextDiff);
    assert.deepEqual(diffs, [], 'no diff is opened');
  });

  test('on a file that is not an answer it asks for one', async () => {
    await open(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'README.md'));
    const outcome = await vscode.commands.executeCommand<{ status: string; message?: string }>('interviewLint.suggestRewrite');
    assert.deepEqual(outcome, { status: 'no-answer', message: 'Open an interview answer file to get a rewrite suggestion for it.' });
  });
});
