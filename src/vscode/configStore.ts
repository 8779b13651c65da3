import * as vscode from 'vscode';
import type { EngineProblem, ResolvedConfig } from '../core/index.js';
import { CONFIG_FILE_NAMES } from '../core/config/fileNames.js';
import { engine } from './engine.js';
import { configCandidates, resolveLayers, withoutFilePrefix } from './pure/configFiles.js';
import { readSettings } from './settings.js';

interface FoundFile {
  uri: vscode.Uri;
  text: string;
}

/**
 * Resolves the engine config for a document: defaults, the nearest `.interview-lint.jsonc`
 * (read through `vscode.workspace.fs`, so it works in vscode.dev and virtual workspaces;
 * skipped in an untrusted workspace), then the user's settings. Results are cached until a
 * config file or a setting changes. Each problem is shown once, naming the file and field.
 */
export class ConfigStore implements vscode.Disposable {
  private readonly files = new Map<string, Promise<FoundFile | undefined>>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly shown = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
    const invalidate = (): void => this.invalidate();
    this.disposables.push(
      watcher,
      watcher.onDidCreate(invalidate),
      watcher.onDidChange(invalidate),
      watcher.onDidDelete(invalidate),
      // Saves from this editor arrive before the watcher's event, and the watcher may be off for virtual file systems.
      vscode.workspace.onDidSaveTextDocument((d) => {
        if ((CONFIG_FILE_NAMES as readonly string[]).includes(d.uri.path.slice(d.uri.path.lastIndexOf('/') + 1))) invalidate();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(invalidate),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('interviewLint')) invalidate();
      }),
    );
  }

  invalidate(): void {
    this.files.clear();
    this.resolved.clear();
    this.shown.clear();
    this.changed.fire();
  }

  async configFor(uri: vscode.Uri): Promise<ResolvedConfig> {
    const file = vscode.workspace.isTrusted ? await this.nearestFile(uri) : undefined;
    const settings = readSettings(uri);
    const key = `${file?.uri.toString() ?? ''}\u0000${JSON.stringify(settings.overrides)}`;
    const cached = this.resolved.get(key);
    if (cached) return cached;
    const { config, problems } = resolveLayers({ ...(file ? { file: { path: file.uri.path, text: file.text } } : {}), settings: settings.overrides }, engine());
    this.report(problems, file?.uri);
    this.resolved.set(key, config);
    return config;
  }

  private async nearestFile(uri: vscode.Uri): Promise<FoundFile | undefined> {
    if (uri.scheme === 'untitled') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const dir = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    const candidates = configCandidates(dir, folder?.uri.path);
    for (const path of candidates) {
      const found = await this.read(uri.with({ path }));
      if (found) return found;
    }
    return undefined;
  }

  private read(uri: vscode.Uri): Promise<FoundFile | undefined> {
    const key = uri.toString();
    let p = this.files.get(key);
    if (!p) {
      p = (async () => {
        // Read from disk: an unsaved edit to a config file takes effect when it is saved.
        try {
          const bytes = await vscode.workspace.fs.readFile(uri);
          return { uri, text: new TextDecoder().decode(bytes) };
        } catch {
          return undefined;
        }
      })();
      this.files.set(key, p);
    }
    return p;
  }

  private report(problems: EngineProblem[], file: vscode.Uri | undefined): void {
    if (problems.length === 0) return;
    const where = file ? vscode.workspace.asRelativePath(file, false) : 'settings';
    const text = problems.map((p) => (file ? withoutFilePrefix(p.message, file.path) : p.message)).join(' · ');
    if (this.shown.has(text)) return;
    this.shown.add(text);
    const open = file ? 'Open config' : 'Open settings';
    void vscode.window.showWarningMessage(`interview-lint: ${where}: ${text}`, open).then((choice) => {
      if (choice !== open) return;
      if (file) void vscode.window.showTextDocument(file);
      else void vscode.commands.executeCommand('workbench.action.openSettings', 'interviewLint');
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
