/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Linter } from '../../../src/core/index.js';
import {
  EXTENSION_ID,
  closeAll,
  copyFixture,
  describe as show,
  fileUri,
  mine,
  open,
  readFixture,
  ruleOf,
  screenshot,
  setSetting,
  until,
  waitForDiagnostics,
} from './helpers.js';

suite('diagnostics', () => {
  teardown(closeAll);

  test('the extension activates within 50 ms and registers every contributed command', async () => {
    const ext = vscode.extensions.getExtension<{ activationMs: number; activationCpuMs: number | undefined; loadMs: number | undefined }>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const t0 = performance.now();
    const api = await ext.activate();
    const loadAndActivate = performance.now() - t0;
    console.log(
      `[measure] activate() ${api.activationMs.toFixed(1)} ms wall, ${api.activationCpuMs?.toFixed(1) ?? 'n/a'} ms CPU; bundle load ${api.loadMs?.toFixed(1) ?? 'n/a'} ms; ext.activate() as seen by the test ${loadAndActivate.toFixed(1)} ms; extension at ${ext.extensionPath}`,
    );
    // The budget is on the work activation does (CPU time); wall time is reported and swings with the machine's load.
    const cost = api.activationCpuMs ?? api.activationMs;
    assert.ok(cost <= 50, `activate() cost ${cost} ms`);
    // Loading the bundle is reported, not asserted: it swings with the machine's load. The engine
    // is kept out of it (loaded on the first lint), which a unit test guards.
    // VS Code's own view of it (load + activate), for a person to read.
    await screenshot('running-extensions', {
      waitFor: '.runtime-extensions-editor .monaco-list-row',
      show: () => vscode.commands.executeCommand('workbench.action.showRuntimeExtensions'),
    });
    const all = new Set(await vscode.commands.getCommands(true));
    const contributed = (ext.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    assert.deepEqual(
      contributed.filter((c) => !all.has(c)),
      [],
    );
  });

  test('an answer file gets the engine findings with ranges, severities, source and docs links', async () => {
    const uri = fileUri('answers/churn-model.md');
    await open(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.length >= 3);
    assert.deepEqual(ds.map(show), ['filler 7:1-7:3 Information', 'hedge 13:69-13:76 Warning', 'hedge 13:94-13:103 Warning']);
    for (const d of ds) {
      assert.equal(d.source, 'interview-lint');
      assert.ok(typeof d.code === 'object' && d.code !== null);
      // The page shipped with the extension, not a web address.
      assert.equal(
        d.code.target.toString(),
        vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'docs', 'rules', `${ruleOf(d)}.md`).toString(),
      );
    }
    assert.match(ds[1]!.message, /"I think" makes the claim sound like a guess/);
    // The adapter shows exactly what the engine finds: same rules, offsets and messages.
    const text = await readFixture('answers/churn-model.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const engine = new Linter().lint(text).diagnostics.map((d) => `${d.ruleId} ${d.offsets.start}-${d.offsets.end} ${d.message}`);
    assert.deepEqual(
      ds.map((d) => `${ruleOf(d)} ${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)} ${d.message}`),
      engine,
    );

    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('problems-panel', { waitFor: '.markers-panel .monaco-list-row' });
  });

  test('a README and plain markdown get no diagnostics; front matter opts a file in', async () => {
    const readme = fileUri('README.md');
    const plain = fileUri('notes/plain.md');
    await open(readme);
    await open(plain);
    // The marked file is opened last: once its findings arrive, the earlier two were decided.
    const marked = fileUri('notes/marked.md');
    await open(marked);
    assert.deepEqual((await waitForDiagnostics(marked, (d) => d.length > 0)).map(show), ['filler 6:1-6:3 Information']);
    assert.deepEqual(mine(readme), []);
    assert.deepEqual(mine(plain), []);
  });

  test('"Lint this file as an interview answer" turns a plain file on, and off again', async () => {
    const uri = await copyFixture('notes/plain.md', 'notes/plain-enabled.md');
    await open(uri);
    assert.equal(await vscode.commands.executeCommand('interviewLint.enableForFile'), true);
    assert.deepEqual((await waitForDiagnostics(uri, (d) => d.length > 0)).map(show), ['filler 3:1-3:3 Information']);
    await vscode.commands.executeCommand('interviewLint.disableForFile');
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  test('diagnostics follow typing and drop stale results; closing clears them', async () => {
    const uri = await copyFixture('answers/churn-model.md', 'answers/typing.md');
    const editor = await open(uri);
    await waitForDiagnostics(uri, (d) => d.length === 3);
    // Many quick edits: the result must match the final text, not an intermediate one.
    const line = editor.document.lineAt(9);
    for (const ch of 'Uh, ') assert.equal(await editor.edit((b) => b.insert(line.range.start.translate(0, 'Uh, '.indexOf(ch)), ch)), true);
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => x.range.start.line === 9));
    assert.deepEqual(ds.filter((d) => d.range.start.line === 9).map(show), ['filler 10:1-10:3 Information']);
    assert.equal(await editor.edit((b) => b.delete(new vscode.Range(9, 0, 9, 4))), true);
    await waitForDiagnostics(uri, (d) => d.length === 3);
    await editor.document.save();
    await closeAll();
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  test('the status bar shows words, speaking time and problems, and follows the words-per-minute setting', async () => {
    const ext = vscode.extensions.getExtension<{ statusBarText(): string | undefined }>(EXTENSION_ID)!;
    const uri = fileUri('answers/pitch.answer.md');
    await open(uri);
    const words = new Linter().lint(await readFixture('answers/pitch.answer.md')).model.answers.reduce((n, a) => n + a.wordCount, 0);
    assert.equal(words, 83);
    const text = await until('the status bar', () => ext.exports.statusBarText());
    assert.match(text, /^\$\(mic\) 83 words · 0:33 · \$\(warning\) 0$/);
    await setSetting('interviewLint.wordsPerMinute', 100);
    try {
      await until('the status bar at 100 wpm', () => (/ 0:50 /.test(ext.exports.statusBarText() ?? '') ? true : undefined));
    } finally {
      await setSetting('interviewLint.wordsPerMinute', undefined);
    }
    // "Score this answer" (the status bar's click) is registered and answers.
    await vscode.commands.executeCommand('interviewLint.scoreAnswer');
  });

  test('"Lint workspace answers" lints closed answer files and leaves the README alone', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; problems: number }>('interviewLint.lintWorkspace');
    assert.ok(summary.files >= 3, `linted ${summary.files} files`);
    assert.deepEqual(mine(fileUri('answers/churn-model.md')).map(show), [
      'filler 7:1-7:3 Information',
      'hedge 13:69-13:76 Warning',
      'hedge 13:94-13:103 Warning',
    ]);
    assert.deepEqual(mine(fileUri('README.md')), []);
  });
});
