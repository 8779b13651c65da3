/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Linter, scoreLintResult, scoreToMarkdown, shippedRubrics } from '../../../src/core/index.js';
import { EXTENSION_ID, closeAll, copyFixture, open, readFixture } from './helpers.js';

function textOf(result: vscode.LanguageModelToolResult): string {
  return result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
}

async function invoke(name: string, input: object): Promise<string> {
  return textOf(await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined }));
}

suite('language model tools', () => {
  teardown(closeAll);

  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  test('the lint and score tools are registered with their names, descriptions and input schema', () => {
    const tools = vscode.lm.tools.filter((t) => t.name.startsWith('interviewLint_'));
    assert.deepEqual(tools.map((t) => t.name).sort(), ['interviewLint_lint', 'interviewLint_score']);
    for (const t of tools) {
      assert.match(t.description, /job-interview answer/);
      assert.deepEqual(Object.keys((t.inputSchema as { properties: object }).properties), ['path']);
    }
  });

  test('the lint tool returns the findings of a file named by path', async () => {
    const text = await invoke('interviewLint_lint', { path: 'answers/churn-model.md' });
    const lines = text.split('\n');
    assert.equal(lines[0], 'answers/churn-model.md: 3 problems in 1 answer.');
    assert.match(lines[1]!, /^7:1 info filler: "Um" is a spoken filler/);
    assert.match(lines[2]!, /^13:69 warning hedge: "I think" makes the claim sound like a guess/);
    assert.match(lines[3]!, /^13:94 warning hedge: "basically" /);
    assert.equal(lines.length, 4);
  });

  test('with no path the tools read the open document, unsaved edits included', async () => {
    const uri = await copyFixture('answers/pitch.answer.md', 'answers/tool-unsaved.answer.md');
    const editor = await open(uri);
    assert.equal(await invoke('interviewLint_lint', {}), 'answers/tool-unsaved.answer.md: no problems in 1 answer.');
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'I think '));
    assert.equal(editor.document.isDirty, true);
    const edited = await invoke('interviewLint_lint', {});
    assert.match(edited, /^answers\/tool-unsaved\.answer\.md: 1 problem in 1 answer\.\n3:1 warning hedge: "I think"/);
    // Back to the text on disk, so that closing the editor asks nothing.
    await editor.edit((b) => b.delete(new vscode.Range(2, 0, 2, 'I think '.length)));
    await editor.document.save();
  });

  test('the score tool returns the explained score the scorer computes', async () => {
    const text = await invoke('interviewLint_score', { path: 'answers/churn-model.md' });
    const expected = scoreToMarkdown(
      scoreLintResult(new Linter().lint(await readFixture('answers/churn-model.md')), { rubrics: shippedRubrics().rubrics }),
      'answers/churn-model.md',
    );
    assert.equal(text, expected);
    assert.match(text, /\d\.\d\d \/ 5/);
  });

  test('a path outside the workspace or not markdown is refused with the field named', async () => {
    await assert.rejects(invoke('interviewLint_lint', { path: '../../etc/passwd.md' }), /interviewLint_lint: .*field "path".*climbs out/);
    await assert.rejects(invoke('interviewLint_score', { path: '/etc/hosts' }), /field "path".*not a markdown file/);
    await assert.rejects(invoke('interviewLint_lint', { path: 'answers/missing.md' }), /answers\/missing\.md \(field "path"\) does not exist/);
  });
});
