// What the score report tests read of the score page: the engine's score for a text, the
// report's tab, and what the page itself says it shows.
import * as vscode from 'vscode';
import { Linter, scoreLintResult, shippedRubrics, type ScoreReport } from '../../../src/core/index.js';
import { scoreLabel } from '../../../src/vscode/score/html.js';
import { until } from './helpers.js';

interface Shown {
  version: number;
  score: string;
  theme: string;
}

/** The part of the extension's API these tests read. */
export interface ScorePageApi {
  shownScores(uri: vscode.Uri): Shown[];
  statusBarText(): string | undefined;
}

/** The engine's score of a text, with the shipped rubrics and the default config. */
export function expectedReport(text: string): ScoreReport {
  return scoreLintResult(new Linter().lint(text), { rubrics: shippedRubrics().rubrics });
}

/** The label the page reports for the engine's score of a text ("3.40 fail"). */
export function expectedLabel(text: string): string {
  return scoreLabel(expectedReport(text));
}

export function scoreTab(name: string): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === `Score: ${name}`);
}

/** Waits until the score page itself says it shows `score` for this version of the document. */
export function pageShows(api: ScorePageApi, doc: vscode.TextDocument, score: string, timeoutMs?: number): Promise<true> {
  return until(
    `the score page to show ${score} for version ${doc.version} (it showed ${JSON.stringify(api.shownScores(doc.uri))})`,
    () => {
      const shown = api.shownScores(doc.uri).at(-1);
      return shown?.score === score && shown.version === doc.version ? true : undefined;
    },
    timeoutMs,
  );
}

/** What the test before a window reload leaves for the one after it (reloadState.ts). */
export const LEFT_FOR_RELOAD = 'score report';
export interface LeftForReload {
  /** The answer, relative to the workspace folder. */
  path: string;
  /** Its text when the window was reloaded. */
  text: string;
  /** The page's label for the answer's text before the edit, and after. */
  before: string;
  after: string;
}
