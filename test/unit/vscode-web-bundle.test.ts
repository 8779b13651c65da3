import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The browser entry (vscode.dev) must run where there is no `process`, `require`, `Buffer`
 * or file system. This runs the web bundle in a bare JavaScript context holding only what a
 * browser worker has, with a minimal stand-in for the `vscode` module, and lints an answer
 * through it. The real extension host runs are the end-to-end tests; this one guards the
 * browser-only constraint, which those (Node extension host) cannot see.
 */
const root = join(__dirname, '..', '..');
let bundle = '';

beforeAll(() => {
  // The same build as `npm run build` (scripts/build.mjs), so the test sees what ships.
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet', '--only', 'web'], { cwd: root });
  bundle = readFileSync(join(root, 'dist/web/extension.js'), 'utf8');
}, 120_000);

type Listener = (e: unknown) => void;

/** Polls until `done` holds (the lint runs after an awaited config read), failing after 10 s. */
async function waitFor(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

function fakeVscode(files: Record<string, string>) {
  const logged: string[] = [];
  const listeners = new Map<string, Listener[]>();
  const on = (name: string) => (fn: Listener) => {
    listeners.set(name, [...(listeners.get(name) ?? []), fn]);
    return { dispose() {} };
  };
  const disposable = { dispose() {} };
  const diagnostics = new Map<string, unknown[]>();
  class Position {
    constructor(
      readonly line: number,
      readonly character: number,
    ) {}
  }
  class Range {
    constructor(
      readonly start: Position,
      readonly end: Position,
    ) {}
  }
  class Uri {
    constructor(
      readonly scheme: string,
      readonly path: string,
    ) {}
    static parse(s: string) {
      const m = /^([\w-]+):(?:\/\/[^/]*)?(.*)$/.exec(s)!;
      return new Uri(m[1]!, m[2]!);
    }
    with(change: { path?: string }) {
      return new Uri(this.scheme, change.path ?? this.path);
    }
    static joinPath(base: Uri, ...parts: string[]) {
      return new Uri(base.scheme, [base.path.replace(/\/$/, ''), ...parts].join('/'));
    }
    toString() {
      return `${this.scheme}://${this.path}`;
    }
  }
  class EventEmitter {
    private fns: Listener[] = [];
    event = (fn: Listener) => {
      this.fns.push(fn);
      return disposable;
    };
    fire(e: unknown) {
      for (const f of this.fns) f(e);
    }
    dispose() {}
  }
  const kind = (value: string): { value: string; append(s: string): unknown; contains(k: { value: string }): boolean } => ({
    value,
    append: (s: string) => kind(`${value}.${s}`),
    contains: (k) => k.value === value || k.value.startsWith(`${value}.`),
  });
  const api = {
    Position,
    Range,
    Uri,
    EventEmitter,
    Diagnostic: class {
      source?: string;
      code?: unknown;
      constructor(
        readonly range: Range,
        readonly message: string,
        readonly severity: number,
      ) {}
    },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    CodeActionKind: { QuickFix: kind('quickfix'), SourceFixAll: kind('source.fixAll') },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ViewColumn: { Beside: -2 },
    FileType: { File: 1, Directory: 2 },
    TabInputText: class {},
    TabInputTextDiff: class {},
    workspace: {
      isTrusted: true,
      textDocuments: [] as unknown[],
      workspaceFolders: [{ uri: new Uri('file', '/ws'), name: 'ws', index: 0 }],
      getWorkspaceFolder: () => ({ uri: new Uri('file', '/ws') }),
      asRelativePath: (u: Uri) => u.path.replace(/^\/ws\//, ''),
      getConfiguration: () => ({ get: (_k: string, d: unknown) => d, inspect: () => undefined }),
      createFileSystemWatcher: () => ({ onDidCreate: () => disposable, onDidChange: () => disposable, onDidDelete: () => disposable, dispose() {} }),
      fs: {
        stat: async (u: Uri) => {
          if (files[u.path] === undefined) throw new Error(`FileNotFound: ${u.path}`);
          return { type: 1, ctime: 0, mtime: 0, size: files[u.path]!.length };
        },
        readFile: async (u: Uri) => {
          const text = files[u.path];
          if (text === undefined) throw new Error(`FileNotFound: ${u.path}`);
          return new TextEncoder().encode(text);
        },
      },
      onDidOpenTextDocument: on('open'),
      onDidChangeTextDocument: on('change'),
      onDidCloseTextDocument: on('close'),
      onDidSaveTextDocument: on('save'),
      onDidGrantWorkspaceTrust: on('trust'),
      onDidChangeConfiguration: on('config'),
      registerTextDocumentContentProvider: () => disposable,
    },
    window: {
      activeTextEditor: undefined,
      tabGroups: { all: [], onDidChangeTabs: on('tabs') },
      onDidChangeVisibleTextEditors: on('visible'),
      onDidChangeActiveTextEditor: on('active'),
      onDidChangeTextEditorSelection: on('selection'),
      createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {}, text: '' }),
      createOutputChannel: () => ({ appendLine: (line: string) => logged.push(line), dispose() {} }),
      showWarningMessage: async () => undefined,
      showInformationMessage: async () => undefined,
      registerWebviewPanelSerializer: () => disposable,
      createTreeView: () => ({ dispose() {} }),
    },
    languages: {
      createDiagnosticCollection: () => ({
        set: (u: Uri, ds: unknown[]) => diagnostics.set(u.path, ds),
        delete: (u: Uri) => diagnostics.delete(u.path),
        dispose() {},
      }),
      registerCodeActionsProvider: () => disposable,
      registerCodeLensProvider: () => disposable,
    },
    commands: { registerCommand: () => disposable, executeCommand: async () => undefined },
    env: { openExternal: async () => true },
  };
  return { api, listeners, diagnostics, logged };
}

