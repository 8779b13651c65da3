/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll, copyFixture, fileUri, open, screenshot, setSetting, until } from './helpers.js';

interface Api {
  rehearsalProgress(): { uri: string; answerIndex: number; parts: string[]; done?: string; over?: string[] } | undefined;
}

/** Each lens as `title @ line:col-line:col` (1-based, as the editor shows). */
function show(lens: vscode.CodeLens): string {
  const r = lens.range;
  return `${lens.command?.title ?? '(unresolved)'} @ ${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

async function lensesOf(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

/** Our lenses once the file has been linted (other providers' lenses, if any, are left out). */
function ours(lenses: vscode.CodeLens[]): vscode.CodeLens[] {
  return lenses.filter((l) =>
    /^(\$\(warning\) )?(Answer|Pitch|Situation|Task|Action|Result|Learning) \d+:\d\d|Rehearse this answer/.test(l.command?.title ?? ''),
  );
}

const FORECAST_LENSES = [
  '$(warning) Answer 2:10 · 325 words · over the 1-2 min budget @ 1:1-1:49',
  '$(play) Rehearse this answer @ 1:1-1:49',
  'Situation 0:10 · under the 15-20 s budget @ 3:1-3:15',
  'Task 0:07 · under the 10-15 s budget @ 5:1-5:10',
  '$(warning) Action 1:36 · over the 60-90 s budget @ 7:1-7:12',
  'Result 0:11 · under the 20-30 s budget @ 9:1-9:12',
  'Learning 0:06 @ 11:1-11:14',
];

suite('speaking-time lenses and rehearsal', () => {
  teardown(closeAll);

  test('each answer and STAR label shows its speaking time against its budget, over-budget parts marked', async () => {
    const uri = fileUri('answers/demand-forecast.md');
    await open(uri);
    const lenses = await until('the lenses of demand-forecast.md', async () => {
      const ls = ours(await lensesOf(uri));
      return ls.length === FORECAST_LENSES.length ? ls : undefined;
    });
    assert.deepEqual(lenses.map(show), FORECAST_LENSES);
    const rehearse = lenses[1]!.command!;
    assert.equal(rehearse.command, 'interviewLint.rehearseAnswer');
    assert.equal((rehearse.arguments?.[0] as vscode.Uri).toString(), uri.toString());
    await screenshot('code-lenses', { waitFor: '.monaco-editor .codelens-decoration' });
  });

  test('the lenses follow the speaking rate and the setting turns them off', async () => {
    const uri = await copyFixture('answers/demand-forecast.md', 'answers/lens-setting.md');
    await open(uri);
    await until('the lenses', async () => (ours(await lensesOf(uri)).length === FORECAST_LENSES.length ? true : undefined));
    await setSetting('interviewLint.wordsPerMinute', 200);
    try {
      const action = await until('the Action lens at 200 words a minute', async () =>
        ours(await lensesOf(uri))
          .map(show)
          .find((t) => t.startsWith('Action 1:12')),
      );
      assert.equal(action, 'Action 1:12 · within the 60-90 s budget @ 7:1-7:12');
    } finally {
      await setSetting('interviewLint.wordsPerMinute', undefined);
    }
    await setSetting('interviewLint.speakingTimeLenses', false);
    try {
      await until('no lenses with the setting off', async () => (ours(await lensesOf(uri)).length === 0 ? true : undefined));
    } finally {
      await setSetting('interviewLint.speakingTimeLenses', undefined);
    }
    await until('the lenses back', async () => (ours(await lensesOf(uri)).length === FORECAST_LENSES.length ? true : undefined));
  });

  test('a markdown file that is not an answer gets no lenses', async () => {
    const uri = fileUri('README.md');
    await open(uri);
    // The README is never linted, so there is no lint event to wait for: ask a few times.
    for (let i = 0; i < 5; i++) assert.deepEqual(ours(await lensesOf(uri)).map(show), []);
  });

  test('"Rehearse this answer" shows the answer part by part and ends on the total against the budget', async () => {
    const api = await vscode.extensions.getExtension<Api>(EXTENSION_ID)!.activate();
    const uri = fileUri('answers/demand-forecast.md');
    const editor = await open(uri);
    const before = editor.document.getText();
    const version = editor.document.version;
    // 40 seconds of speech per second: the 2:10 answer takes about 3 s.
    const started = await vscode.commands.executeCommand<{ answerIndex: number; seconds: number }>('interviewLint.rehearseAnswer', uri, 0, { speed: 40 });
    assert.deepEqual(started, { answerIndex: 0, seconds: 130 });
    await until('the rehearsal tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Rehearse: demand-forecast.md'),
    );
    const done = await until('the rehearsal to end', () => {
      const p = api.rehearsalProgress();
      return p?.uri === uri.toString() && p.done ? p : undefined;
    });
    assert.deepEqual(done.parts, ['Situation', 'Task', 'Action', 'Result', 'Learning']);
    assert.equal(done.done, 'Total 2:10 · 325 words · over the 1-2 min budget');
    assert.deepEqual(done.over, ['Action']);
    await screenshot('rehearse', { waitFor: 'iframe.webview.ready' });
    assert.equal(editor.document.getText(), before, 'the rehearsal leaves the answer as it was');
    assert.equal(editor.document.version, version);
  });
});
