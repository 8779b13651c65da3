import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  Linter,
  SHIPPED_RUBRIC_SOURCES,
  loadRubrics,
  scoreLintResult,
  scoreToMarkdown,
  scoreToText,
  type EngineProblem,
  type LoadedRubric,
  type ResolvedConfig,
  type RubricSource,
  type ScoreReport,
} from '../core/index.js';
import { readAnswerInputs } from './answerInputs.js';

export interface ScoreArgs {
  files: string[];
  rubricIds: string[];
  format: 'text' | 'json' | 'markdown';
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  /** Config file to use instead of the nearest `.interview-lint.jsonc`. */
  config?: string;
}

/** Workspace rubrics are looked for here (besides the config's `rubrics` paths). */
export const WORKSPACE_RUBRIC_DIR = join('.interview-lint', 'rubrics');

function rubricFilesIn(path: string): { files: string[]; problem?: string } {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return { files: [], problem: `rubric path ${path} does not exist` };
  }
  if (!stat.isDirectory()) return { files: [path] };
  const files = readdirSync(path)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => join(path, f));
  return { files };
}

/** Shipped rubrics plus the workspace's (a workspace rubric with a shipped id replaces it). */
export function loadAllRubrics(config: ResolvedConfig, cwd: string): { rubrics: LoadedRubric[]; problems: EngineProblem[] } {
  const paths = [...config.rubrics];
  const defaultDir = resolve(cwd, WORKSPACE_RUBRIC_DIR);
  if (existsSync(defaultDir) && !paths.includes(defaultDir)) paths.unshift(defaultDir);
  const sources: RubricSource[] = [...SHIPPED_RUBRIC_SOURCES];
  const problems: EngineProblem[] = [];
  for (const p of paths) {
    const { files, problem } = rubricFilesIn(p);
    if (problem) problems.push({ kind: 'rubric', file: p, message: problem });
    for (const f of files) {
      try {
        sources.push({ file: relative(cwd, f) || f, text: readFileSync(f, 'utf8') });
      } catch (e) {
        problems.push({ kind: 'rubric', file: f, message: `cannot read rubric ${f}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      }
    }
  }
  const loaded = loadRubrics(sources);
  return { rubrics: loaded.rubrics, problems: [...problems, ...loaded.problems] };
}

/**
 * The rubrics of each file's config, loaded once per set of rubric paths (keyed by the paths,
 * not the config object: files with no config file each get a fresh default config). Problems
 * are reported once, when a set is first loaded; `troubled` says whether there were any.
 */
export class RubricsByConfig {
  private readonly loaded = new Map<string, LoadedRubric[]>();
  troubled = false;

  constructor(
    private readonly cwd: string,
    private readonly err: (line: string) => void,
  ) {}

  /** The rubrics for `config`, and whether this call loaded them (a set not seen before). */
  for(config: ResolvedConfig): { rubrics: LoadedRubric[]; first: boolean } {
    const key = JSON.stringify(config.rubrics);
    const known = this.loaded.get(key);
    if (known) return { rubrics: known, first: false };
    const { rubrics, problems } = loadAllRubrics(config, this.cwd);
    for (const p of problems) this.err(`interview-lint: ${p.message}`);
    if (problems.length > 0) this.troubled = true;
    this.loaded.set(key, rubrics);
    return { rubrics, first: true };
  }
}

/** The JSON contract: one entry per file; `rubrics` of every answer (with `answer` when a file holds several). */
function toJsonEntry(file: string, report: ScoreReport): unknown {
  const many = report.answers.length > 1;
  return {
    file,
    score: report.score,
    pass: report.pass,
    passMark: report.answers.length ? Math.round((report.answers.reduce((s, a) => s + a.passMark, 0) / report.answers.length) * 100) / 100 : null,
    rubrics: report.answers.flatMap((a) =>
      a.rubrics.map((r) => ({
        ...(many ? { answer: a.answerIndex } : {}),
        id: r.id,
        title: r.title,
        score: r.score,
        pass: r.pass,
        passMark: r.passMark,
        selection: r.selection,
        criteria: r.criteria.map((c) => ({
          id: c.id,
          title: c.title,
          weight: c.weight,
          level: c.level,
          descriptor: c.descriptor,
          evidence: c.evidence.map((e) => ({ text: e.text, range: e.range })),
          next: c.next,
          ...(c.notes.length ? { notes: c.notes } : {}),
        })),
        findings: r.findings.map((f) => ({ id: f.id, kind: f.kind, message: f.message, range: f.range, affects: f.affects })),
      })),
    ),
    answers: report.answers.map((a) => ({
      answer: a.answerIndex,
      ...(a.question ? { question: a.question } : {}),
      score: a.score,
      passMark: a.passMark,
      pass: a.pass,
      notes: a.notes,
    })),
  };
}

/**
 * `interview-lint score`: lints each file with its config, scores it against the shipped and
 * workspace rubrics, prints the report. Exit 0 when every answer passes, 1 when one fails,
 * 2 on file, config or rubric problems (the other files are still scored).
 */
export async function runScore(args: ScoreArgs): Promise<number> {
  const read = await readAnswerInputs(args.files, { cwd: args.cwd, ...(args.config ? { config: args.config } : {}), err: args.err });
  let troubled = read.troubled;
  const rubricSets = new RubricsByConfig(args.cwd, args.err);
  const entries: unknown[] = [];
  const texts: string[] = [];
  let allPass = true;

  for (const { shown, text, config } of read.answers) {
    const { rubrics } = rubricSets.for(config);
    const result = new Linter(config).lint(text);
    const report = scoreLintResult(result, { rubrics, requested: args.rubricIds, config });
    for (const p of report.problems) {
      args.err(`interview-lint: ${shown}: ${p.message}`);
      troubled = true;
    }
    if (!report.pass) allPass = false;
    if (args.format === 'json') entries.push(toJsonEntry(shown, report));
    else texts.push(args.format === 'markdown' ? scoreToMarkdown(report, shown) : scoreToText(report, shown));
  }

  if (args.format === 'json') args.out(JSON.stringify(entries, null, 2));
  else if (texts.length > 0) args.out(texts.join(args.format === 'markdown' ? '\n' : '\n\n'));
  return troubled || rubricSets.troubled ? 2 : allPass ? 0 : 1;
}
