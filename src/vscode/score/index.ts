import * as vscode from 'vscode';
import { fileNameOf, newNonce } from '../pure/webviewPage.js';
import { engine } from '../engine.js';
import type { EngineProblem, LintResult, LoadedRubric, ResolvedConfig, ScoreReport } from '../../core/index.js';
import { renderScoreBody, renderScoreHtml, scoreLabel, statusLabel, type AnswerProgress } from './html.js';
import { scoreWithRubric } from '../commands/scoreWithRubric.js';
import { createRubricLoader } from './rubrics.js';

/**
 * The seam between the extension and the scorer (the scoring issue owns this file's body;
 * keep the signature). The extension calls `registerScoreCommand` once at activation.
 */
export interface ScoreDeps {
  /** The engine's current result for an answer document (undefined when it is not an answer file). */
  resultFor(doc: vscode.TextDocument): Promise<LintResult | undefined>;
  /** Shows a short score label in the status bar item for `uri` (undefined clears it). */
  setStatusScore(uri: vscode.Uri, label: string | undefined): void;
  /** Whether workspace rubrics may be loaded (false in an untrusted workspace). */
  workspaceTrusted(): boolean;
  /**
   * The config the document was linted with (optional): its `rubrics` paths add workspace
   * rubrics, and rules it turns off are reported as not assessed instead of scored.
   */
  configFor?(doc: vscode.TextDocument): Promise<ResolvedConfig>;
  /**
   * For a markdown file that is not linted as an answer but reads like one: offers to lint it
   * (optional). Resolves true when the user accepted and the file is now linted.
   */
  offerToLint?(doc: vscode.TextDocument): Promise<boolean>;
  /** Each answer's progress over its saved drafts, by answer index (optional: the story bank keeps them). */
  progressFor?(uri: vscode.Uri): ReadonlyMap<number, AnswerProgress>;
}

const scored = new vscode.EventEmitter<{ uri: vscode.Uri; report: ScoreReport }>();
/** Fires each time an answer is scored (the status bar and tests listen). */
export const onDidComputeScore = scored.event;

const SCORE_VIEW_TYPE = 'interviewLint.score';
const WEBVIEW_OPTIONS: vscode.WebviewOptions = { enableScripts: true, localResourceRoots: [] };

const UPDATE_DELAY_MS = 300;

/** What a score page last said it shows (the page reports it after each render). */
export interface ShownScore {
  /** The document version the shown score was computed from. */
  version: number;
  /** `scoreLabel` of the shown report ("3.40 fail"). */
  score: string;
  /** The kind of colour theme the page was drawn in. */
  theme: 'light' | 'dark' | 'high-contrast';
  /** The progress line the page shows, when the story bank had drafts of the answer. */
  progress?: string;
}

const shown = new Map<string, ShownScore[]>();
const SHOWN_KEPT = 20;

/**
 * What the score page of `uri` showed, as the page itself reported it after each render, oldest
 * first (the last few; the end-to-end tests read it).
 */
export function shownScores(uri: vscode.Uri): ShownScore[] {
  return shown.get(uri.toString()) ?? [];
}

type PanelMessage = { type?: string; start?: number; end?: number; version?: number; score?: string; theme?: ShownScore['theme']; progress?: string };

/**
 * One score page. The page is rendered from the latest score every time VS Code loads it: a
 * webview without retained context reloads `webview.html` whenever its tab is shown again, so
 * the html is replaced whenever it falls behind (at once while the tab is hidden, on becoming
 * visible otherwise) and a visible page gets each new score as a message.
 */
