// The tests module: VS Code's test runner (desktop `@vscode/test-electron` or the server
// route in runServer.ts) loads this file in the extension host and calls `run()`. It is
// loaded again after a window reload that a test asked for (reloadState.ts): that run holds
// only the after-reload tests.
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readReloadState } from './reloadState.js';

export async function run(): Promise<void> {
  const afterReload = readReloadState() !== undefined;
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env['IL_E2E_GREP'];
  // The run before the reload applied the grep: the after-reload tests are the ones it asked for.
  if (grep && !afterReload) mocha.grep(grep);
  const files = readdirSync(__dirname).sort();
  const ending = (suffix: string): string[] => files.filter((f) => f.endsWith(suffix));
  // The tests that leave something open for the reload come last, after every other test's teardown.
  for (const f of afterReload ? ending('.afterReload.js') : [...ending('.test.js'), ...ending('.beforeReload.js')]) mocha.addFile(join(__dirname, f));
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (!afterReload && readReloadState() !== undefined) {
    // The runner counts these failures with the next run's: the reload ends this extension host
    // before it could report them.
    await reportBeforeReload(failures);
    await vscode.commands.executeCommand('workbench.action.reloadWindow');
    return new Promise<void>(() => {});
  }
  if (failures > 0) throw new Error(`${failures} end-to-end test${failures === 1 ? '' : 's'} failed${afterReload ? ' after the window reload' : ''}`);
}

async function reportBeforeReload(failures: number): Promise<void> {
  const base = process.env['IL_E2E_SHOT_URL'];
  if (!base) throw new Error('a test asked for a window reload, and this runner cannot count the runs on both sides of it');
  const res = await fetch(`${base}/reload?failures=${failures}`, { method: 'POST' });
  if (!res.ok) throw new Error(`the runner refused the window reload: ${res.status} ${await res.text()}`);
}
