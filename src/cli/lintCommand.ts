import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Linter, applyFixes, type EngineProblem } from '../core/index.js';
import { ConfigResolver } from './configFiles.js';
import { expandInputs } from './files.js';
import { encodeAnswerText, readAnswerFile } from './readText.js';
import { toJson, toSarif, toText, type FileReport } from './formats.js';
import type { CliIO } from './io.js';

export interface LintArgs {
  inputs: string[];
  format: 'text' | 'json' | 'sarif';
  config?: string;
  maxWarnings?: number;
  fix: boolean;
}

/** As ESLint: enough for fixes that unlock others, a stop for fixes that never settle. */
const MAX_FIX_PASSES = 10;

export function describeProblem(p: EngineProblem, cwd: string): string {
  if (!p.file) return p.message;
  // Paths as the user typed them: relative to the working folder, like the answer files.
  const shown = relative(cwd, p.file) || p.file;
  return p.message.startsWith(p.file) ? `${shown}${p.message.slice(p.file.length)}` : `${shown}: ${p.message}`;
}

/** Exit codes: 0 clean, 1 errors or too many warnings, 2 usage, config or file problems. */
export async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  const { files, problems } = await expandInputs(args.inputs.length > 0 ? args.inputs : ['.'], io.cwd);
  let troubled = problems.length > 0;
  for (const p of problems) io.err(`interview-lint: ${p.message}`);

  const configs = new ConfigResolver(args.config);
  const reports: FileReport[] = [];
  for (const file of files) {
    const shown = relative(io.cwd, file) || file;
    const read = readAnswerFile(file);
    if ('error' in read) {
      io.err(`interview-lint: ${read.error.replace(file, shown)}`);
      troubled = true;
      continue;
    }
    const { config, problems: configProblems } = configs.forAnswer(file);
    for (const p of configProblems) {
      io.err(`interview-lint: ${describeProblem(p, io.cwd)}`);
      troubled = true;
    }
    const linter = new Linter(config);
    let text = read.text;
    let result = linter.lint(text);
    if (args.fix) {
      // Fix until nothing fixable is left (a fix can make another one safe, and overlapping
      // fixes wait for the next pass), so that running --fix twice changes nothing the second time.
      let fixed = text;
      let fixedResult = result;
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixes = fixedResult.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
        if (fixes.length === 0) break;
        fixed = applyFixes(fixed, fixes).text;
        fixedResult = linter.lint(fixed);
      }
      if (fixed !== text) {
        try {
          writeFileSync(file, encodeAnswerText(fixed, read.encoding));
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
