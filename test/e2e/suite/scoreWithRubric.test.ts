/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ScoreReport } from '../../../src/core/index.js';
import { EXTENSION_ID, closeAll, copyFixture, fileUri, open, screenshot, until, writeFile } from './helpers.js';

/** A workspace rubric: the pick lists it beside the shipped ones. */
const WORKSPACE_RUBRIC = `id: e2e-picked
title: "Picked from the list"
kind: answer-type
passMark: 3
criteria:
  - id: forecast
    title: Names the forecast
    weight: 1
    levels:
      - level: 1
        descriptor: No forecast.
        hint: Say what was forecast.
      - level: 2
        descriptor: Mentions a forecast.
        evidence: "forecast"
      - level: 3
        descriptor: Mentions stores.
        evidence: "stores"
      - level: 4
        descriptor: Mentions planners.
        evidence: "planners"
      - level: 5
        descriptor: Mentions stock-outs.
        evidence: "stock-outs"
`;
const RUBRIC_FILE = '.interview-lint/rubrics/e2e-picked.yaml';

/** The rubrics the report scored the answers against, with how each was chosen. */
function scoredWith(report: ScoreReport | undefined): string[] {
  return (report?.answers ?? []).flatMap((a) => a.rubrics.map((r) => `${r.id} ${r.selection.how}`));
}

function scoreTab(name: string): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === `Score: ${name}`);
}

suite('Score with rubric...', () => {
  suiteSetup(() => writeFile(RUBRIC_FILE, WORKSPACE_RUBRIC));
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(fileUri('.interview-lint'), { recursive: true });
  });
  teardown(closeAll);

  test('is in the markdown editor context menu of the installed extension', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const menus = (ext.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string }[]> } }).contributes.menus;
    assert.deepEqual(
      menus['editor/context']?.filter((m) => m.command === 'interviewLint.scoreWithRubric').map((m) => m.when),
      ['editorLangId == markdown && !editorReadonly'],
    );
  });

  test('names a workspace rubric in new front matter, scores with it, and the edit undoes', async () => {
    const uri = await copyFixture('answers/pitch.answer.md', 'answers/picked.md');
    const editor = await open(uri);
    const doc = editor.document;
    const original = doc.getText();
    assert.ok(!original.startsWith('---'), 'the fixture has no front matter');

    // The command reads the rubric files afresh: the rubric written a moment ago is offered
    // at once, whether or not the file watcher has reported it yet.
    const report = await vscode.commands.executeCommand<ScoreReport | undefined>('interviewLint.scoreWithRubric', 'e2e-picked');
    assert.ok(doc.getText().startsWith('---\nrubric: e2e-picked\n---\n\n# Tell me about yourself'), doc.getText().slice(0, 80));
    assert.deepEqual(
      scoredWith(report).filter((r) => !r.startsWith('delivery ')),
      ['e2e-picked front-matter'],
    );
    await until('the score tab', () => scoreTab('picked.md'));

    // One undo takes the front matter back out.
    await vscode.window.showTextDocument(doc, editor.viewColumn);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original);
  });

  test('replaces the rubric line of existing front matter with the shipped rubric picked', async () => {
    const text =
      '---\r\nrubric: tech-attention\r\ninterview-lint: true\r\n---\r\n' +
      (await vscode.workspace.fs.readFile(fileUri('answers/pitch.answer.md')).then((b) => new TextDecoder().decode(b)));
    const uri = await writeFile('answers/repicked.md', text.replace(/\r?\n/g, '\r\n'));
    const doc = (await open(uri)).document;
    const report = await vscode.commands.executeCommand<ScoreReport | undefined>('interviewLint.scoreWithRubric', 'elevator-pitch');
    assert.ok(doc.getText().startsWith('---\r\nrubric: elevator-pitch\r\ninterview-lint: true\r\n---\r\n'), JSON.stringify(doc.getText().slice(0, 80)));
    assert.deepEqual(
      scoredWith(report).filter((r) => !r.startsWith('delivery ')),
      ['elevator-pitch front-matter'],
    );
  });

  test('without an id offers the rubrics in a quick pick; closing it changes nothing', async () => {
    const uri = await copyFixture('answers/pitch.answer.md', 'answers/pick-closed.md');
    const doc = (await open(uri)).document;
    const original = doc.getText();
    const picked = vscode.commands.executeCommand<ScoreReport | undefined>('interviewLint.scoreWithRubric');
    await screenshot('rubric-quick-pick', { waitFor: '.quick-input-widget .quick-input-list .monaco-list-row' });
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await picked, undefined);
    assert.equal(doc.getText(), original);
    assert.equal(scoreTab('pick-closed.md'), undefined);
  });
});