function textDocument(path: string, text: string, Uri: { parse(s: string): unknown }) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const positionAt = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return { line, character: offset - lineStarts[line]! };
  };
  return {
    uri: Uri.parse(`file://${path}`),
    languageId: 'markdown',
    version: 1,
    isClosed: false,
    lineCount: lineStarts.length,
    getText: () => text,
    positionAt,
    offsetAt: (p: { line: number; character: number }) => (p.line >= lineStarts.length ? text.length : lineStarts[p.line]! + p.character),
  };
}

describe('the browser bundle', () => {
  it('activates and lints an answer with no Node globals, reading the config through workspace.fs', async () => {
    const files = { '/ws/answers/.interview-lint.jsonc': '{ "rules": { "hedge": "error" } }' };
    const { api, listeners, diagnostics, logged } = fakeVscode(files);
    const module = { exports: {} as { activate(ctx: unknown): { activationMs: number } } };
    // Only what a browser worker has: no process, require (except the vscode module), Buffer, global.
    // VS Code starts its web worker extension host from a blob: URL, whose location's pathname
    // is itself a full address; a library that builds a URL from it at load must not break.
    const sandbox: Record<string, unknown> = {
      location: new URL('blob:http://127.0.0.1:8080/0e9c4b1e-7f3a-4c51-9b7e-2d9a64f0c1aa'),
      module,
      exports: module.exports,
      require: (name: string) => {
        if (name === 'vscode') return api;
        throw new Error(`the web bundle required "${name}"`);
      },
      console,
      performance,
      setTimeout,
      clearTimeout,
      TextEncoder,
      TextDecoder,
      URL,
      crypto: globalThis.crypto,
      queueMicrotask,
    };
    sandbox['self'] = sandbox;
    runInNewContext(bundle, sandbox, { filename: 'dist/web/extension.js' });
    const memento = { get: (_k: string, d: unknown) => d, update: async () => undefined };
    const apiOut = module.exports.activate({ subscriptions: [], workspaceState: memento, globalState: memento, extensionUri: api.Uri.parse('file:///ext') });
    expect(apiOut.activationMs).toBeGreaterThanOrEqual(0);
    // This fake, like a VS Code build without the language model API, has no vscode.lm: activation goes on without the tools.
    expect(logged.some((l) => l.endsWith('this VS Code has no vscode.lm.registerTool: the lint and score tools are not offered to AI assistants'))).toBe(true);

    const doc = textDocument('/ws/answers/q.md', '# Tell me about a time you improved a model\n\nUm, I think the new model is better.\n', api.Uri);
    for (const fn of listeners.get('open') ?? []) fn(doc);
    await waitFor(() => diagnostics.has('/ws/answers/q.md'));
    const shown = (diagnostics.get('/ws/answers/q.md') ?? []) as {
      code: { value: string };
      severity: number;
      range: { start: { line: number; character: number } };
    }[];
    expect(shown.map((d) => `${d.code.value} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity}`)).toEqual(['filler 3:1 2', 'hedge 3:5 0']);
  });

  it('a README is not linted', async () => {
    const { api, listeners, diagnostics } = fakeVscode({});
    const module = { exports: {} as { activate(ctx: unknown): unknown } };
    runInNewContext(bundle, {
      module,
      exports: module.exports,
      require: () => api,
      console,
      performance,
      setTimeout,
      clearTimeout,
      TextEncoder,
      TextDecoder,
      URL,
      crypto: globalThis.crypto,
    });
    const memento = { get: (_k: string, d: unknown) => d, update: async () => undefined };
    module.exports.activate({ subscriptions: [], workspaceState: memento, globalState: memento });
    for (const fn of listeners.get('open') ?? []) fn(textDocument('/ws/README.md', 'Um, I think so.\n', api.Uri));
    // An answer opened after it: once its findings are in, the README was decided too.
    for (const fn of listeners.get('open') ?? []) fn(textDocument('/ws/answers/a.md', 'Um, I think so.\n', api.Uri));
    await waitFor(() => diagnostics.has('/ws/answers/a.md'));
    expect([...diagnostics.keys()]).toEqual(['/ws/answers/a.md']);
  });

  it('in an untrusted workspace the workspace config file is ignored (limited mode)', async () => {
    const { api, listeners, diagnostics } = fakeVscode({ '/ws/answers/.interview-lint.jsonc': '{ "rules": { "hedge": "error", "filler": "off" } }' });
    api.workspace.isTrusted = false;
    const module = { exports: {} as { activate(ctx: unknown): unknown } };
    runInNewContext(bundle, {
      module,
      exports: module.exports,
      require: () => api,
      console,
      performance,
      setTimeout,
      clearTimeout,
      TextEncoder,
      TextDecoder,
      URL,
      crypto: globalThis.crypto,
    });
    const memento = { get: (_k: string, d: unknown) => d, update: async () => undefined };
    module.exports.activate({ subscriptions: [], workspaceState: memento, globalState: memento });
    for (const fn of listeners.get('open') ?? []) fn(textDocument('/ws/answers/q.md', 'Um, I think the new model is better.\n', api.Uri));
    await waitFor(() => diagnostics.has('/ws/answers/q.md'));
    const shown = diagnostics.get('/ws/answers/q.md') as { code: { value: string }; severity: number }[];
    expect(shown.map((d) => `${d.code.value} ${d.severity}`)).toEqual(['filler 2', 'hedge 1']);
  });
});
