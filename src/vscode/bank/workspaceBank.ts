import * as vscode from 'vscode';
import { engine } from '../engine.js';
import type { BankAnswer, BankIndex, Coverage, DraftRecord, LintResult } from '../../core/index.js';
import type { AnswerScope } from '../answerScope.js';
import type { ConfigStore } from '../configStore.js';
import type { LintService } from '../lintService.js';
import { createRubricLoader } from '../score/rubrics.js';
import { logError } from '../log.js';
import { readSettings } from '../settings.js';
import type { DraftProgress } from '../pure/bankTree.js';

export interface BankDeps {
  scope: AnswerScope;
  configs: ConfigStore;
  service: LintService;
  /** Where each answer's drafts are kept (the workspace's storage). */
  drafts: vscode.Memento;
}

const DRAFTS_KEY = 'interviewLint.storyBank.drafts';

const MARKDOWN = '**/*.{md,markdown}';
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
// File events come in bursts (a checkout, a save-all): one refresh for the burst.
const CHANGE_DELAY_MS = 150;

/**
 * Every answer of the workspace, scored, and their coverage, kept in the engine's `BankIndex`
 * (a file is scored again only when its text, config or rubrics changed). Open documents come
 * from the lint service (its per-answer cache makes an edit cheap); files that are not open
 * are read through `workspace.fs`. A file watcher keeps it current when files change on disk.
 */
