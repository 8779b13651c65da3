// A window reload ends the extension host that runs the tests, and the new host loads the
// tests module again. What tells the two runs apart is this file: a test that wants the window
// reloaded writes in it what it left for the after-reload tests, the tests module finds it at
// the end of the run and asks the runner to reload, and finds it again when the new host
// starts. Only runServer.ts names the file (IL_E2E_RELOAD_STATE, inside its run folder, which
// it empties at start); under a runner that cannot reload the window there is none.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

function stateFile(): string | undefined {
  return process.env['IL_E2E_RELOAD_STATE'];
}

/** Whether this runner reloads the window for the tests that ask it to. */
export function canReload(): boolean {
  return stateFile() !== undefined;
}

/** What the tests before the reload left, by the name each chose; undefined when none asked for a reload. */
export function readReloadState(): Record<string, unknown> | undefined {
  const file = stateFile();
  return file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}

/** Records what a test leaves for after the reload, and so asks for the reload at the end of the run. */
export function leaveForReload(name: string, value: unknown): void {
  const file = stateFile();
  if (!file) throw new Error('this runner does not reload the window');
  writeFileSync(file, JSON.stringify({ ...readReloadState(), [name]: value }, null, 2));
}
