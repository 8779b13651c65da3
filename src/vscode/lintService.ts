import * as vscode from 'vscode';
import type { LintResult } from '../core/index.js';
import { engine } from './engine.js';
import type { AnswerScope } from './answerScope.js';
import type { ConfigStore } from './configStore.js';
import { toVscodeDiagnostic } from './convert.js';
import { readSettings } from './settings.js';
import { logError } from './log.js';

interface DocState {
  /** One linter per document: its per-answer cache makes a keystroke re-lint one answer only. */
  linter: InstanceType<ReturnType<typeof engine>['Linter']>;
  /** Bumped on every request; a run that finishes under an older generation is dropped. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  /** Lints hypothetical texts (the document after "fix all") without disturbing `linter`'s cache. */
  scratch?: InstanceType<ReturnType<typeof engine>['Linter']>;
  /** Over the size limit: not linted as you type, and no code actions, until linted on demand. */
  tooLarge?: boolean;
  last?: { version: number; result: LintResult };
}

export interface LintedEvent {
  uri: vscode.Uri;
  /** Undefined when the document stopped being linted (closed, no longer an answer, too large). */
  result: LintResult | undefined;
}

/** Lints answer documents on open and as they change, and owns the diagnostic collection. */
export class LintService implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('interview-lint');
  private readonly docs = new Map<string, DocState>();
  private readonly tooLargeNoticeShown = new Set<string>();
  private readonly linted = new vscode.EventEmitter<LintedEvent>();
  readonly onDidLint = this.linted.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.linted];

  constructor(
    private readonly scope: AnswerScope,
    private readonly configs: ConfigStore,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.request(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.request(e.document, readSettings(e.document.uri).debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // Closing the last tab of a file does not close its document at once (VS Code keeps
      // the model around for a while), but the user expects its warnings gone.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        if (e.closed.length > 0) this.forgetUntabbed(e.closed);
      }),
      // ...and a file shown again in a tab may get no new open event.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const ed of editors) if (!this.docs.has(ed.document.uri.toString())) this.request(ed.document, 0);
      }),
      configs.onDidChange(() => this.relintAll()),
    );
  }

  relintAll(): void {
    for (const d of vscode.workspace.textDocuments) this.request(d, 0);
  }

  /**
   * The result for the document's current text. When the last lint is older than the text
   * (a code action asked between a keystroke and its debounced lint), it lints now, at once,
   * with the config the document already has: quick fixes and fix-on-save must match the
   * text exactly, and a save must not wait on anything.
   */
  async resultFor(doc: vscode.TextDocument): Promise<LintResult | undefined> {
    const state = this.docs.get(doc.uri.toString());
    if (!state || state.tooLarge) return undefined;
    if (state.last?.version === doc.version) return state.last.result;
    const version = doc.version;
    const result = state.linter.lint(doc.getText());
    state.last = { version, result };
    return result;
  }

  /**
   * Lints a text as this document would be linted (same config), for "fix all" to see what
   * its fixes unlock. A linter of its own keeps the passes incremental.
   */
  lintAsDocument(doc: vscode.TextDocument): ((text: string) => LintResult) | undefined {
    const state = this.docs.get(doc.uri.toString());
    if (!state) return undefined;
    const config = state.linter.getConfig();
    state.scratch ??= new (engine().Linter)(config);
    if (state.scratch.getConfig() !== config) state.scratch.setConfig(config);
    const scratch = state.scratch;
    return (text) => scratch.lint(text);
  }

  /** The last result without linting again; `stale` when the text changed since. */
  lastResult(doc: vscode.TextDocument): { result: LintResult; stale: boolean; wordsPerMinute: number } | undefined {
    const state = this.docs.get(doc.uri.toString());
    const last = state?.last;
    return last ? { result: last.result, stale: last.version !== doc.version, wordsPerMinute: state.linter.getConfig().settings.wordsPerMinute } : undefined;
  }

  isTracked(doc: vscode.TextDocument): boolean {
    return this.docs.has(doc.uri.toString());
  }

  request(doc: vscode.TextDocument, delayMs: number): void {
    const key = doc.uri.toString();
    const settings = readSettings(doc.uri);
    if (!settings.enable || !this.scope.isAnswer(doc)) {
      if (this.docs.has(key)) this.forget(doc.uri);
      return;
    }
    let state = this.docs.get(key);
    if (!state) {
      state = { linter: new (engine().Linter)(), generation: 0 };
      this.docs.set(key, state);
    }
    if (state.timer) clearTimeout(state.timer);
    const s = state;
    s.generation++;
    const go = (): void => {
      this.run(doc, s, { ignoreSize: false }).catch((e: unknown) => logError(`linting ${doc.uri.toString(true)}`, e));
    };
    if (delayMs <= 0) go();
    else s.timer = setTimeout(go, delayMs);
  }

  /** Lints once regardless of the size limit (the "Lint this file now" command). */
  async lintNow(doc: vscode.TextDocument): Promise<LintResult | undefined> {
    const key = doc.uri.toString();
    let state = this.docs.get(key);
    if (!state) {
      state = { linter: new (engine().Linter)(), generation: 0 };
      this.docs.set(key, state);
    }
    state.generation++;
    return this.run(doc, state, { ignoreSize: true });
  }

  private async run(doc: vscode.TextDocument, state: DocState, opts: { ignoreSize: boolean }): Promise<LintResult | undefined> {
    const generation = state.generation;
    state.timer = undefined;
    const settings = readSettings(doc.uri);
    const size = doc.offsetAt(new vscode.Position(doc.lineCount, 0));
    state.tooLarge = !opts.ignoreSize && size > settings.maxFileSizeKB * 1024;
    if (state.tooLarge) {
      this.collection.delete(doc.uri);
      this.linted.fire({ uri: doc.uri, result: undefined });
      this.noticeTooLarge(doc, size, settings.maxFileSizeKB);
      return undefined;
    }
    const config = await this.configs.configFor(doc.uri);
    // The text changed, the document closed or the config moved on while we waited.
    if (generation !== state.generation || doc.isClosed || this.docs.get(doc.uri.toString()) !== state) return state.last?.result;
    if (state.linter.getConfig() !== config) state.linter.setConfig(config);
    const version = doc.version;
    const result = state.linter.lint(doc.getText());
    state.last = { version, result };
    this.collection.set(
      doc.uri,
      result.diagnostics.map((d) => toVscodeDiagnostic(doc, d)),
    );
    this.linted.fire({ uri: doc.uri, result });
    return result;
  }

  private noticeTooLarge(doc: vscode.TextDocument, size: number, limitKB: number): void {
    const key = doc.uri.toString();
    if (this.tooLargeNoticeShown.has(key)) return;
    this.tooLargeNoticeShown.add(key);
    const name = vscode.workspace.asRelativePath(doc.uri, false);
    const lintNow = 'Lint now';
    void vscode.window
      .showInformationMessage(
        `interview-lint does not lint ${name} as you type: it is ${(size / 1024 / 1024).toFixed(1)} MB, ` +
          `over the ${limitKB} KB limit (setting interviewLint.maxFileSizeKB) that keeps the editor fast. ` +
          'Run "Interview Lint: Lint this file now" to lint it once.',
        lintNow,
      )
      .then((choice) => {
        if (choice === lintNow) void vscode.commands.executeCommand('interviewLint.lintFileNow', doc.uri);
      });
  }

  private forgetUntabbed(closed: readonly vscode.Tab[]): void {
    const uriOf = (tab: vscode.Tab): string | undefined => {
      const input = tab.input;
      if (input instanceof vscode.TabInputText) return input.uri.toString();
      if (input instanceof vscode.TabInputTextDiff) return input.modified.toString();
      return undefined;
    };
    const shown = new Set<string>();
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        const key = uriOf(tab);
        if (key) shown.add(key);
      }
    }
    for (const tab of closed) {
      const key = uriOf(tab);
      if (key && !shown.has(key) && this.docs.has(key)) this.forget(vscode.Uri.parse(key));
    }
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.docs.get(key);
    if (state?.timer) clearTimeout(state.timer);
    if (state) state.generation++;
    this.docs.delete(key);
    this.collection.delete(uri);
    this.linted.fire({ uri, result: undefined });
  }

  dispose(): void {
    for (const s of this.docs.values()) if (s.timer) clearTimeout(s.timer);
    for (const d of this.disposables) d.dispose();
  }
}
