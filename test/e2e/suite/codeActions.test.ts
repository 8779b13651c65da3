/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Linter, applyFixes } from '../../../src/core/index.js';
import {
  closeAll,
  copyFixture,
  describe as show,
  open,
  readFixture,
  screenshot,
  setSetting,
  until,
  waitForDiagnostics,
  waitForText,
  writeFile,
} from './helpers.js';

/** The code actions interview-lint offers here (markdown's own refactorings are left out). */
async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
  // Actions come back without their diagnostics; markdown's own are refactorings, so quick fixes are ours here.
  return all.filter((a) => a.kind?.value === 'quickfix' || a.kind?.value === 'source.fixAll.interviewLint');
}

async function apply(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action?.edit, 'the action carries an edit');
  assert.equal(await vscode.workspace.applyEdit(action.edit), true);
}

suite('code actions', () => {
  teardown(closeAll);

  test('the engine fix is the preferred quick fix; applying it updates the diagnostics', async () => {
    const uri = await copyFixture('answers/churn-model.md', 'answers/quickfix.md');
    const editor = await open(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.length === 3);
    const um = ds[0]!;
    const actions = await actionsAt(uri, um.range);
    const titles = actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`);
    assert.deepEqual(titles, [
      'Remove "Um" (preferred)',
      'Fix all interview-lint problems',
      'Disable filler for this line',
      'Disable filler in this file',
      'Open rule documentation (filler)',
    ]);
    await apply(actions.find((a) => a.isPreferred));
    await waitForText(editor.document, (t) => t.includes('\nOur churn model was two years old'));
    const after = await waitForDiagnostics(uri, (d) => d.length === 2);
    assert.deepEqual(after.map(show), ['hedge 13:69-13:76 Warning', 'hedge 13:94-13:103 Warning']);
  });

  test('the hedge offers the engine suggestions, and disabling for the line inserts a comment above it', async () => {
    const uri = await copyFixture('answers/churn-model.md', 'answers/disable-line.md');
    const editor = await open(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.length === 3);
    const think = ds[1]!;
    editor.selection = new vscode.Selection(think.range.start, think.range.start);
    const actions = await actionsAt(uri, think.range);
    const titles = actions.map((a) => a.title);
    const engine = new Linter().lint(editor.document.getText()).diagnostics.find((d) => d.actual === 'I think')!;
    assert.ok((engine.suggestions ?? []).length > 0, 'the engine suggests rewrites for "I think"');
    for (const s of engine.suggestions ?? []) assert.ok(titles.includes(s.title), `${s.title} in ${titles.join(' | ')}`);
    assert.ok(titles.includes('Disable hedge for this line'), titles.join(' | '));
    assert.ok(titles.includes('Disable hedge in this file'), titles.join(' | '));
    await screenshot('quick-fix-menu', {
      waitFor: '.action-widget',
      show: async () => {
        await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
        await vscode.commands.executeCommand('editor.action.quickFix');
      },
    });
    await vscode.commands.executeCommand('hideCodeActionWidget');

    await apply(actions.find((a) => a.title === 'Disable hedge for this line'));
    const text = await waitForText(editor.document, (t) => t.includes('interview-lint-disable-next-line'));
    assert.equal(text.split('\n')[12], '<!-- interview-lint-disable-next-line hedge -->');
    const after = await waitForDiagnostics(uri, (d) => d.length === 1);
    assert.deepEqual(after.map(show), ['filler 7:1-7:3 Information']);
  });

  test('"Disable <rule> in this file" goes after the front matter', async () => {
    const uri = await copyFixture('answers/churn-model.md', 'answers/disable-file.md');
    const editor = await open(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.length === 3);
    const actions = await actionsAt(uri, ds[2]!.range);
    await apply(actions.find((a) => a.title === 'Disable hedge in this file'));
    const text = await waitForText(editor.document, (t) => t.includes('interview-lint-disable-file'));
    assert.deepEqual(text.split('\n').slice(0, 5), [
      '---',
      'type: behavioral',
      '---',
      '<!-- interview-lint-disable-file hedge -->',
      '# Tell me about a time you improved a model',
    ]);
    await waitForDiagnostics(uri, (d) => d.length === 1 && d[0]!.message.includes('filler'));
  });

  test('fix all (source.fixAll.interviewLint) applies the engine fixes as applyFixes does', async () => {
    const uri = await copyFixture('answers/churn-model.md', 'answers/fix-all.md');
    const editor = await open(uri);
    await waitForDiagnostics(uri, (d) => d.length === 3);
    const original = editor.document.getText();
    const expected = applyFixes(
      original,
      new Linter().lint(original).diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
    ).text;
    assert.notEqual(expected, original);
    const full = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await actionsAt(uri, full, 'source.fixAll.interviewLint');
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Fix all interview-lint problems'],
    );
    await apply(actions[0]);
    assert.equal(await waitForText(editor.document, (t) => t !== original), expected);
    // "I think" before the clause and "basically" go; the filler "Um" too: nothing is left.
    assert.match(expected, /and the new model is better\./);
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  test('"Fix all" in the quick-fix menu also applies what a first pass unlocks', async () => {
    // Two fillers side by side overlap; only once both are gone is "I think" the opener that can go.
    const uri = await writeFile(
      'answers/two-pass.md',
      '# Tell me about a time you shipped\n\nUm, uh, I think we shipped it. I built the pipeline myself and cut latency by 40%.\n',
    );
    const editor = await open(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.length === 3);
    const all = (await actionsAt(uri, ds[0]!.range)).find((a) => a.title === 'Fix all interview-lint problems');
    assert.ok(all?.command, 'the menu entry runs the fix-all command');
    const summary = await vscode.commands.executeCommand<string>(all.command.command, ...((all.command.arguments ?? []) as unknown[]));
    assert.equal(summary, 'Interview Lint: Fixed 3 of 3.');
    const text = await waitForText(editor.document, (t) => !t.includes('Um,'));
    assert.equal(text, '# Tell me about a time you shipped\n\nWe shipped it. I built the pipeline myself and cut latency by 40%.\n');
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  test('fix all runs from editor.codeActionsOnSave', async () => {
    const uri = await copyFixture('answers/churn-model.md', 'answers/on-save.md');
    const editor = await open(uri);
    await waitForDiagnostics(uri, (d) => d.length === 3);
    await setSetting('editor.codeActionsOnSave', { 'source.fixAll.interviewLint': 'explicit' }, 'markdown');
    try {
      // The extension host sees settings after the workbench does: once it reads the new value,
      // the save below runs with it (a save sent before it arrives runs no code actions).
      await until('the on-save setting to arrive', () =>
        vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get<Record<string, string>>('codeActionsOnSave')?.[
          'source.fixAll.interviewLint'
        ] === 'explicit'
          ? true
          : undefined,
      );
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\nUm, one more line.\n'));
      await editor.document.save();
      const text = await waitForText(editor.document, (t) => !t.includes('Um,'));
      assert.ok(text.endsWith('\nOne more line.\n'), JSON.stringify(text.slice(-40)));
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), text);
    } finally {
      await setSetting('editor.codeActionsOnSave', undefined, 'markdown');
    }
  });

  test('the fixture itself is untouched by the tests', async () => {
    assert.match(await readFixture('answers/churn-model.md'), /^Um, our churn model/m);
  });
});
