import * as vscode from 'vscode';
import type { ConfigFileSystem, EngineProblem, ResolvedConfig } from '../core/index.js';
import { CONFIG_FILE_NAMES } from '../core/config/fileNames.js';
import { engine } from './engine.js';
import { layerSettings, withoutFilePrefix, workspaceConfigFs } from './pure/configFiles.js';
import { readSettings } from './settings.js';

/**
 * Resolves the engine config for a document: defaults, the nearest `.interview-lint.jsonc`
 * (read through `vscode.workspace.fs`, so it works in vscode.dev and virtual workspaces;
 * skipped in an untrusted workspace), then the user's settings. Results are cached until a
 * config file or a setting changes. Each problem is shown once, naming the file and field.
 */
export class ConfigStore implements vscode.Disposable {
  /** One per file system (scheme and authority), dropped when a config file or setting changes. */
  private readonly fileSystems = new Map<string, ConfigFileSystem>();
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
    this.fileSystems.clear();
    this.resolved.clear();
    this.shown.clear();
    this.changed.fire();
  }

  async configFor(uri: vscode.Uri): Promise<ResolvedConfig> {
    const core = engine();
    // An untrusted workspace's config file is not read; an untitled document has no folder.
    const fs = vscode.workspace.isTrusted && uri.scheme !== 'untitled' ? this.fileSystemFor(uri) : undefined;
    const dir = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    const file = fs ? await core.findConfigFile(dir, fs, vscode.workspace.getWorkspaceFolder(uri)?.uri.path) : undefined;
    const fileUri = file === undefined ? undefined : uri.with({ path: file });
    const settings = readSettings(uri);
    const key = `${fileUri?.toString() ?? ''}\u0000${JSON.stringify(settings.overrides)}`;
    const cached = this.resolved.get(key);
    if (cached) return cached;
    const fromFile = fs && file ? await core.loadConfigFile(file, fs) : { config: core.defaultConfig(), problems: [] };
    const { config, problems } = layerSettings(fromFile, settings.overrides, core.mergeConfig);
    this.report(problems, fileUri);
    this.resolved.set(key, config);
    return config;
  }

  private fileSystemFor(uri: vscode.Uri): ConfigFileSystem {
    const key = uri.with({ path: '/' }).toString();
    let fs = this.fileSystems.get(key);
    if (!fs) {
      fs = workspaceConfigFs(vscode.workspace.fs, (path) => uri.with({ path }));
      this.fileSystems.set(key, fs);
    }
    return fs;
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
