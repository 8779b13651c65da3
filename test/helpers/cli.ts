import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';

/** A CLI io that records what the command printed. */
export function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, color: false, version: 'test', stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

/** A fresh temporary folder holding `files` (relative path -> text). */
export function workspace(files: Record<string, string>, prefix = 'il-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
