import { writeFileSync } from 'node:fs';
import { Linter, fixUntilStable } from '../core/index.js';
import { readAnswerInputs } from './answerInputs.js';
import { encodeAnswerText } from './readText.js';
import { toJson, toSarif, toText, type FileReport } from './formats.js';
import type { CliIO } from './io.js';

export interface LintArgs {
  inputs: string[];
  format: 'text' | 'json' | 'sarif';
  config?: string;
  maxWarnings?: number;
  fix: boolean;
}

/** Exit codes: 0 clean, 1 errors or too many warnings, 2 usage, config or file problems. */
export async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  const read = await readAnswerInputs(args.inputs, { cwd: io.cwd, ...(args.config ? { config: args.config } : {}), err: io.err });
  let troubled = read.troubled;
  io.beforeLint?.(read.answers.reduce((n, a) => n + a.text.length, 0));
  const reports: FileReport[] = [];
  for (const { file, shown, text: original, encoding, config } of read.answers) {
    const linter = new Linter(config);
    let text = original;
    let result = linter.lint(text);
    if (args.fix) {
      // Fix until nothing fixable is left, so that running --fix twice changes nothing the second time.
      const { text: fixed, result: fixedResult } = fixUntilStable({ text, result, lint: (t) => linter.lint(t) });
      if (fixed !== text) {
        try {
          writeFileSync(file, encodeAnswerText(fixed, encoding));
          text = fixed;
          result = fixedResult;
        } catch (e) {
          // A read-only file keeps its text and its findings; the other files are still fixed.
          io.err(`interview-lint: cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? String(e)}; the file was left as it was`);
          troubled = true;
        }
      }
    }
    for (const p of result.problems) io.err(`interview-lint: ${shown}: ${p.message}`);
    reports.push({ file: shown, text, diagnostics: result.diagnostics });
  }

  if (args.format === 'json') io.out(toJson(reports));
  else if (args.format === 'sarif') io.out(toSarif(reports, io.version));
  else io.out(toText(reports, { color: io.color }));

  if (troubled) return 2;
  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (errors > 0) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.err(`interview-lint: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}`);
    return 1;
  }
  return 0;
}
