import * as vscode from 'vscode';
import { fileNameOf, newNonce } from '../pure/webviewPage.js';
import type { AnswerTiming } from '../../core/index.js';
import { engine } from '../engine.js';
import type { LintService } from '../lintService.js';
import { renderRehearsalHtml } from './html.js';

const VIEW_TYPE = 'interviewLint.rehearse';
/** Faster than this and a part would flash by within one tick of the page's clock. */
const MAX_SPEED = 200;

/** What the rehearsal page reported: the parts it reached, in order, and the total it ended on. */
export interface RehearsalProgress {
  uri: string;
  answerIndex: number;
  parts: string[];
  /** The total the page showed at the end ("Total 2:10 · 325 words · over the 1-2 min budget"). */
  done?: string;
  /** Labels of the parts that ran past their budget. */
  over?: string[];
}

export interface RehearseOptions {
  /** Seconds of speech per second of clock; 1 (the default) is a real rehearsal. */
  speed?: number;
}

let progress: RehearsalProgress | undefined;

/** What the rehearsal page last reported (the end-to-end tests read it). */
export function rehearsalProgress(): RehearsalProgress | undefined {
  return progress;
}

/** The answer asked for, else the one under the cursor, else the first. */
function pickAnswer(timings: AnswerTiming[], doc: vscode.TextDocument, answerIndex: number | undefined): AnswerTiming | undefined {
  if (answerIndex !== undefined) return timings.find((t) => t.answerIndex === answerIndex);
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.uri.toString() === doc.uri.toString() && timings.length > 1) {
    const offset = doc.offsetAt(editor.selection.active);
    const here = [...timings].reverse().find((t) => t.anchor.start <= offset);
    if (here) return here;
  }
  return timings[0];
}

type PageMessage = { type?: string; index?: number; label?: string; total?: string; over?: unknown };

/**
 * "Rehearse this answer": shows the answer part by part at speaking pace beside the editor,
 * with a clock, and ends on the total against the budget. It reads the lint result only; the
 * document is never touched.
 */
export function registerRehearseCommand(context: vscode.ExtensionContext, service: LintService): void {
  let panel: vscode.WebviewPanel | undefined;

  const onMessage = (m: PageMessage): void => {
    if (!progress) return;
    if (m.type === 'part' && typeof m.label === 'string') progress.parts.push(m.label);
    else if (m.type === 'restart') progress = { uri: progress.uri, answerIndex: progress.answerIndex, parts: [] };
    else if (m.type === 'done' && typeof m.total === 'string') {
      progress.done = m.total;
      progress.over = Array.isArray(m.over) ? (m.over as unknown[]).filter((x): x is string => typeof x === 'string') : [];
    }
  };

  const rehearse = async (uri?: vscode.Uri, answerIndex?: number, options?: RehearseOptions): Promise<{ answerIndex: number; seconds: number } | undefined> => {
    const doc =
      uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri).then(undefined, () => undefined) : vscode.window.activeTextEditor?.document;
    const result = doc ? await service.resultFor(doc) : undefined;
    const wpm = doc ? service.lastResult(doc)?.wordsPerMinute : undefined;
    if (!doc || !result || wpm === undefined) {
      void vscode.window.showInformationMessage('Open an interview answer file to rehearse it.');
      return undefined;
    }
    const { answerTimings, clock, budgetText, partTimeText, answerTimeText } = engine();
    const timing = pickAnswer(answerTimings(result.model, wpm), doc, typeof answerIndex === 'number' ? answerIndex : undefined);
    if (!timing) {
      void vscode.window.showInformationMessage(`${fileNameOf(doc.uri)} has no answer to rehearse.`);
      return undefined;
    }
    const speed = typeof options?.speed === 'number' && options.speed > 0 ? Math.min(options.speed, MAX_SPEED) : 1;
    if (!panel) {
      panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        'Rehearse',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        // The clock keeps running while the tab is hidden, as it would in the room.
        { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true },
      );
      const opened = panel;
      opened.webview.onDidReceiveMessage((m: PageMessage) => onMessage(m));
      opened.onDidDispose(() => {
        if (panel === opened) panel = undefined;
      });
    } else panel.reveal(vscode.ViewColumn.Beside, true);
    panel.title = `Rehearse: ${fileNameOf(doc.uri)}`;
    progress = { uri: doc.uri.toString(), answerIndex: timing.answerIndex, parts: [] };
    panel.webview.html = renderRehearsalHtml({
      timing,
      fileName: fileNameOf(doc.uri),
      texts: { clock, budgetText, partTimeText, answerTimeText },
      nonce: newNonce(),
      cspSource: panel.webview.cspSource,
      speed,
    });
    return { answerIndex: timing.answerIndex, seconds: timing.seconds };
  };

  context.subscriptions.push(vscode.commands.registerCommand('interviewLint.rehearseAnswer', rehearse), {
    dispose: () => {
      panel?.dispose();
    },
  });
}
