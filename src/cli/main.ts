import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { rules } from '../core/index.js';
import { runLint } from './lintCommand.js';
import type { CliIO } from './io.js';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

const HELP = `interview-lint: lint and score markdown drafts of interview answers

Usage:
  interview-lint lint [files | folders | globs] [options]
  interview-lint score [files] [--rubric id] [--format text|json|markdown]
  interview-lint report [files | folders] [--format text|json|markdown]
  interview-lint rules

report: every answer with its score, and which competencies and prepared
questions have a passing answer (the gaps); exit 0, or 2 on file errors.

Lint options:
  --format text|json|sarif   output format (default text)
  --config FILE              use this config instead of the nearest .interview-lint.jsonc
  --max-warnings N           exit 1 when there are more than N warnings
  --fix                      apply the safe fixes to the files, then report what is left

Exit codes: 0 no problems at error severity, 1 errors or too many warnings,
2 usage, config or file errors (the other files are still linted).`;

class UsageError extends Error {}

// Up to this much answer text, a lint compiles its patterns without V8's regexp optimizer
// (see beforeLint below). Measured against the optimized patterns, one process per run: an
// 8 KB or 16 KB answer file 6-7% faster, 32 KB about even, 64 KB and more slower.
const SMALL_LINT_CHARS = 16 * 1024;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unexpected ${flag} "${value}", expected ${allowed.join(', ')}`);
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.out(VERSION);
      return 0;
    }
    if (command === 'rules') {
      for (const r of rules)
        io.out(`${r.meta.id.padEnd(22)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.fixable ? 'fixable ' : '        '}${r.meta.description}`);
      return 0;
    }
    if (command === 'lint') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          format: { type: 'string' },
          config: { type: 'string' },
          'max-warnings': { type: 'string' },
          fix: { type: 'boolean', default: false },
        },
      });
      let maxWarnings: number | undefined;
      if (values['max-warnings'] !== undefined) {
        maxWarnings = Number(values['max-warnings']);
        if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
          throw new UsageError(`unexpected --max-warnings "${values['max-warnings']}", expected a whole number of 0 or more`);
      }
      return await runLint(
        {
          inputs: positionals,
          format: oneOf(values.format, ['text', 'json', 'sarif'] as const, '--format', 'text'),
          ...(values.config ? { config: values.config } : {}),
          ...(maxWarnings !== undefined ? { maxWarnings } : {}),
          fix: values.fix ?? false,
        },
        io,
      );
    }
    if (command === 'score') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { format: { type: 'string' }, rubric: { type: 'string', multiple: true }, config: { type: 'string' } },
      });
      const { runScore } = await import('./score.js');
      return await runScore({
        files: positionals,
        rubricIds: values.rubric ?? [],
        format: oneOf(values.format, ['text', 'json', 'markdown'] as const, '--format', 'text'),
        cwd: io.cwd,
        out: io.out,
        err: io.err,
        ...(values.config ? { config: values.config } : {}),
      });
    }
    if (command === 'report') {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { format: { type: 'string' }, config: { type: 'string' } } });
      const { runReport } = await import('./report.js');
      return await runReport({
        files: positionals,
        format: oneOf(values.format, ['text', 'json', 'markdown'] as const, '--format', 'text'),
        cwd: io.cwd,
        out: io.out,
        err: io.err,
        ...(values.config ? { config: values.config } : {}),
      });
    }
    throw new UsageError(`unknown command "${command}", expected lint, score, report or rules (see --help)`);
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`interview-lint: ${e.message}`);
      return 2;
    }
    io.err(`interview-lint: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

// Run when executed as the CLI (not when imported by tests).
if (typeof require !== 'undefined' && require.main === module) {
  // V8 first runs a regular expression in its bytecode interpreter and compiles it to machine
  // code on the next call. The rules' phrase patterns are long alternations over the whole
  // answer, slow to interpret, and a short CLI run pays for both steps; compiling them at once
  // removes about a fifth of the work a one-file lint adds to Node's own start-up.
  // Set before any rule runs; the bundle's regular expressions compile on first use.
  setFlagsFromString('--no-regexp-tier-up');
  // `interview-lint lint . | head` closes the pipe early: stop quietly, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const io: CliIO = {
    cwd: process.cwd(),
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
    color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
    version: VERSION,
    // V8's regexp optimizer makes each pattern faster to run and slower to compile. A lint of
    // one answer or a few runs every pattern on a few kilobytes, and spends more time
    // compiling the claim reader's and the rules' long alternations than running them; on a
    // story bank the running dominates. Set before the first rule compiles anything.
    beforeLint: (chars) => {
      if (chars <= SMALL_LINT_CHARS) setFlagsFromString('--no-regexp-optimization');
    },
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`interview-lint: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
