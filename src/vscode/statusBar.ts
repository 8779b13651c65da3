import * as vscode from 'vscode';
import type { LintResult } from '../core/index.js';
import { engine } from './engine.js';
import type { LintService } from './lintService.js';

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Word count, speaking time and problem count of the answer under the cursor (the whole
 * file when it holds one answer). Clicking it scores the answer; the scorer can put its
 * result here with `setScore`.
 */
export class AnswerStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('interviewLint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly scores = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly service: LintService) {
    this.item.name = 'Interview Lint';
    this.item.command = { command: 'interviewLint.scoreAnswer', title: 'Score this answer' };
    this.disposables.push(
      service.onDidLint((e) => {
        if (e.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.update();
      }),
    );
  }

  /** Hook for the scorer: a short label such as "3.9/5 pass", shown until the text changes. */
  setScore(uri: vscode.Uri, label: string | undefined): void {
    if (label === undefined) this.scores.delete(uri.toString());
    else this.scores.set(uri.toString(), label);
    this.update();
  }

  /** What the item shows now (tests and the scorer read it). */
  get text(): string | undefined {
    return this.item.text === '' ? undefined : this.item.text;
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.service.isTracked(editor.document)) return this.item.hide();
    const last = this.service.lastResult(editor.document);
    if (!last) return this.item.hide();
    this.item.text = this.render(editor, last.result, last.stale, last.wordsPerMinute);
    this.item.show();
  }

  private render(editor: vscode.TextEditor, result: LintResult, stale: boolean, wpm: number): string {
    const answers = result.model.answers.filter((a) => a.kind === 'answer');
    const offset = editor.document.offsetAt(editor.selection.active);
    const here = answers.length > 1 ? answers.find((a) => offset >= a.range.start && offset <= a.range.end) : undefined;
    const words = here ? here.wordCount : answers.reduce((n, a) => n + a.wordCount, 0);
    const problems = here ? result.diagnostics.filter((d) => d.answerIndex === here.index).length : result.diagnostics.length;
    const which = here ? `Answer ${answers.indexOf(here) + 1}/${answers.length}: ` : '';
    const { speakingSeconds } = engine();
    const score = this.scores.get(editor.document.uri.toString());
    this.item.tooltip = new vscode.MarkdownString(
      `**Interview Lint**${stale ? ' (updating)' : ''}\n\n` +
        `${words} spoken words take about ${clock(speakingSeconds(words, wpm))} at ${wpm} words a minute ` +
        '(`wordsPerMinute` in settings or `.interview-lint.jsonc`).\n\n' +
        `${problems} problem${problems === 1 ? '' : 's'}. Click to score this answer.`,
    );
    return `$(mic) ${which}${words} words · ${clock(speakingSeconds(words, wpm))} · $(warning) ${problems}${score ? ` · ${score}` : ''}`;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
