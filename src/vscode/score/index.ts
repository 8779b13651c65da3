import * as vscode from 'vscode';
import { engine } from '../engine.js';
import type { EngineProblem, LintResult, LoadedRubric, ResolvedConfig, ScoreReport } from '../../core/index.js';
import { renderScoreBody, renderScoreHtml, statusLabel } from './html.js';

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
}

const scored = new vscode.EventEmitter<{ uri: vscode.Uri; report: ScoreReport }>();
/** Fires each time an answer is scored (the status bar and tests listen). */
export const onDidComputeScore = scored.event;

/** Folder searched for workspace rubrics in each workspace folder. */
const WORKSPACE_RUBRICS = ['.interview-lint', 'rubrics'];
const UPDATE_DELAY_MS = 300;

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** Reads rubric files through `workspace.fs` (works in vscode.dev and virtual workspaces). */
async function readRubricSources(
  doc: vscode.TextDocument,
  config: ResolvedConfig | undefined,
): Promise<{ sources: { file: string; text: string }[]; problems: EngineProblem[] }> {
  const places: vscode.Uri[] = (vscode.workspace.workspaceFolders ?? []).map((f) => vscode.Uri.joinPath(f.uri, ...WORKSPACE_RUBRICS));
  for (const p of config?.rubrics ?? []) places.push(doc.uri.with({ path: p }));
  const sources: { file: string; text: string }[] = [];
  const problems: EngineProblem[] = [];
  const decoder = new TextDecoder();
  for (const place of places) {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(place);
    } catch {
      if (config?.rubrics.includes(place.path)) problems.push({ kind: 'rubric', file: place.path, message: `rubric path ${place.path} does not exist` });
      continue;
    }
    const files =
      stat.type & vscode.FileType.Directory
        ? (await vscode.workspace.fs.readDirectory(place))
            .filter(([name, type]) => type & vscode.FileType.File && /\.ya?ml$/i.test(name))
            .map(([name]) => vscode.Uri.joinPath(place, name))
            .sort((a, b) => a.path.localeCompare(b.path))
        : [place];
    for (const f of files) {
      try {
        sources.push({ file: vscode.workspace.asRelativePath(f), text: decoder.decode(await vscode.workspace.fs.readFile(f)) });
      } catch (e) {
        problems.push({ kind: 'rubric', file: f.path, message: `cannot read rubric ${f.path}: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
  }
  return { sources, problems };
}

class ScorePanel {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private markdown = '';
  private rendered = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private doc: vscode.TextDocument,
    private readonly deps: ScoreDeps,
    private readonly rubricsFor: (
      doc: vscode.TextDocument,
      config: ResolvedConfig | undefined,
    ) => Promise<{ rubrics: LoadedRubric[]; problems: EngineProblem[] }>,
  ) {
    panel.webview.onDidReceiveMessage((m: { type?: string; start?: number; end?: number }) => void this.onMessage(m));
  }

  get uri(): vscode.Uri {
    return this.doc.uri;
  }

  scheduleUpdate(doc: vscode.TextDocument = this.doc): void {
    this.doc = doc;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  async update(): Promise<ScoreReport | undefined> {
    this.timer = undefined;
    const result = await this.deps.resultFor(this.doc);
    if (!result) return undefined;
    const config = this.deps.configFor ? await this.deps.configFor(this.doc) : undefined;
    const { rubrics, problems } = await this.rubricsFor(this.doc, config);
    const { scoreLintResult, scoreToMarkdown } = engine();
    const report = scoreLintResult(result, { rubrics, ...(config ? { config } : {}) });
    report.problems.unshift(...problems);
    const name = baseName(this.doc.uri);
    this.markdown = scoreToMarkdown(report, name);
    this.panel.title = `Score: ${name}`;
    if (!this.rendered) {
      this.panel.webview.html = renderScoreHtml({ report, fileName: name, nonce: nonce(), cspSource: this.panel.webview.cspSource });
      this.rendered = true;
    } else {
      void this.panel.webview.postMessage({ type: 'render', body: renderScoreBody(report, name) });
    }
    this.deps.setStatusScore(this.doc.uri, statusLabel(report));
    scored.fire({ uri: this.doc.uri, report });
    return report;
  }

  private async onMessage(m: { type?: string; start?: number; end?: number }): Promise<void> {
    if (m.type === 'copy') {
      await vscode.env.clipboard.writeText(this.markdown);
      void vscode.window.showInformationMessage('Score copied as markdown.');
    } else if (m.type === 'refresh') {
      await this.update();
    } else if (m.type === 'reveal' && Number.isInteger(m.start) && Number.isInteger(m.end)) {
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
  }
}

export function registerScoreCommand(context: vscode.ExtensionContext, deps: ScoreDeps): void {
  const panels = new Map<string, ScorePanel>();
  const rubricCache = new Map<string, Promise<{ rubrics: LoadedRubric[]; problems: EngineProblem[] }>>();
  const rubricsFor = (doc: vscode.TextDocument, config: ResolvedConfig | undefined): Promise<{ rubrics: LoadedRubric[]; problems: EngineProblem[] }> => {
    const { loadRubrics, shippedRubrics, SHIPPED_RUBRIC_SOURCES } = engine();
    // An untrusted workspace gets the shipped rubrics only (parsed once, cached by the engine).
    if (!deps.workspaceTrusted()) return Promise.resolve(shippedRubrics());
    const key = JSON.stringify(config?.rubrics ?? []);
    let cached = rubricCache.get(key);
    if (!cached) {
      cached = readRubricSources(doc, config).then(({ sources, problems }) => {
        const loaded = loadRubrics([...SHIPPED_RUBRIC_SOURCES, ...sources]);
        return { rubrics: loaded.rubrics, problems: [...problems, ...loaded.problems] };
      });
      rubricCache.set(key, cached);
    }
    return cached;
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
  const invalidate = (): void => {
    rubricCache.clear();
    for (const p of panels.values()) p.scheduleUpdate();
  };

  context.subscriptions.push(
    scored,
    watcher,
    watcher.onDidChange(invalidate),
    watcher.onDidCreate(invalidate),
    watcher.onDidDelete(invalidate),
    vscode.workspace.onDidGrantWorkspaceTrust(invalidate),
    vscode.workspace.onDidChangeTextDocument((e) => panels.get(e.document.uri.toString())?.scheduleUpdate(e.document)),
    vscode.commands.registerCommand('interviewLint.scoreAnswer', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      const result = doc ? await deps.resultFor(doc) : undefined;
      if (!doc || !result) {
        void vscode.window.showInformationMessage('Open an interview answer file to score it.');
        return undefined;
      }
      const key = doc.uri.toString();
      let panel = panels.get(key);
      if (panel) panel.panel.reveal(vscode.ViewColumn.Beside, true);
      else {
        const webview = vscode.window.createWebviewPanel(
          'interviewLint.score',
          `Score: ${baseName(doc.uri)}`,
          { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
          { enableScripts: true, localResourceRoots: [] },
        );
        const created = new ScorePanel(webview, doc, deps, rubricsFor);
        panel = created;
        panels.set(key, created);
        webview.onDidDispose(() => {
          created.dispose();
          panels.delete(key);
          deps.setStatusScore(doc.uri, undefined);
        });
      }
      // The command's value (for other extensions and the end-to-end tests): the report shown.
      return await panel.update();
    }),
  );
}
