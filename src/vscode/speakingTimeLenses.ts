import * as vscode from 'vscode';
import { engine } from './engine.js';
import type { LintService } from './lintService.js';
import { readSettings, SECTION } from './settings.js';

/**
 * Above each answer and each STAR label of an answer file: its speaking time at the
 * configured rate against its budget, from the lint result the editor already has, and a
 * "Rehearse this answer" lens that starts the rehearsal.
 */
export class SpeakingTimeLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly service: LintService) {
    this.disposables.push(
      service.onDidLint(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.speakingTimeLenses`)) this.changed.fire();
      }),
    );
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!readSettings(doc.uri).speakingTimeLenses || !this.service.isTracked(doc)) return [];
    const result = await this.service.resultFor(doc);
    const wpm = this.service.lastResult(doc)?.wordsPerMinute;
    if (!result || wpm === undefined) return [];
    const { answerTimings, answerTimeText, partTimeText, budgetText } = engine();
    const range = (r: { start: number; end: number }): vscode.Range => new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
    const lenses: vscode.CodeLens[] = [];
    for (const t of answerTimings(result.model, wpm)) {
      const at = range(t.anchor);
      lenses.push(
        new vscode.CodeLens(at, {
          title: `${t.verdict === 'over' ? '$(warning) ' : ''}${answerTimeText(t)}`,
          tooltip: `Spoken at ${wpm} words a minute (setting interviewLint.wordsPerMinute). Budget: ${budgetText(t.budget)}.`,
          command: '',
        }),
        new vscode.CodeLens(at, {
          title: '$(play) Rehearse this answer',
          tooltip: 'Show the answer part by part at speaking pace, with a clock',
          command: 'interviewLint.rehearseAnswer',
          arguments: [doc.uri, t.answerIndex],
        }),
      );
      for (const p of t.parts) {
        if (!p.labelRange) continue;
        lenses.push(
          new vscode.CodeLens(range(p.labelRange), {
            title: `${p.verdict === 'over' ? '$(warning) ' : ''}${partTimeText(p)}`,
            tooltip: `${p.words} spoken words at ${wpm} words a minute${p.budget ? `; the ${p.budgetName ?? ''} budget is ${budgetText(p.budget)}` : ''}.`,
            command: '',
          }),
        );
      }
    }
    return lenses;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
