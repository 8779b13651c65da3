/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll, copyFixture, mine, open, readFixture, setSetting, waitForDiagnostics, writeFile } from './helpers.js';

suite('large files', () => {
  teardown(closeAll);

  test('a 10 MB answer is not linted as you type and the editor keeps answering', async () => {
    const paragraph = 'Um, I think the model was kind of better, and we basically shipped it to production last spring.\n\n';
    const big = `# Tell me about a time you shipped a model\n\n${paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length))}`;
    assert.ok(big.length >= 10 * 1024 * 1024);
    const uri = await writeFile('answers/huge.md', big);
    const t0 = Date.now();
    await open(uri);
    const opened = Date.now() - t0;
    // While the big file is open, a small answer still gets its diagnostics and commands answer quickly.
    const small = await copyFixture('answers/churn-model.md', 'answers/next-to-huge.md');
    await open(small);
    await waitForDiagnostics(small, (d) => d.length === 3);
    const t1 = Date.now();
    await vscode.commands.executeCommand('interviewLint.insertTemplate', 'no such template');
    const commandMs = Date.now() - t1;
    console.log(`[measure] open 10 MB answer ${opened} ms; a command round trip with it open ${commandMs} ms`);
    assert.ok(commandMs < 1000, `command took ${commandMs} ms`);
    assert.deepEqual(mine(uri), []);
    const ext = vscode.extensions.getExtension<{ statusBarText(): string | undefined }>(EXTENSION_ID)!;
    assert.match(ext.exports.statusBarText() ?? '', /words/);
  });

  test('"Lint this file now" lints a file over the size limit on demand', async () => {
    await setSetting('interviewLint.maxFileSizeKB', 1);
    try {
      // A comment is not the candidate's words: it makes the file large without adding findings.
      const padding = `<!--\n${'notes that push the file over one kilobyte\n'.repeat(30)}-->\n`;
      const uri = await writeFile('answers/over-limit.md', `${await readFixture('answers/churn-model.md')}\n${padding}`);
      await open(uri);
      // Open a small answer after it: once that one has findings, the big one was decided (and skipped).
      const small = await copyFixture('notes/marked.md', 'notes/after-over-limit.md');
      await open(small);
      await waitForDiagnostics(small, (d) => d.length === 1);
      assert.deepEqual(mine(uri), []);
      await open(uri);
      const count = await vscode.commands.executeCommand<number>('interviewLint.lintFileNow');
      assert.equal(count, 3);
      await waitForDiagnostics(uri, (d) => d.length === 3);
    } finally {
      await setSetting('interviewLint.maxFileSizeKB', undefined);
    }
  });
});
