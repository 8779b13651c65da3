import * as vscode from 'vscode';
import type { AnswerScope } from './answerScope.js';
import { engine } from './engine.js';
import { looksLikeAnswer } from './pure/looksLikeAnswer.js';
import { readSettings } from './settings.js';

const NEVER_KEY = 'interviewLint.neverOfferAnswers';
export const OFFER_MESSAGE = 'This file looks like an interview answer. Lint it as one?';
export const ACCEPT = 'Lint as an answer';
const NOT_NOW = 'Not now';
const NEVER = "Don't ask again for this workspace";

/**
 * The way in for a draft outside the answer folders: a markdown file that reads like an
 * answer (STAR labels, an interviewer's prompt as its heading) gets one quiet offer to lint
 * it, once per file and session, never again in the workspace when the user says so.
 * "Score this answer" on such a file asks the same instead of refusing.
 */
export class AnswerOffer implements vscode.Disposable {
  private readonly asked = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The files offered so far (read by the end-to-end tests through the extension's API). */
  readonly offered: string[] = [];

  constructor(
    private readonly state: vscode.Memento,
    private readonly scope: AnswerScope,
  ) {
    // Only a file the user is looking at: documents also open unseen (diff views, other extensions).
    this.disposables.push(vscode.window.onDidChangeActiveTextEditor((e) => e && this.consider(e.document)));
    const active = vscode.window.activeTextEditor;
    if (active) this.consider(active.document);
  }

  /** Offers to lint `doc` when it looks like an answer and has not been asked about. */
  consider(doc: vscode.TextDocument): void {
    if (this.state.get<boolean>(NEVER_KEY, false) || this.asked.has(doc.uri.toString())) return;
    if (!this.candidate(doc)) return;
    // Off the event: the first look loads the engine, which an open event should not wait on.
    setTimeout(() => void this.ask(doc, false), 0);
  }

  /**
   * Asks, and on "Lint as an answer" turns the file on. Returns whether it is an answer now.
   * From "Score this answer" it asks even after "Don't ask again", since the user asked first.
   */
  async ask(doc: vscode.TextDocument, fromScore: boolean): Promise<boolean> {
    const key = doc.uri.toString();
    if (!fromScore && (this.asked.has(key) || this.state.get<boolean>(NEVER_KEY, false))) return false;
    if (!this.candidate(doc) || !looksLikeAnswer(doc.getText(), engine())) return false;
    this.asked.add(key);
    this.offered.push(key);
    const choices = fromScore ? [ACCEPT, NOT_NOW] : [ACCEPT, NOT_NOW, NEVER];
    const choice = await vscode.window.showInformationMessage(
      fromScore ? 'This file is not linted as an interview answer yet, so it has no score. Lint it as one?' : OFFER_MESSAGE,
      ...choices,
    );
    if (choice === NEVER) await this.state.update(NEVER_KEY, true);
    if (choice !== ACCEPT) return false;
    await vscode.commands.executeCommand('interviewLint.enableForFile', doc.uri);
    return true;
  }

  /** A markdown file, not an answer, not one the user turned off, with linting on. */
  private candidate(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== 'markdown') return false;
    if (!readSettings(doc.uri).enable || this.scope.isAnswer(doc) || this.scope.isTurnedOff(doc.uri)) return false;
    return true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