class ScorePanel {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private markdown = '';
  /** The latest score, with the document version it was computed from. */
  private current: { report: ScoreReport; version: number; name: string; progress?: ReadonlyMap<number, AnswerProgress> } | undefined;
  /** The document version of the score held in `webview.html` (what a reload shows). */
  private htmlVersion: number | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private doc: vscode.TextDocument,
    private readonly deps: ScoreDeps,
    private readonly rubricsFor: (
      doc: vscode.TextDocument,
      config: ResolvedConfig | undefined,
    ) => Promise<{ rubrics: LoadedRubric[]; problems: EngineProblem[] }>,
  ) {
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((m: PanelMessage) => void this.onMessage(m)),
      panel.onDidChangeViewState(() => {
        if (panel.visible) void this.onVisible();
      }),
    );
  }

  get uri(): vscode.Uri {
    return this.doc.uri;
  }

  scheduleUpdate(doc: vscode.TextDocument = this.doc): void {
    this.doc = doc;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  /** The page is about to show (VS Code reloads `webview.html`): make sure that is the current score. */
  private async onVisible(): Promise<void> {
    if (!this.current || this.current.version !== this.doc.version) await this.update();
    else if (this.htmlVersion !== this.current.version) this.setHtml();
  }

  private setHtml(): void {
    const c = this.current!;
    this.panel.webview.html = renderScoreHtml({
      report: c.report,
      fileName: c.name,
      nonce: newNonce(),
      cspSource: this.panel.webview.cspSource,
      uri: this.doc.uri.toString(),
      version: c.version,
      ...(c.progress ? { progress: c.progress } : {}),
    });
    this.htmlVersion = c.version;
  }

  async update(): Promise<ScoreReport | undefined> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.doc.isClosed) this.doc = await vscode.workspace.openTextDocument(this.doc.uri);
    const doc = this.doc;
    // The lint result is of the text at this version; the score and its offsets are tagged with it.
    const version = doc.version;
    const result = await this.deps.resultFor(doc);
    if (!result) return undefined;
    const config = this.deps.configFor ? await this.deps.configFor(doc) : undefined;
    const { rubrics, problems } = await this.rubricsFor(doc, config);
    const { scoreLintResult, scoreToMarkdown } = engine();
    const report = scoreLintResult(result, { rubrics, ...(config ? { config } : {}) });
    report.problems.unshift(...problems);
    const name = fileNameOf(doc.uri);
    this.markdown = scoreToMarkdown(report, name);
    this.panel.title = `Score: ${name}`;
    const progress = this.deps.progressFor?.(doc.uri);
    this.current = { report, version, name, ...(progress ? { progress } : {}) };
    if (this.htmlVersion === undefined || !this.panel.visible) this.setHtml();
    else void this.panel.webview.postMessage({ type: 'render', body: renderScoreBody(report, name, progress), version, score: scoreLabel(report) });
    this.deps.setStatusScore(doc.uri, statusLabel(report));
    scored.fire({ uri: doc.uri, report });
    return report;
  }

  private async onMessage(m: PanelMessage): Promise<void> {
    if (m.type === 'shown' && typeof m.version === 'number' && typeof m.score === 'string') {
      const key = this.doc.uri.toString();
      const entry: ShownScore = {
        version: m.version,
        score: m.score,
        theme: m.theme ?? 'light',
        ...(typeof m.progress === 'string' ? { progress: m.progress } : {}),
      };
      shown.set(key, [...(shown.get(key) ?? []), entry].slice(-SHOWN_KEPT));
    } else if (m.type === 'copy') {
      await vscode.env.clipboard.writeText(this.markdown);
      void vscode.window.showInformationMessage('Score copied as markdown.');
    } else if (m.type === 'refresh') {
      await this.update();
    } else if (m.type === 'reveal' && Number.isInteger(m.start) && Number.isInteger(m.end)) {
      // Offsets belong to the text the score was computed from: after an edit they point elsewhere.
      if (m.version !== this.doc.version) {
        vscode.window.setStatusBarMessage('The answer changed since this score: it is rescored, click the evidence again.', 5000);
        await this.update();
        return;
      }
      const len = this.doc.getText().length;
      const start = this.doc.positionAt(Math.min(Math.max(0, m.start!), len));
      const end = this.doc.positionAt(Math.min(Math.max(0, m.end!), len));
      const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.doc.uri.toString());
      const editor = await vscode.window.showTextDocument(this.doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
      editor.selection = new vscode.Selection(start, end);
      editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.subscriptions) d.dispose();
    shown.delete(this.doc.uri.toString());
  }
}

/** What the score command shares with the rest of the extension. */
export interface ScoreService {
  /** The rubrics a file is scored with: the shipped ones, and in a trusted workspace its own. */
  rubricsFor(uri: vscode.Uri, config: ResolvedConfig | undefined): Promise<{ rubrics: LoadedRubric[]; problems: EngineProblem[] }>;
}

