/// <reference types="mocha" />
// Runs in the extension host that the window reload started (index.ts), on what
// scoreReport.beforeReload.ts left open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { scoreLabel, statusLabel } from '../../../src/vscode/score/html.js';
import { EXTENSION_ID, closeAll, fileUri, screenshot, until, webviewElements, type WebviewElement } from './helpers.js';
import { readReloadState } from './reloadState.js';
import { LEFT_FOR_RELOAD, expectedReport, pageShows, scoreTab, type LeftForReload, type ScorePageApi } from './scorePage.js';

// The new extension host starts, reads the workspace and activates the extension while the
// workbench restores its editors: on a busy machine that takes several seconds.
const RESTORE_MS = 45_000;

function attribute(e: WebviewElement, name: string): string {
  const v = e.attributes[name];
  if (v === undefined) throw new Error(`the page's element has no ${name}: ${JSON.stringify(e)}`);
  return v;
}

suite('the score report after a window reload', () => {
  teardown(closeAll);

  test('after the reload: the restored report shows the score of the current text', async () => {
    const left = readReloadState()?.[LEFT_FOR_RELOAD] as LeftForReload | undefined;
    assert.ok(left, 'the run before the reload left its answer');
    const uri = fileUri(left.path);
    const name = left.path.split('/').at(-1)!;

    // Not activated by the test: the restored page and answer have to bring the extension up.
    const ext = vscode.extensions.getExtension<ScorePageApi>(EXTENSION_ID)!;
    const api = await until('the extension to be activated by the restored editors', () => (ext.isActive ? ext.exports : undefined), RESTORE_MS);
    await until(`the restored tab "Score: ${name}"`, () => scoreTab(name), RESTORE_MS);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText(), left.text, 'the answer is the text the window was reloaded with');

    // The page shows the engine's score of the document's current text (not of the text before the edit).
    const report = expectedReport(doc.getText());
    assert.equal(scoreLabel(report), left.after);
    assert.notEqual(scoreLabel(report), left.before);
    await pageShows(api, doc, scoreLabel(report), RESTORE_MS);

    // What the page holds, read from the page: it is of this version, and every link's offsets are in this text.
    const root = `main#root[data-uri="${uri.toString()}"]`;
    const [shown] = await until('the score page in the workbench', async () => {
      const found = await webviewElements(root);
      return found?.length === 1 ? found : undefined;
    });
    assert.equal(attribute(shown!, 'data-version'), String(doc.version));
    assert.equal(attribute(shown!, 'data-score'), scoreLabel(report));
    const text = doc.getText();
    const links = (await webviewElements(`${root} a.jump`)) ?? [];
    const evidence = (await webviewElements(`${root} ul.evidence a.jump`)) ?? [];
    assert.ok(evidence.length > 0, 'the report quotes evidence');
    for (const link of links) {
      const start = Number(attribute(link, 'data-start'));
      const end = Number(attribute(link, 'data-end'));
      assert.ok(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length, `${start}-${end} lies in the text`);
    }
    assert.deepEqual(
      evidence.map((e) => text.slice(Number(attribute(e, 'data-start')), Number(attribute(e, 'data-end')))),
      evidence.map((e) => e.text),
      'each quote is the text at its offsets',
    );

    // The status bar, on the answer's editor, agrees with the page.
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    await vscode.window.showTextDocument(doc, { viewColumn: editor?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    await until(`the status bar to end with ${statusLabel(report)} (it shows ${api.statusBarText()})`, () =>
      api.statusBarText()?.endsWith(` · ${statusLabel(report)}`) ? true : undefined,
    );
    await screenshot('score-report-after-reload', { waitFor: 'iframe.webview.ready' });
  });
});
