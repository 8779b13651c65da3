/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { Linter, scoreLintResult, shippedRubrics } from '../../../src/core/index.js';
import type { BankNode } from '../../../src/vscode/pure/bankTree.js';
import { EXTENSION_ID, click, closeAll, fileUri, open, screenshot, until, writeFile } from './helpers.js';

interface StoryBankApi {
  storyBank: { getChildren(node?: BankNode): Promise<BankNode[]>; getTreeItem(node: BankNode): vscode.TreeItem; readonly roots: readonly BankNode[] };
  /** What each score page reported it shows, oldest first. */
  shownScores(uri: vscode.Uri): { version: number; score: string; progress?: string }[];
}

const FOLDER = 'answers/story-bank-e2e';
// The repository root, from out/e2e/suite where the bundled tests run.
const ROOT = join(__dirname, '..', '..', '..');
// Real answers written by other people (test/real), each under the question it was asked.
const DRAFTS = readdirSync(join(ROOT, 'test/real/dev'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .slice(0, 22);
// Three drafts say which competency they are for, as a candidate does in front matter.
const RUBRIC_OF: Record<string, string> = {
  'r1-06-demand-forecast-ignored.md': 'time-series-forecasting',
  'r1-20-pricing-model-pilot.md': 'business-insight-communication',
  'r1-23-latency-budget-we.md': 'database-data-pipelines',
};

function draftText(name: string): string {
  const source = readFileSync(join(ROOT, 'test/real/dev', name), 'utf8');
  const asked = /^\s+asked:\s*"(.*)"\s*$/m.exec(source)![1]!.replace(/\\"/g, '"');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
  const front = RUBRIC_OF[name] ? `---\nrubric: ${RUBRIC_OF[name]}\n---\n\n` : '';
  return `${front}# ${asked}\n\n${body}\n`;
}

/** What the view must show for a file: the engine's own score and finding count. */
function expectedDescription(text: string): string {
  const result = new Linter().lint(text);
  const [a] = scoreLintResult(result, { rubrics: shippedRubrics().rubrics }).answers;
  const n = result.diagnostics.length;
  // An answer with no question heading (many real ones) has none to show.
  return `${a!.score.toFixed(2)} ${a!.pass ? 'pass' : 'fail'} · ${n} problem${n === 1 ? '' : 's'}${a!.question ? ` · ${a!.question}` : ''}`;
}

function child(nodes: readonly BankNode[] | undefined, id: string): BankNode | undefined {
  return nodes?.find((n) => n.id === id);
}

suite('Story bank view', () => {
  let api: StoryBankApi;
  const texts = new Map<string, string>();

  // A file of one answer is that answer's node; a story bank file holds its answers.
  const fileNode = (name: string): BankNode | undefined => {
    const uri = fileUri(`${FOLDER}/${name}`).toString();
    return child(api.storyBank.roots, 'files')?.children.find((n) => n.id === `files/${uri}` || (n.id.startsWith('files/') && n.answer?.file === uri));
  };

  suiteSetup(async () => {
    api = await vscode.extensions.getExtension<StoryBankApi>(EXTENSION_ID)!.activate();
    for (const name of DRAFTS) {
      texts.set(name, draftText(name));
      await writeFile(`${FOLDER}/${name}`, texts.get(name)!);
    }
    const bank = readFileSync(join(ROOT, 'test/fixtures/bank/prep-bank.md'), 'utf8');
    texts.set('prep-bank.md', bank);
    await writeFile(`${FOLDER}/prep-bank.md`, bank);
    await vscode.commands.executeCommand('interviewLint.storyBank.focus');
    await api.storyBank.getChildren();
    await until('all 23 answer files in the view', () => (DRAFTS.every((n) => fileNode(n)) && fileNode('prep-bank.md') ? true : undefined), 30_000);
  });

  suiteTeardown(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(fileUri(FOLDER), { recursive: true, useTrash: false });
  });

  test('lists every answer with the score, pass and problem count the engine gives', async () => {
    for (const name of DRAFTS) {
      const node = fileNode(name)!;
      assert.equal(node.label, name);
      assert.equal(node.description, expectedDescription(texts.get(name)!), name);
      const item = api.storyBank.getTreeItem(node);
      assert.equal(item.label, name);
      assert.equal(item.command?.command, 'interviewLint.storyBank.openAnswer');
    }
    const bank = fileNode('prep-bank.md')!;
    assert.equal(bank.description, '4 answers, 1 passing');
    assert.deepEqual(
      bank.children.map((n) => n.label),
      [
        'Tell me about a time you failed',
        'How do you handle missing data?',
        'Q3: Can you walk me through your most impactful ML project?',
        'Describe a time you failed',
      ],
    );
  });

  test('groups the answers by competency and by question, and shows the gaps', async () => {
    const roots = await api.storyBank.getChildren();
    const forecasting = child(child(roots, 'competencies')!.children, 'competencies/time-series-forecasting')!;
    assert.equal(forecasting.label, 'Time Series Forecasting');
    assert.ok(forecasting.children.some((n) => n.label === 'r1-06-demand-forecast-ignored.md'));
    const failed = child(child(roots, 'questions')!.children, 'questions/question:a-time-you-failed')!;
    // "Tell me about a time when you failed." is the prepared question; "Describe a time you failed" is not.
    assert.deepEqual(
      failed.children.map((n) => n.label),
      ['prep-bank.md #1', 'r1-02-failure-pipeline-delay.md', 'r1-34-overpromised-timeline.md'],
    );
    const gaps = child(roots, 'gaps')!;
    assert.match(gaps.label, /^Gaps \(\d+\)$/);
    assert.ok(gaps.children.some((n) => n.label === 'no story for Python data libraries'));
    const python = child(child(roots, 'competencies')!.children, 'competencies/python-data-libraries')!;
    assert.equal(python.description, 'gap: no answer');
    // Wide enough for the gap sentences to show whole. The view-width commands resize the editor
    // group here (the page keeps focus in the editor): narrowing it widens the side bar.
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    for (let i = 0; i < 8; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    await screenshot('story-bank', {
      waitFor: '.monaco-list-row[aria-label*="By competency"]',
      show: () => vscode.commands.executeCommand('interviewLint.storyBank.focus'),
    });
  });

  test('a click opens the answer at its heading', async () => {
    const third = fileNode('prep-bank.md')!.children[2]!;
    const target = fileUri(`${FOLDER}/prep-bank.md`).toString();
    const item = api.storyBank.getTreeItem(third);
    // A real click on the row under the runner that drives the page; the item's command elsewhere.
    await vscode.commands.executeCommand('interviewLint.storyBank.focus');
    const row = (label: string): string => `.monaco-list-row[aria-label*="${label}"]`;
    const clicked =
      (await click(row('All answers')).catch(() => false)) &&
      (await click(row('prep-bank.md')).catch(() => false)) &&
      (await click(row('Q3: Can you walk me through your most impactful ML project?')).catch(() => false));
    if (!clicked) await vscode.commands.executeCommand(item.command!.command, ...((item.command!.arguments ?? []) as unknown[]));
    const editor = await until('the bank file in the editor', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === target && vscode.window.activeTextEditor.selection.start.line === 16
        ? vscode.window.activeTextEditor
        : undefined,
    );
    assert.equal(editor.document.lineAt(editor.selection.start.line).text, '## Q3: Can you walk me through your most impactful ML project?');
  });

  test('an edit updates the answer in the view', async () => {
    const name = 'r1-13-mobilenet-convinced-team.md';
    const uri = fileUri(`${FOLDER}/${name}`);
    const editor = await open(uri);
    const before = fileNode(name)!.description!;
    const line = editor.document.lineCount - 1;
    await editor.edit((b) => b.insert(new vscode.Position(line, editor.document.lineAt(line).text.length), ' I think it was kind of basically fine, I guess.'));
    const after = expectedDescription(editor.document.getText());
    assert.notEqual(after, before);
    const t0 = Date.now();
    await until(`the view to show "${after}"`, () => (fileNode(name)?.description === after ? true : undefined));
    console.log(`[measure] story bank updated ${Date.now() - t0} ms after an edit`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a second draft saved to disk shows what changed since the first', async () => {
    const name = 'drafts-failure.md';
    const first =
      '# Tell me about a time you failed\n\nI think I kind of underestimated the data cleaning on a churn dashboard, and I guess it basically ' +
      'shipped late. Maybe the estimate was just a bit optimistic. In the end the dashboard improved retention a lot.\n';
    const second =
      '# Tell me about a time you failed\n\nI underestimated the data cleaning on a churn dashboard by two weeks, so it shipped late. I rebuilt ' +
      'the plan with a cleaning estimate per source and flagged the risk in the first status update; the next dashboard shipped on the day I ' +
      'promised, and the team used it to cut the campaign list by 30%.\n';
    await writeFile(`${FOLDER}/${name}`, first);
    await until('the first draft in the view', () => fileNode(name));
    await writeFile(`${FOLDER}/${name}`, second);
    const node = await until('the second draft with its progress', () => {
      const n = fileNode(name);
      return n?.tooltip?.includes('Since the last draft:') ? n : undefined;
    });
    const hedges = new Linter().lint(first).diagnostics.filter((d) => d.ruleId === 'hedge').length;
    // The second draft crosses the pass mark: its 30% cut is a result measured against its baseline.
    assert.match(node.tooltip!, new RegExp(`\\nSince the last draft: \\+\\d\\.\\d\\d: it now passes, hedges ${hedges} -> 0, the result now has a number\\n`));
    assert.match(node.description!, / · \+\d\.\d\d · Tell me about a time you failed$/);

    // The score report of the answer says the same under its score.
    const doc = (await open(fileUri(`${FOLDER}/${name}`))).document;
    await vscode.commands.executeCommand('interviewLint.scoreAnswer');
    const shown = await until('the score page to show the progress', () => api.shownScores(doc.uri).find((s) => s.progress !== undefined));
    assert.match(
      shown.progress!,
      new RegExp(
        `^Since the last saved draft: \\+\\d\\.\\d\\d: it now passes, hedges ${hedges} -> 0, the result now has a number\\. Drafts: \\d\\.\\d\\d -> \\d\\.\\d\\d\\.$`,
      ),
    );
    await screenshot('score-report-progress', { waitFor: 'iframe.webview.ready' });
  });
});
