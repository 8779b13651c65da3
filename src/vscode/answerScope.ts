import * as vscode from 'vscode';
import { createAnswerFileMatcher } from './pure/answerFiles.js';
import { readSettings } from './settings.js';

const ENABLED_KEY = 'interviewLint.enabledFiles';
const DISABLED_KEY = 'interviewLint.disabledFiles';

/**
 * Decides which open documents are interview answers: the `interviewLint.files` globs,
 * front matter, and the files the user turned on or off by command (remembered per
 * workspace in workspaceState).
 */
export class AnswerScope {
  private readonly warnedGlobs = new Set<string>();

  constructor(private readonly state: vscode.Memento) {}

  isAnswer(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== 'markdown') return false;
    const key = doc.uri.toString();
    if (this.list(DISABLED_KEY).includes(key)) return false;
    // Front matter sits at the top: reading a few hundred lines is enough, even for a huge file.
    return this.isAnswerText(doc.uri, doc.getText(new vscode.Range(0, 0, 400, 0)), this.list(ENABLED_KEY).includes(key));
  }

  /** For files that are not open (workspace lint). */
  isAnswerText(uri: vscode.Uri, text: string, enabledByUser = this.list(ENABLED_KEY).includes(uri.toString())): boolean {
    if (this.list(DISABLED_KEY).includes(uri.toString())) return false;
    const settings = readSettings(uri);
    const { matcher, badGlobs } = this.matcherFor(settings.files);
    for (const g of badGlobs) {
      if (this.warnedGlobs.has(g)) continue;
      this.warnedGlobs.add(g);
      void vscode.window.showWarningMessage(`interview-lint: the pattern "${g}" in the setting interviewLint.files is not a valid glob; it is ignored.`);
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const relativePath = folder ? vscode.workspace.asRelativePath(uri, false) : uri.scheme === 'untitled' ? undefined : uri.path;
    return matcher.isAnswer({ relativePath, text, enabledByUser });
  }

  /** The user turned the file off with "Stop linting this file as an interview answer". */
  isTurnedOff(uri: vscode.Uri): boolean {
    return this.list(DISABLED_KEY).includes(uri.toString());
  }

  async setEnabled(uri: vscode.Uri, on: boolean): Promise<void> {
    const key = uri.toString();
    const enabled = this.list(ENABLED_KEY).filter((k) => k !== key);
    const disabled = this.list(DISABLED_KEY).filter((k) => k !== key);
    if (on) enabled.push(key);
    else disabled.push(key);
    await this.state.update(ENABLED_KEY, enabled);
    await this.state.update(DISABLED_KEY, disabled);
  }

  private matchers = new Map<string, ReturnType<typeof createAnswerFileMatcher>>();

  private matcherFor(globs: string[]): ReturnType<typeof createAnswerFileMatcher> {
    const key = JSON.stringify(globs);
    let m = this.matchers.get(key);
    if (!m) {
      m = createAnswerFileMatcher(globs);
      this.matchers.set(key, m);
    }
    return m;
  }

  private list(key: string): string[] {
    return this.state.get<string[]>(key, []);
  }
}
