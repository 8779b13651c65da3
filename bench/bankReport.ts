/**
 * The story bank report on a workspace of answer files: `interview-lint report` as the CLI
 * runs it (list the folder, read each file and its config, lint, score against every rubric,
 * compute the coverage), in this process, on files written to a temporary folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../src/cli/report.js';
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
    return { files: opts.files, answers, kb: Math.round(bytes / 1024), coldMs, warmMs, warmCpuMs: cpu.slice(-opts.rounds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
