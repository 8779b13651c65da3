import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Linter, scoreLintResult, shippedRubrics, type ScoreReport } from '../../../src/core/index.js';
import { EXTENSION_ID, fileUri, open, readFixture } from './helpers.js';

async function until<T>(what: string, probe: () => T | undefined, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

suite('Score this answer', () => {
  test("opens the score beside the editor with the engine's score and puts it in the status bar", async () => {
    const ext = vscode.extensions.getExtension<{ statusBarText(): string | undefined }>(EXTENSION_ID)!;
    const uri = fileUri('answers/pitch.answer.md');
    await open(uri);
    const expected = scoreLintResult(new Linter().lint(await readFixture('answers/pitch.answer.md')), { rubrics: shippedRubrics().rubrics });
    const report = await vscode.commands.executeCommand<ScoreReport>('interviewLint.scoreAnswer');
    const summary = (r: ScoreReport): unknown => ({
      score: r.score,
      pass: r.pass,
      rubrics: r.answers.flatMap((a) => a.rubrics.map((x) => `${x.id} ${x.score} ${x.criteria.map((c) => c.level ?? '-').join('')}`)),
    });
    assert.deepEqual(summary(report), summary(expected));
    const tab = await until('the score webview', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Score: pitch.answer.md'),
    );
    assert.notEqual(tab.group.viewColumn, vscode.window.activeTextEditor?.viewColumn, 'the score opens beside the editor');
    const label = `Score ${expected.score.toFixed(2)}/5 ${expected.pass ? '✓' : '✗'}`;
    await until('the score in the status bar', () => (ext.exports.statusBarText()?.endsWith(` · ${label}`) ? true : undefined));
  });
});