export class WorkspaceBank implements vscode.Disposable {
  private index: BankIndex | undefined;
  private readonly loader = createRubricLoader(() => vscode.workspace.isTrusted);
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private fireTimer: ReturnType<typeof setTimeout> | undefined;
  private scanning: Promise<void> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly deps: BankDeps) {
    const md = vscode.workspace.createFileSystemWatcher(MARKDOWN);
    const yaml = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
    this.disposables.push(
      md,
      yaml,
      md.onDidCreate((u) => this.schedule(u)),
      md.onDidChange((u) => this.schedule(u)),
      md.onDidDelete((u) => this.remove(u)),
      yaml.onDidChange(() => this.invalidate()),
      yaml.onDidCreate(() => this.invalidate()),
      yaml.onDidDelete(() => this.invalidate()),
      deps.configs.onDidChange(() => this.invalidate()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate()),
      // An open answer: each lint of its text (as you type) rescores it. Closed, it is read from disk again.
      deps.service.onDidLint((e) => {
        if (!this.scanning) return;
        if (e.result) void this.fromResult(e.uri, e.result).catch((err: unknown) => logError(`scoring ${e.uri.toString(true)}`, err));
        else this.schedule(e.uri);
      }),
    );
  }

  /** Resolves once the workspace has been scanned (the first call starts the scan). */
  ready(): Promise<void> {
    this.scanning ??= this.scan();
    return this.scanning;
  }

  /** Reads every answer file again (the refresh command, a rubric or config change). */
  rescan(): Promise<void> {
    // New rubric objects make every file score again; unchanged files keep their lint.
    this.loader.clear();
    this.scanning = this.scan();
    return this.scanning;
  }

  /** Rubrics or configs changed: rescan if the view has been shown, else read them afresh when it is. */
  private invalidate(): void {
    this.loader.clear();
    if (this.scanning) void this.rescan().catch((e: unknown) => logError('rescanning the story bank', e));
  }

  /** The answers, ordered by file and position, and their coverage. */
  snapshot(): { answers: BankAnswer[]; coverage: Coverage } {
    return this.bankIndex().snapshot();
  }

  /** An answer's progress over its saved drafts: what changed since the one before, and every score. */
  progress(answer: BankAnswer): DraftProgress {
    const { describeDraftChange, draftKey, draftTrend } = engine();
    const history = this.deps.drafts.get<Record<string, DraftRecord[]>>(DRAFTS_KEY, {})[draftKey(answer)] ?? [];
    if (history.length < 2) return {};
    const change = describeDraftChange(history[history.length - 2]!, history[history.length - 1]!);
    return { ...(change ? { change } : {}), trend: draftTrend(history) };
  }

  /** The progress of each answer of a file over its saved drafts, by answer index (for the score report). */
  progressOfFile(uri: vscode.Uri): Map<number, DraftProgress> {
    const out = new Map<number, DraftProgress>();
    // One file's answers, not a snapshot: this runs on each rescore of an open report.
    for (const a of this.bankIndex().answersOf(uri.toString())) {
      const p = this.progress(a);
      if (p.change || p.trend) out.set(a.answer, p);
    }
    return out;
  }

  /**
   * A draft is the text on disk: each time a file is read (a scan, a save, a change on disk)
   * its answers' scores are kept when they differ from the last draft. Typing does not count.
   */
  private recordDrafts(answers: readonly BankAnswer[]): void {
    const { draftKey, draftRecordOf, recordDraft } = engine();
    const all = { ...this.deps.drafts.get<Record<string, DraftRecord[]>>(DRAFTS_KEY, {}) };
    let changed = false;
    for (const a of answers) {
      const key = draftKey(a);
      const before = all[key] ?? [];
      const after = recordDraft(before, draftRecordOf(a));
      if (after.length !== before.length || after[after.length - 1] !== before[before.length - 1]) {
        all[key] = after;
        changed = true;
      }
    }
    if (changed) void this.deps.drafts.update(DRAFTS_KEY, all);
  }

  private bankIndex(): BankIndex {
    this.index ??= new (engine().BankIndex)();
    return this.index;
  }

  private async scan(): Promise<void> {
    const uris = await vscode.workspace.findFiles(MARKDOWN, EXCLUDE);
    const seen = new Set(uris.map((u) => u.toString()));
    for (const key of this.bankIndex().files()) if (!seen.has(key)) this.bankIndex().remove(key);
    for (const uri of uris) {
      try {
        await this.update(uri);
      } catch (e) {
        logError(`reading ${uri.toString(true)} for the story bank`, e);
      }
    }
    this.fireSoon(0);
  }

  private schedule(uri: vscode.Uri): void {
    if (!this.scanning) return;
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.update(uri).then(
          () => this.fireSoon(),
          (e: unknown) => logError(`reading ${uri.toString(true)} for the story bank`, e),
        );
      }, CHANGE_DELAY_MS),
    );
  }

  private remove(uri: vscode.Uri): void {
    if (this.bankIndex().remove(uri.toString())) this.fireSoon();
  }

  private async update(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open && this.deps.service.isTracked(open)) {
      const result = await this.deps.service.resultFor(open);
      if (result) {
        this.recordDrafts(await this.fromResult(uri, result, false));
        return;
      }
    }
    let text: string;
    try {
      text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.remove(uri);
      return;
    }
    // Over the size limit a file is not linted as you type; the bank does not read it either.
    if (text.length > readSettings(uri).maxFileSizeKB * 1024 || !this.deps.scope.isAnswerText(uri, text)) {
      this.remove(uri);
      return;
    }
    const config = await this.deps.configs.configFor(uri);
    const { rubrics } = await this.loader.rubricsFor(uri, config);
    this.recordDrafts(this.bankIndex().update({ file: key, text, config, rubrics }));
  }

  private async fromResult(uri: vscode.Uri, result: LintResult, notify = true): Promise<BankAnswer[]> {
    const config = await this.deps.configs.configFor(uri);
    const { rubrics } = await this.loader.rubricsFor(uri, config);
    const answers = this.bankIndex().updateFromResult({ file: uri.toString(), result, config, rubrics });
    if (notify) this.fireSoon();
    return answers;
  }

  private fireSoon(delay = 50): void {
    clearTimeout(this.fireTimer);
    this.fireTimer = setTimeout(() => this.changed.fire(), delay);
  }

  dispose(): void {
    clearTimeout(this.fireTimer);
    for (const t of this.pending.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
