import { relative } from 'node:path';
import type { EngineProblem, ResolvedConfig } from '../core/index.js';
import { ConfigResolver } from './configFiles.js';
import { expandInputs } from './files.js';
import { readAnswerFile, type TextEncoding } from './readText.js';

export interface AnswerInput {
  file: string;
  /** The path as shown to the user: relative to the working folder. */
  shown: string;
  text: string;
  encoding: TextEncoding;
  config: ResolvedConfig;
}

export function describeProblem(p: EngineProblem, cwd: string): string {
  if (!p.file) return p.message;
  // Paths as the user typed them: relative to the working folder, like the answer files.
  const shown = relative(cwd, p.file) || p.file;
  return p.message.startsWith(p.file) ? `${shown}${p.message.slice(p.file.length)}` : `${shown}: ${p.message}`;
}

/**
 * What `lint` and `score` both start from: the markdown files named by the inputs, each
 * read with the config that applies to it. Inputs that yield nothing, unreadable files and
 * config problems are printed one line each through `err`, and `troubled` is set; the
 * other files are still returned.
 */
export async function readAnswerInputs(
  inputs: string[],
  opts: { cwd: string; config?: string; err: (s: string) => void },
): Promise<{ answers: AnswerInput[]; troubled: boolean }> {
  const { files, problems } = await expandInputs(inputs.length > 0 ? inputs : ['.'], opts.cwd);
  let troubled = problems.length > 0;
  for (const p of problems) opts.err(`interview-lint: ${p.message}`);
  const configs = new ConfigResolver(opts.config);
  const answers: AnswerInput[] = [];
  for (const file of files) {
    const shown = relative(opts.cwd, file) || file;
    const read = readAnswerFile(file);
    if ('error' in read) {
      opts.err(`interview-lint: ${read.error.replace(file, shown)}`);
      troubled = true;
      continue;
    }
    const { config, problems: configProblems } = await configs.forAnswer(file);
    for (const p of configProblems) {
      opts.err(`interview-lint: ${describeProblem(p, opts.cwd)}`);
      troubled = true;
    }
    answers.push({ file, shown, text: read.text, encoding: read.encoding, config });
  }
  return { answers, troubled };
}