export function registerScoreCommand(context: vscode.ExtensionContext, deps: ScoreDeps): ScoreService {
  const panels = new Map<string, ScorePanel>();
  const loader = createRubricLoader(() => deps.workspaceTrusted());
  const rubricsFor = (doc: vscode.TextDocument, config: ResolvedConfig | undefined): Promise<{ rubrics: LoadedRubric[]; problems: EngineProblem[] }> =>
    loader.rubricsFor(doc.uri, config);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
  const invalidate = (): void => {
    loader.clear();
    for (const p of panels.values()) p.scheduleUpdate();
  };

  const adopt = (webview: vscode.WebviewPanel, doc: vscode.TextDocument): ScorePanel => {
    const key = doc.uri.toString();
    const created = new ScorePanel(webview, doc, deps, rubricsFor);
    panels.set(key, created);
    webview.onDidDispose(() => {
      created.dispose();
      panels.delete(key);
      deps.setStatusScore(doc.uri, undefined);
    });
    return created;
  };

  /** Opens (or reveals) the score report of `doc` beside it; resolves to the report shown. */
  const score = async (doc: vscode.TextDocument | undefined): Promise<ScoreReport | undefined> => {
    let result = doc ? await deps.resultFor(doc) : undefined;
    // A draft outside the answer folders: offer to lint it rather than refuse.
    if (doc && !result && (await deps.offerToLint?.(doc))) result = await deps.resultFor(doc);
    if (!doc || !result) {
      void vscode.window.showInformationMessage('Open an interview answer file to score it.');
      return undefined;
    }
    let panel = panels.get(doc.uri.toString());
    if (panel) panel.panel.reveal(vscode.ViewColumn.Beside, true);
    else {
      const webview = vscode.window.createWebviewPanel(
        SCORE_VIEW_TYPE,
        `Score: ${fileNameOf(doc.uri)}`,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        WEBVIEW_OPTIONS,
      );
      panel = adopt(webview, doc);
    }
    // The command's value (for other extensions and the end-to-end tests): the report shown.
    return await panel.update();
  };

  context.subscriptions.push(
    scored,
    watcher,
    watcher.onDidChange(invalidate),
    watcher.onDidCreate(invalidate),
    watcher.onDidDelete(invalidate),
    vscode.workspace.onDidGrantWorkspaceTrust(invalidate),
    vscode.workspace.onDidChangeTextDocument((e) => panels.get(e.document.uri.toString())?.scheduleUpdate(e.document)),
    // A command the user runs reads the rubric files afresh: the file watcher can miss a rubric
    // written by another program (or be slow to report it), and the cache only serves re-scoring
    // as the user types.
    vscode.commands.registerCommand('interviewLint.scoreAnswer', () => {
      loader.clear();
      return score(vscode.window.activeTextEditor?.document);
    }),
    vscode.commands.registerCommand('interviewLint.scoreWithRubric', (id?: string) => {
      loader.clear();
      return scoreWithRubric(
        { rubricsFor: async (doc) => (await rubricsFor(doc, deps.configFor ? await deps.configFor(doc) : undefined)).rubrics, score },
        vscode.window.activeTextEditor?.document,
        typeof id === 'string' ? id : undefined,
      );
    }),
    // After a window reload VS Code restores the tab and hands back the page state (the document's
    // uri): the page is scored afresh from the document's current text.
    vscode.window.registerWebviewPanelSerializer(SCORE_VIEW_TYPE, {
      async deserializeWebviewPanel(webview: vscode.WebviewPanel, state: unknown): Promise<void> {
        webview.webview.options = WEBVIEW_OPTIONS;
        const uri =
          typeof state === 'object' && state !== null && typeof (state as { uri?: unknown }).uri === 'string' ? (state as { uri: string }).uri : undefined;
        const doc = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)).then(undefined, () => undefined) : undefined;
        if (!doc || panels.has(doc.uri.toString()) || !(await waitForResult(deps, doc))) {
          webview.dispose();
          return;
        }
        await adopt(webview, doc).update();
      },
    }),
  );
  return { rubricsFor: (uri, config) => loader.rubricsFor(uri, config) };
}

/** A document opened at startup is linted once the lint service has seen it open: wait a little for that. */
async function waitForResult(deps: ScoreDeps, doc: vscode.TextDocument, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await deps.resultFor(doc)) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}
