import * as vscode from 'vscode';
import { engine } from '../engine.js';
import type { BankAnswer, ConfiguredQuestion, Coverage, LintResult, LoadedRubric } from '../../core/index.js';
import type { AnswerScope } from '../answerScope.js';
import type { ConfigStore } from '../configStore.js';
import type { LintService } from '../lintService.js';
import { createRubricLoader } from '../score/rubrics.js';
import { logError } from '../log.js';
import { readSettings } from '../settings.js';

interface FileEntry {
  answers: BankAnswer[];
  rubrics: LoadedRubric[];
  questions: ConfiguredQuestion[];
}

export interface BankDeps {
  scope: AnswerScope;
  configs: ConfigStore;
  service: LintService;
}

const MARKDOWN = '**/*.{md,markdown}';
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
// File events come in bursts (a checkout, a save-all): one refresh for the burst.
const CHANGE_DELAY_MS = 150;

/**
 * Every answer of the workspace, scored, and their coverage. Open documents come from the
 * lint service (its per-answer cache makes an edit cheap); files that are not open are read
 * through `workspace.fs` and linted with a linter of their own, kept so a rescan re-lints only
 * the answers that changed. A file watcher keeps it current when files change on disk.
 */
export class WorkspaceBank implements vscode.Disposable {
  private readonly files = new Map<string, FileEntry>();
  private readonly linters = new Map<string, InstanceType<ReturnType<typeof engine>['Linter']>>();
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
      yaml.onDidChange(() => this.rescan()),
      yaml.onDidCreate(() => this.rescan()),
      yaml.onDidDelete(() => this.rescan()),
      deps.configs.onDidChange(() => this.rescan()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.rescan()),
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
    this.loader.clear();
    this.linters.clear();
    this.scanning = this.scan();
    return this.scanning;
  }

  /** The answers, ordered by file and position, and their coverage. */
  snapshot(): { answers: BankAnswer[]; coverage: Coverage } {
    const { competencyTopics, computeCoverage, questionTopics } = engine();
    const keys = [...this.files.keys()].sort((a, b) => a.localeCompare(b));
    const answers = keys.flatMap((k) => this.files.get(k)!.answers);
    const rubrics = new Map<string, LoadedRubric>();
    const questions: ConfiguredQuestion[] = [];
    const seenQuestions = new Set<string>();
    for (const k of keys) {
      const e = this.files.get(k)!;
      for (const r of e.rubrics) if (!rubrics.has(r.rubric.id)) rubrics.set(r.rubric.id, r);
      for (const q of e.questions) {
        const key = JSON.stringify(q);
        if (!seenQuestions.has(key)) questions.push(q);
        seenQuestions.add(key);
      }
    }
    return { answers, coverage: computeCoverage({ answers, competencies: competencyTopics([...rubrics.values()]), questions: questionTopics(questions) }) };
  }

  private async scan(): Promise<void> {
    const uris = await vscode.workspace.findFiles(MARKDOWN, EXCLUDE);
    const seen = new Set(uris.map((u) => u.toString()));
    for (const key of [...this.files.keys()]) if (!seen.has(key)) this.files.delete(key);
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
    const key = uri.toString();
    this.linters.delete(key);
    if (this.files.delete(key)) this.fireSoon();
  }

  private async update(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open && this.deps.service.isTracked(open)) {
      const result = await this.deps.service.resultFor(open);
      if (result) return this.fromResult(uri, result, false);
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
    let linter = this.linters.get(key);
    if (!linter) {
      linter = new (engine().Linter)(config);
      this.linters.set(key, linter);
    } else if (linter.getConfig() !== config) linter.setConfig(config);
    await this.fromResult(uri, linter.lint(text), false);
  }

  private async fromResult(uri: vscode.Uri, result: LintResult, notify = true): Promise<void> {
    const config = await this.deps.configs.configFor(uri);
    const { rubrics } = await this.loader.rubricsFor(uri, config);
    const { scoreLintResult, bankAnswersOf } = engine();
    const report = scoreLintResult(result, { rubrics, config });
    this.files.set(uri.toString(), { answers: bankAnswersOf({ file: uri.toString(), result, report }), rubrics, questions: config.questions });
    if (notify) this.fireSoon();
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
