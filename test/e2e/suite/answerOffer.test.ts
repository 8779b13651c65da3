/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, click, closeAll, fileUri, mine, open, screenshot, until, waitForDiagnostics } from './helpers.js';

// The notification centre: under test, VS Code may keep the toast hidden; the centre lists it either way.
const OFFER = '.notifications-center .notification-list-item:has-text("looks like an interview answer")';

suite('a way in for a draft outside the answer folders', () => {
  teardown(closeAll);

  test('notes/story.md gets one offer to lint it; accepting it brings the diagnostics', async () => {
    const uri = fileUri('notes/story.md');
    await open(uri);
    const api = await vscode.extensions.getExtension<{ offeredFiles(): readonly string[] }>(EXTENSION_ID)!.activate();
    // Not an answer by its path, so nothing is linted until the user says so.
    await until('the offer', () => (api.offeredFiles().includes(uri.toString()) ? true : undefined));
    assert.deepEqual(mine(uri), []);
    await screenshot('answer-offer', { waitFor: OFFER, show: () => vscode.commands.executeCommand('notifications.showList') });
    // Once per file: showing the file again does not ask again.
    await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
    await open(uri);
    assert.equal(api.offeredFiles().filter((u) => u === uri.toString()).length, 1);
    if (!(await click(`${OFFER} a.monaco-button:has-text("Lint as an answer")`))) {
      await vscode.commands.executeCommand('interviewLint.enableForFile', uri);
    }
    await vscode.commands.executeCommand('notifications.hideList');
    const ds = await waitForDiagnostics(uri, (d) => d.length > 0);
    assert.ok(
      ds.some((d) => d.message.includes('"I think"')),
      ds.map((d) => d.message).join(' | '),
    );
    // A plain note that is no answer is never offered.
    await open(fileUri('notes/plain.md'));
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!api.offeredFiles().includes(fileUri('notes/plain.md').toString()));
    await vscode.commands.executeCommand('interviewLint.disableForFile', uri);
  });
});
