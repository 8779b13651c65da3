import * as vscode from 'vscode';

let channel: vscode.OutputChannel | undefined;

/** The "Interview Lint" output channel, created on first use. */
export function log(line: string): void {
  channel ??= vscode.window.createOutputChannel('Interview Lint');
  channel.appendLine(`[${new Date().toISOString().slice(11, 23)}] ${line}`);
}

/** Logs a failure of background work (a lint run, a config read) instead of losing it in a floating promise. */
export function logError(what: string, e: unknown): void {
  const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
  log(`${what} failed: ${text}`);
  console.error(`interview-lint: ${what} failed: ${text}`);
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}
