/**
 * The story bank report on a workspace of answer files: `interview-lint report` as the CLI
 * runs it (list the folder, read each file and its config, lint, score against every rubric,
 * compute the coverage), in this process, on files written to a temporary folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../src/cli/report.js';
import { BankIndex, defaultConfig, shippedRubrics } from '../src/core/index.js';
import { singleAnswer } from './corpus.js';

export interface BankReportFigures {
  files: number;
  answers: number;
  kb: number;
  coldMs: number;
  /** Wall-clock milliseconds of each warm run. */
  warmMs: number[];
  /** CPU milliseconds of each warm run (every thread of the process: it does not count waiting for a core). */
  warmCpuMs: number[];
  /**
   * The editor's listing (`BankIndex`, as the Story Bank view keeps it): every file read again,
   * one of them edited, coverage computed; the unchanged files keep their score. Milliseconds.
   */
  relistMs: number[];
}

const relistConfig = defaultConfig();
const relistRubrics = shippedRubrics().rubrics;

/** Reads the folder and hands every file to the index, as the view's rescan does; one file's text changes each time. */
function relist(index: BankIndex, dir: string, round: number): number {
  const config = relistConfig;
  const t0 = performance.now();
  const files = readdirSync(dir).sort();
  for (const [i, f] of files.entries()) {
    let text = readFileSync(join(dir, f), 'utf8');
    if (i === round % files.length) text += `\nI cut the review time from ${round + 2} days to one.\n`;
    index.update({ file: f, text, config, rubrics: relistRubrics });
  }
  index.snapshot();
  return performance.now() - t0;
}

export async function benchBankReport(opts: { files: number; rounds: number }): Promise<BankReportFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'il-bank-bench-'));
  try {
    mkdirSync(join(dir, 'answers'));
    let bytes = 0;
    for (let i = 0; i < opts.files; i++) {
      // Drafts of 1-3 KB, as candidates write them.
      const text = singleAnswer(7000 + i, 1024 + ((i * 613) % 2048));
      bytes += text.length;
      writeFileSync(join(dir, 'answers', `answer-${String(i + 1).padStart(3, '0')}.md`), text);
    }
    let answers = 0;
    const cpu: number[] = [];
    const run = async (): Promise<number> => {
      let json = '';
      const errors: string[] = [];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const code = await runReport({ files: ['answers'], format: 'json', cwd: dir, out: (s) => (json = s), err: (s) => errors.push(s) });
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      if (code !== 0) throw new Error(`interview-lint report exited ${code} on the bench workspace: ${errors.slice(0, 3).join('; ')}`);
      answers = (JSON.parse(json) as { answers: unknown[] }).answers.length;
      return ms;
    };
    const coldMs = await run();
    await run();
    const warmMs: number[] = [];
    for (let i = 0; i < opts.rounds; i++) warmMs.push(await run());
    const index = new BankIndex();
    relist(index, join(dir, 'answers'), 0);
    const relistMs: number[] = [];
    for (let i = 1; i <= opts.rounds; i++) relistMs.push(relist(index, join(dir, 'answers'), i));
    return { files: opts.files, answers, kb: Math.round(bytes / 1024), coldMs, warmMs, warmCpuMs: cpu.slice(-opts.rounds), relistMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
