import * as vscode from 'vscode';

export const EXTENSION_ID = 'interview-lint.interview-lint';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the fixture workspace open');
  return folder.uri;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function writeFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = fileUri(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function readFixture(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(relative)));
}

/** A fresh copy of a fixture under a new name, so that tests that edit never share a file. */
export async function copyFixture(relative: string, as: string): Promise<vscode.Uri> {
  return writeFile(as, await readFixture(relative));
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function mine(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'interview-lint');
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

/** Human-readable form used in assertions: `rule line:col-line:col severity`. 1-based like the editor shows. */
export function describe(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${ruleOf(d)} ${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${vscode.DiagnosticSeverity[d.severity]}`;
}

/**
 * Resolves when `check` passes for the file's interview-lint diagnostics; re-checked on
 * every diagnostics change event. Rejects after `timeoutMs` with what was last seen.
 */
export function waitForDiagnostics(uri: vscode.Uri, check: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    // Set below; the callbacks that read them run later.
    const pending: { sub?: vscode.Disposable; timer?: ReturnType<typeof setTimeout> } = {};
    const cleanup = (): void => {
      clearTimeout(pending.timer);
      pending.sub?.dispose();
    };
    const done = (): boolean => {
      const ds = mine(uri);
      if (!check(ds)) return false;
      cleanup();
      resolve(ds);
      return true;
    };
    pending.sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) done();
    });
    pending.timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for diagnostics of ${vscode.workspace.asRelativePath(uri)}; last seen: ${JSON.stringify(mine(uri).map(describe))}`,
        ),
      );
    }, timeoutMs);
    done();
  });
}

/** Polls `probe` until it returns a value (for state that has no event, e.g. the status bar). */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Resolves after the document's text changes to satisfy `check`. */
export function waitForText(doc: vscode.TextDocument, check: (text: string) => boolean, timeoutMs = 20_000): Promise<string> {
  return until('the document text', () => (check(doc.getText()) ? doc.getText() : undefined), timeoutMs);
}

/**
 * Where runServer takes screenshots and clicks: its environment variable in the Node
 * extension host; the web worker host has no `process`, so there the harness puts it in the
 * settings of its copy of the workspace. Undefined under a runner without that server.
 */
function harnessUrl(): string | undefined {
  if (typeof process !== 'undefined') return process.env['IL_E2E_SHOT_URL'];
  return vscode.workspace.getConfiguration('interviewLintE2e').get<string>('harnessUrl');
}

export interface ShotOptions {
  /** A CSS selector that must be visible before the capture. */
  waitFor?: string;
  /**
   * Brings the element up again before each attempt. Menus close when focus moves, and a
   * command can run before the editor has focus in the page; re-running it is what a user
   * would do.
   */
  show?: () => Thenable<unknown>;
  /** Attempts before giving up (each waits up to 5 s for `waitFor`). */
  attempts?: number;
}

/**
 * Asks the harness (runServer) to screenshot the workbench into test-artifacts/. Does nothing
 * under a runner that cannot take screenshots (desktop @vscode/test-electron). Fails, naming
 * the selector and every attempt's error, when the element never shows.
 */
export async function screenshot(name: string, options: ShotOptions = {}): Promise<string | undefined> {
  const base = harnessUrl();
  if (!base) {
    await options.show?.();
    return undefined;
  }
  const attempts = options.show ? (options.attempts ?? 3) : 1;
  const query = new URLSearchParams({ name, timeout: String(options.show ? 5_000 : 10_000) });
  if (options.waitFor) query.set('waitFor', options.waitFor);
  const errors: string[] = [];
  for (let i = 1; i <= attempts; i++) {
    await options.show?.();
    const res = await fetch(`${base}/shot?${query.toString()}`, { method: 'POST' });
    if (res.ok) {
      if (i > 1) console.log(`[screenshot] ${name} taken on attempt ${i} of ${attempts}`);
      return res.text();
    }
    errors.push(`attempt ${i}: ${res.status} ${(await res.text()).split('\n')[0]}`);
  }
  throw new Error(`screenshot ${name}: ${options.waitFor ?? 'the page'} never showed (${errors.join('; ')})`);
}

/**
 * Writes a workspace setting. Two writes in quick succession can meet VS Code reloading
 * .vscode/settings.json ("the content of the file is newer"): then it waits for the reload
 * (the configuration change event, or at most 2 s) and writes again.
 */
export async function setSetting(key: string, value: unknown, languageId?: string): Promise<void> {
  const [section, ...rest] = key.split('.');
  for (let attempt = 1; ; attempt++) {
    const cfg = languageId ? vscode.workspace.getConfiguration(section, { languageId }) : vscode.workspace.getConfiguration(section);
    try {
      await cfg.update(rest.join('.'), value, vscode.ConfigurationTarget.Workspace, languageId ? true : undefined);
      return;
    } catch (e) {
      if (attempt >= 5 || !/newer/.test(String(e))) throw e;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 2000);
        const sub = vscode.workspace.onDidChangeConfiguration(done);
        function done(): void {
          clearTimeout(timer);
          sub.dispose();
          resolve();
        }
      });
    }
  }
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Clicks the element the selector finds in the workbench page, through the harness (runServer).
 * Returns false under a runner that cannot reach the page (desktop @vscode/test-electron).
 */
export async function click(selector: string, timeoutMs = 10_000): Promise<boolean> {
  const base = harnessUrl();
  if (!base) return false;
  const res = await fetch(`${base}/click?${new URLSearchParams({ selector, timeout: String(timeoutMs) }).toString()}`, { method: 'POST' });
  if (!res.ok) throw new Error(`click ${selector}: ${res.status} ${(await res.text()).split('\n')[0]}`);
  return true;
}

/** An element of a webview page, as the harness read it from the workbench. */
export interface WebviewElement {
  text: string;
  attributes: Record<string, string>;
}

/**
 * The elements the selector finds in the webview pages open in the workbench, read through the
 * harness (runServer): the extension host cannot see into a page. Undefined under a runner
 * without that server.
 */
export async function webviewElements(selector: string): Promise<WebviewElement[] | undefined> {
  const base = harnessUrl();
  if (!base) return undefined;
  const res = await fetch(`${base}/webview?${new URLSearchParams({ selector }).toString()}`);
  if (!res.ok) throw new Error(`webview ${selector}: ${res.status} ${(await res.text()).split('\n')[0]}`);
  return (await res.json()) as WebviewElement[];
}
