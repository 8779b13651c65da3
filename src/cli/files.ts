import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface FileProblem {
  input: string;
  message: string;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);
const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(join(dir, entry.name), out);
    } else if (entry.isFile() && MARKDOWN.test(entry.name)) out.push(join(dir, entry.name));
  }
}

/**
 * Expands files, folders and globs into markdown files. Every input that yields nothing
 * is reported on its own, and the others are still returned, so one typo never hides
 * the results of the other files.
 */
export async function expandInputs(inputs: string[], cwd: string): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      try {
        walk(abs, found);
      } catch (e) {
        problems.push({ input, message: `cannot read folder ${input}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
        continue;
      }
      if (found.length === 0) problems.push({ input, message: `no markdown files in ${input}` });
      files.push(...found.sort());
    } else if (stat) {
      files.push(abs);
    } else if (GLOB_CHARS.test(input)) {
      let matched: string[];
      try {
        // Loaded only for a glob: most runs name files or folders and never need the matcher.
        const { glob } = await import('tinyglobby');
        matched = await glob(input, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      } catch (e) {
        problems.push({ input, message: `bad pattern ${input}: ${e instanceof Error ? e.message : String(e)}` });
        continue;
      }
      const md = matched.filter((f) => MARKDOWN.test(f)).sort();
      if (md.length === 0) problems.push({ input, message: `no markdown files match ${input}` });
      files.push(...md);
    } else {
      problems.push({ input, message: `no such file or folder: ${input}` });
    }
  }
  return { files: [...new Set(files)], problems };
}
