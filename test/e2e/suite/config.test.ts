/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, copyFixture, describe as show, open, screenshot, setSetting, waitForDiagnostics, writeFile } from './helpers.js';

suite('settings and config file', () => {
  teardown(closeAll);

  test('interviewLint.rules changes severities; the nearest .interview-lint.jsonc turns rules off', async () => {
    const uri = await copyFixture('answers/churn-model.md', 'answers/configured/answer.md');
    await open(uri);
    await waitForDiagnostics(uri, (d) => d.length === 3);

    await setSetting('interviewLint.rules', { filler: 'error' });
    try {
      const ds = await waitForDiagnostics(uri, (d) => d[0]?.severity === vscode.DiagnosticSeverity.Error);
      assert.deepEqual(ds.map(show), ['filler 7:1-7:3 Error', 'hedge 13:69-13:76 Warning', 'hedge 13:94-13:103 Warning']);
    } finally {
      await setSetting('interviewLint.rules', undefined);
    }
    await waitForDiagnostics(uri, (d) => d[0]?.severity === vscode.DiagnosticSeverity.Information);

    // A config in the parent folder applies; a nearer one replaces it.
    const parent = await writeFile('answers/.interview-lint.jsonc', '{\n  // the whole answers folder\n  "rules": { "filler": "off" },\n}\n');
    const nearer = fileIn(uri, '.interview-lint.jsonc');
    try {
      assert.deepEqual((await waitForDiagnostics(uri, (d) => d.length === 2)).map(show), ['hedge 13:69-13:76 Warning', 'hedge 13:94-13:103 Warning']);
      await vscode.workspace.fs.writeFile(nearer, new TextEncoder().encode('{ "rules": { "hedge": "error" } }'));
      assert.deepEqual((await waitForDiagnostics(uri, (d) => d.length === 3 && d[1]?.severity === vscode.DiagnosticSeverity.Error)).map(show), [
        'filler 7:1-7:3 Information',
        'hedge 13:69-13:76 Error',
        'hedge 13:94-13:103 Error',
      ]);
      // A user setting wins over the file.
      await setSetting('interviewLint.rules', { hedge: 'info' });
      await waitForDiagnostics(uri, (d) => d.length === 3 && d[1]?.severity === vscode.DiagnosticSeverity.Information);
      await setSetting('interviewLint.rules', undefined);
      // A broken field is reported and left at its default; the rest still applies.
      await vscode.workspace.fs.writeFile(nearer, new TextEncoder().encode('{ "rules": { "hedge": "loud", "filler": "warning" } }'));
      assert.deepEqual((await waitForDiagnostics(uri, (d) => d[0]?.severity === vscode.DiagnosticSeverity.Warning && d.length === 3)).map(show), [
        'filler 7:1-7:3 Warning',
        'hedge 13:69-13:76 Warning',
        'hedge 13:94-13:103 Warning',
      ]);
      // The problem is shown once as a warning naming the file and the field.
      await screenshot('config-problem', {
        waitFor: '.notifications-center .notification-list-item',
        show: () => vscode.commands.executeCommand('notifications.showList'),
      });
      await vscode.commands.executeCommand('notifications.hideList');
    } finally {
      await setSetting('interviewLint.rules', undefined);
      // Never let cleanup hide the assertion that failed above it.
      await vscode.workspace.fs.delete(parent).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(nearer).then(undefined, () => undefined);
    }
    await waitForDiagnostics(uri, (d) => d.length === 3 && d[0]?.severity === vscode.DiagnosticSeverity.Information);
  });

  test('interviewLint.enable false clears the diagnostics', async () => {
    const uri = await copyFixture('answers/churn-model.md', 'answers/toggle-enable.md');
    await open(uri);
    await waitForDiagnostics(uri, (d) => d.length === 3);
    await setSetting('interviewLint.enable', false);
    try {
      await waitForDiagnostics(uri, (d) => d.length === 0);
    } finally {
      await setSetting('interviewLint.enable', undefined);
    }
    await waitForDiagnostics(uri, (d) => d.length === 3);
  });

  test('interviewLint.files decides which files are answers', async () => {
    const uri = await copyFixture('notes/plain.md', 'drafts/q1.md');
    await open(uri);
    await setSetting('interviewLint.files', ['drafts/**/*.md']);
    try {
      await waitForDiagnostics(uri, (d) => d.length === 1);
    } finally {
      await setSetting('interviewLint.files', undefined);
    }
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });
});

function fileIn(sibling: vscode.Uri, name: string): vscode.Uri {
  return vscode.Uri.joinPath(sibling, '..', name);
}
