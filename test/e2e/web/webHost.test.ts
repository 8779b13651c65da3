/// <reference types="mocha" />
// chai: node:assert is a Node built-in, which the web worker host does not have.
import { assert } from 'chai';
import * as vscode from 'vscode';
import { Linter } from '../../../src/core/index.js';
import { EXTENSION_ID, closeAll, fileUri, describe as show, open, readFixture, ruleOf, screenshot, waitForDiagnostics } from '../suite/helpers.js';

/** The web build (package.json "browser") in the workbench's web worker extension host. */
export function registerWebHostSuite(): void {
  suite('web extension host', () => {
    teardown(closeAll);

    test('the extension runs in a web worker of the browser workbench, without Node', async () => {
      // This module runs in the host that runs the extension under development.
      assert.strictEqual(typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope, 'function', 'a web worker global scope');
      assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node `process`');
      assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is loaded in this host`);
      await ext.activate();
      assert.strictEqual(ext.isActive, true);
      // The worker host runs on the user's side of the connection; its files come from the server.
      assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.UI);
      assert.strictEqual(ext.extensionUri.scheme, 'vscode-remote');
    });

    test('an answer file gets the engine findings with ranges, severities and messages', async () => {
      const uri = fileUri('answers/churn-model.md');
      await open(uri);
      const ds = await waitForDiagnostics(uri, (d) => d.length >= 3);
      assert.deepEqual(ds.map(show), ['filler 7:1-7:3 Information', 'hedge 13:69-13:76 Warning', 'hedge 13:94-13:103 Warning']);
      assert.strictEqual(ds[0]!.message, '"Um" is a spoken filler: leave it out of the script and pause instead.');
      assert.match(ds[1]!.message, /"I think" makes the claim sound like a guess/);
      for (const d of ds) assert.strictEqual(d.source, 'interview-lint');
      // Same rules, offsets and messages as the engine itself finds in the file.
      const doc = await vscode.workspace.openTextDocument(uri);
      const engine = new Linter()
        .lint(await readFixture('answers/churn-model.md'))
        .diagnostics.map((d) => `${d.ruleId} ${d.offsets.start}-${d.offsets.end} ${d.message}`);
      assert.deepEqual(
        ds.map((d) => `${ruleOf(d)} ${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)} ${d.message}`),
        engine,
      );

      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshot('web-problems-panel', { waitFor: '.markers-panel .monaco-list-row' });
    });
  });
}
