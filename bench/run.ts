/**
 * `npm run bench`: interview-lint against the tools a user would otherwise pick, on the
 * same generated inputs. Rounds are interleaved (every tool once per round, in a rotating
 * order) so that machine noise hits every tool alike; figures are medians, ratios are
 * medians of the per-round ratios. Not a test: it prints numbers and checks them against
 * its speed targets, it never fails a build.
 *
 * Flags: --json (machine-readable rows on stdout), --quick (skip the 10 MB bank),
 * --clock cpu (report CPU time instead of wall-clock time: steadier on a shared machine),
 * --corpus 2kb,1mb (only these corpora), --full (run the slow tools on 10 MB too: minutes), --no-extras (no memory, cold start
 * or size sections), --no-bank (no story bank report), --in-process (every tool in this thread instead of each
 * in its own worker thread; --workers, the default, says so explicitly). Internal: --probe <tool> <corpus> measures one tool's memory in a fresh process.
 *
 * This one file is also the workers' code: a worker thread runs `serveTool` instead of `main`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import { lint as markdownlint } from 'markdownlint/sync';
import writeGood from 'write-good';
import { Linter, defaultConfig } from '../src/core/index.js';
import { splitAnswers } from '../src/core/model/split.js';
import { isSectionHeading } from '../src/core/model/labels.js';
import { bank, singleAnswer } from './corpus.js';
import { benchBankReport, type BankReportFigures } from './bankReport.js';

const TOOLS = ['interview-lint', 'interview-lint-edit', 'remark-parse', 'remark-parse-per-answer', 'markdownlint', 'retext-intensify', 'write-good'] as const;
type ToolName = (typeof TOOLS)[number];
const CORPORA = ['2kb', '100kb', '1mb', '10mb'] as const;
type CorpusName = (typeof CORPORA)[number];

const args = process.argv.slice(2);
const flag = (f: string): boolean => args.includes(f);
const asJson = flag('--json');
const log = (s: string): void => void process.stderr.write(s + '\n');

function corpusText(name: CorpusName): string {
  switch (name) {
    case '2kb':
      return singleAnswer(2, 2000);
    case '100kb':
      return bank(100, 100 * 1024);
    case '1mb':
      return bank(1000, 1024 * 1024);
    case '10mb':
      return bank(10000, 10 * 1024 * 1024);
  }
}

/** Markdown reduced to its words, for write-good (a plain-text tool). Not timed. */
function plainText(md: string): string {
  return md
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^ {0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`|]+/g, '');
}

function micromarkVersion(): string {
  for (const p of ['node_modules/mdast-util-from-markdown/node_modules/micromark/package.json', 'node_modules/micromark/package.json']) {
    if (existsSync(p)) return (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

const parser = unified().use(remarkParse).freeze();
const english = unified().use(retextEnglish).use(retextIntensify) as unknown as Parameters<typeof remarkRetext>[0];
const retext = unified().use(remarkParse).use(remarkRetext, english).freeze();
const config = defaultConfig();

/** One call of a tool on a text; state (the primed linter of the edit tool) lives in the closure. */
type Run = () => unknown;

function prepare(tool: ToolName, text: string): Run {
  switch (tool) {
    case 'interview-lint':
      return () => new Linter(config).lint(text).diagnostics;
    case 'interview-lint-edit': {
      // Each call is a re-lint after a one-character edit in the middle: insert, then delete.
      const linter = new Linter(config);
      linter.lint(text);
      const mid = text.length >> 1;
      const edited = text.slice(0, mid) + 'x' + text.slice(mid);
      let inserted = false;
      return () => {
        inserted = !inserted;
        return linter.lint(inserted ? edited : text).diagnostics;
      };
    }
    case 'remark-parse':
      return () => parser.parse(text);
    case 'remark-parse-per-answer': {
      // The floor under a full lint: remark-parse on each answer section as the linter splits
      // them (split not timed), with no model and no rules. Not one of the compared tools: it
      // shows how much of a target is left to the rules once the parser has had its share.
      const sections = splitAnswers(text, isSectionHeading).map((c) => text.slice(c.start, c.end));
      return () => {
        let nodes = 0;
        for (const section of sections) nodes += parser.parse(section).children.length;
        return nodes;
      };
    }
    case 'markdownlint':
      return () => markdownlint({ strings: { answer: text } });
    case 'retext-intensify':
      return async () => (await retext.run(retext.parse(text), text)).type;
    case 'write-good': {
      const plain = plainText(text);
      return () => writeGood(plain);
    }
  }
}

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

/** Wall-clock and CPU milliseconds per call (CPU counts every thread of the process, GC helpers included). */
interface Sample {
  wall: number;
  cpu: number;
}

// No forced GC per sample: every full GC ages bytecode, and a GC before each sample made
// V8 flush and recompile the tools that had not run for a few samples (4x slower parses).
async function callN(run: Run, n: number): Promise<Sample> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = run();
    if (r instanceof Promise) await r;
  }
  const wall = (performance.now() - t0) / n;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 / n };
}

// On a shared machine wall-clock time includes waiting for a core; --clock cpu reports CPU time instead.
const clock: keyof Sample = args.includes('--clock') && args[args.indexOf('--clock') + 1] === 'cpu' ? 'cpu' : 'wall';
// Workers by default: the targets were set against figures measured that way, and in one thread
// each tool's times carry the others' garbage and share their compiled code (see bench/README.md).
const mode: 'workers' | 'in-process' = flag('--in-process') ? 'in-process' : 'workers';
const MODE_LABEL = { workers: 'each tool in its own worker', 'in-process': 'every tool in one thread' } as const;

interface Plan {
  rounds: number;
  /** Tools that run fewer rounds on this corpus (they take seconds per call). */
  slowRounds: number;
  /** Small inputs are timed in batches of at least this long. */
  minBatchMs: number;
  /**
   * Each tool calls itself for this long (measured) before its samples. A fresh engine keeps
   * getting faster for 2-3 s on the 2 KB answer (the lint's first call takes about 200 ms, the
   * parser's about 20), and a worker's code is warmed by its own tool only.
   */
  warmMs: number;
}

const PLANS: Record<CorpusName, Plan> = {
  '2kb': { rounds: 31, slowRounds: 31, minBatchMs: 40, warmMs: 3000 },
  '100kb': { rounds: 9, slowRounds: 9, minBatchMs: 40, warmMs: 3000 },
  '1mb': { rounds: 5, slowRounds: 3, minBatchMs: 0, warmMs: 0 },
  '10mb': { rounds: 3, slowRounds: 1, minBatchMs: 0, warmMs: 0 },
};
const FAST: ReadonlySet<ToolName> = new Set(['interview-lint', 'interview-lint-edit']);

interface Cell {
  samples: number[];
  cpuSamples: number[];
  note?: string;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Which tools skip the 10 MB bank, and why (unless --full). */
function skipOn10mb(tool: ToolName, mm: string): string | undefined {
  if (flag('--full')) return undefined;
  if (tool === 'retext-intensify')
    return 'skipped on 10 MB: the retext pipeline parses the whole file with remark (quadratic with micromark 4.0.3) and then walks every word; several minutes (--full runs it)';
  if (tool === 'remark-parse' && mm !== '4.0.2')
    return `skipped on 10 MB: micromark ${mm} grows quadratically (1 MB already takes seconds; 10 MB takes minutes; --full runs it)`;
  return undefined;
}

/** Warms a tool up on a corpus; returns the batch size that makes one sample last at least minBatchMs. */
async function warmUp(run: Run, name: CorpusName): Promise<number> {
  const plan = PLANS[name];
  if (plan.warmMs > 0) {
    // Timed, not counted from the first call: that call is the slowest by far, so a count from
    // it gave the lint 3 warm-up calls, and a batch size from the calls right after it gave
    // batches of about 15 ms instead of minBatchMs.
    const until = performance.now() + plan.warmMs;
    let calls = 0;
    while (performance.now() < until || calls < 3) {
      await callN(run, 1);
      calls++;
    }
    const per = (await callN(run, Math.max(3, Math.ceil(calls / 10)))).wall;
    return Math.max(1, Math.ceil(plan.minBatchMs / Math.max(per, 0.001)));
  }
  await callN(run, 1);
  if (name === '1mb') await callN(run, 1);
  return 1;
}

/** A tool warmed up on one corpus: each call times one sample (a batch of calls). */
type Batch = () => Promise<Sample>;
type Setup = (tool: ToolName, name: CorpusName, text: string) => Promise<Batch>;

/** Every tool in this thread: one heap, one JIT and one garbage collector for all of them. */
const inProcess: Setup = async (tool, name, text) => {
  const run = prepare(tool, text);
  const n = await warmUp(run, name);
  return () => callN(run, n);
};

type ToWorker = { kind: 'prepare'; corpus: CorpusName; text: string } | { kind: 'batch'; corpus: CorpusName; n: number };
type FromWorker = { kind: 'ready'; n: number } | ({ kind: 'sample' } & Sample) | { kind: 'error'; message: string };

/**
 * One tool in its own worker thread, as the reference figures were measured: its own heap, JIT
 * and garbage collector, so no other tool's garbage is marked in its samples and no other tool
 * shares (or evicts) its compiled code. It answers one request at a time.
 */
class ToolWorker {
  private readonly worker: Worker;
  private pending: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | undefined;

  constructor(readonly tool: ToolName) {
    this.worker = new Worker(new URL(import.meta.url), { workerData: { tool } });
    this.worker.on('message', (m: FromWorker) => this.settle((p) => (m.kind === 'error' ? p.reject(new Error(`${tool}: ${m.message}`)) : p.resolve(m))));
    this.worker.on('error', (e) => this.settle((p) => p.reject(e)));
    this.worker.on('exit', (code) => this.settle((p) => p.reject(new Error(`${tool}: worker exited with code ${code}`))));
  }

  private settle(f: (p: NonNullable<ToolWorker['pending']>) => void): void {
    const p = this.pending;
    this.pending = undefined;
    if (p) f(p);
  }

  request(message: ToWorker): Promise<FromWorker> {
    if (this.pending) throw new Error(`${this.tool}: a request is still pending`);
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(message);
    });
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** Each tool in its own worker, started on first use and kept for the next corpora. */
function workerSetup(): { setup: Setup; stop: () => Promise<void> } {
  const workers = new Map<ToolName, ToolWorker>();
  const setup: Setup = async (tool, name, text) => {
    let w = workers.get(tool);
    if (!w) workers.set(tool, (w = new ToolWorker(tool)));
    const ready = await w.request({ kind: 'prepare', corpus: name, text });
    if (ready.kind !== 'ready') throw new Error(`${tool}: expected ready, got ${ready.kind}`);
    const { n } = ready;
    return async () => {
      const r = await w.request({ kind: 'batch', corpus: name, n });
      if (r.kind !== 'sample') throw new Error(`${tool}: expected a sample, got ${r.kind}`);
      return { wall: r.wall, cpu: r.cpu };
    };
  };
  return { setup, stop: async () => void (await Promise.all([...workers.values()].map((w) => w.stop()))) };
}

/** A worker thread's side: prepare its one tool on a corpus (collect, warm up), then time the batches it is asked for. */
function serveTool(): void {
  const { tool } = workerData as { tool: ToolName };
  const port = parentPort!;
  let current: { corpus: CorpusName; run: Run } | undefined;
  port.on('message', (m: ToWorker) => {
    const reply = async (): Promise<FromWorker> => {
      if (m.kind === 'prepare') {
        current = undefined;
        // As the in-process mode collects between corpora, each worker collects before its corpus.
        gc();
        const run = prepare(tool, m.text);
        current = { corpus: m.corpus, run };
        return { kind: 'ready', n: await warmUp(run, m.corpus) };
      }
      if (current?.corpus !== m.corpus) throw new Error(`not prepared on ${m.corpus}`);
      return { kind: 'sample', ...(await callN(current.run, m.n)) };
    };
    reply().then(
      (r) => port.postMessage(r),
      (e: unknown) => port.postMessage({ kind: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies FromWorker),
    );
  });
}

async function measureCorpus(name: CorpusName, text: string, mm: string, setup: Setup): Promise<Map<ToolName, Cell>> {
  const plan = PLANS[name];
  const cells = new Map<ToolName, Cell>();
  const batches = new Map<ToolName, Batch>();
  for (const tool of TOOLS) {
    const skip = name === '10mb' ? skipOn10mb(tool, mm) : undefined;
    if (skip) {
      cells.set(tool, { samples: [], cpuSamples: [], note: skip });
      continue;
    }
    batches.set(tool, await setup(tool, name, text));
    cells.set(tool, { samples: [], cpuSamples: [] });
  }
  const order = [...batches.keys()];
  for (let round = 0; round < plan.rounds; round++) {
    // Rotate the order so no tool always runs right after the same neighbour.
    const rotated = order.map((_, i) => order[(i + round) % order.length]!);
    for (const tool of rotated) {
      if (round >= plan.slowRounds && !FAST.has(tool)) continue;
      // One batch at a time, in workers too: the tools never compete for the cores.
      const sample = await batches.get(tool)!();
      const c = cells.get(tool)!;
      c.samples.push(sample[clock]);
      c.cpuSamples.push(sample.cpu);
    }
    log(`  ${name} round ${round + 1}/${plan.rounds} done`);
  }
  return cells;
}

/** Per-round ratios a/b, over the rounds where both ran. */
function roundRatios(a: Cell | undefined, b: Cell | undefined): number[] {
  if (!a || !b) return [];
  const n = Math.min(a.samples.length, b.samples.length);
  const rs: number[] = [];
  for (let i = 0; i < n; i++) rs.push(a.samples[i]! / b.samples[i]!);
  return rs;
}

/** Median over rounds of a/b, using only rounds where both ran. */
function ratio(a: Cell | undefined, b: Cell | undefined): number | undefined {
  const rs = roundRatios(a, b);
  return rs.length === 0 ? undefined : median(rs);
}

/** The middle half of the per-round ratios (quartiles): how far one run's verdict can be trusted. */
function spread(a: Cell | undefined, b: Cell | undefined): { q1: number; q3: number } | undefined {
  const rs = roundRatios(a, b).sort((x, y) => x - y);
  if (rs.length < 4) return undefined;
  const at = (q: number): number => {
    const pos = (rs.length - 1) * q;
    const lo = Math.floor(pos);
    return rs[lo]! + (rs[Math.min(lo + 1, rs.length - 1)]! - rs[lo]!) * (pos - lo);
  };
  return { q1: at(0.25), q3: at(0.75) };
}

interface Memory {
  tool: string;
  corpus: string;
  baseRssMb: number;
  peakRssMb: number;
  retainedHeapMb: number;
  ms: number;
}

function probe(tool: ToolName, name: CorpusName): Memory {
  const text = corpusText(name);
  const run = prepare(tool, corpusText('2kb'));
  run();
  gc();
  const baseRss = process.memoryUsage().rss;
  const t0 = performance.now();
  // Keep the result (and the linter's cache) alive: that is what an editor holds.
  const linter = new Linter(config);
  const held = tool === 'interview-lint' ? linter.lint(text) : tool === 'markdownlint' ? markdownlint({ strings: { answer: text } }) : parser.parse(text);
  const ms = performance.now() - t0;
  gc();
  const mb = (b: number): number => Math.round((b / 1024 / 1024) * 10) / 10;
  const out = {
    tool,
    corpus: name,
    baseRssMb: mb(baseRss),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    retainedHeapMb: mb(process.memoryUsage().heapUsed),
    ms: Math.round(ms),
  };
  void held;
  return out;
}

function memory(): Memory[] {
  const self = fileURLToPath(import.meta.url);
  const out: Memory[] = [];
  const probes: [ToolName, CorpusName][] = [
    ['interview-lint', '1mb'],
    ['markdownlint', '1mb'],
    ['remark-parse', '1mb'],
  ];
  if (!flag('--quick')) probes.push(['interview-lint', '10mb']);
  for (const [tool, corpus] of probes) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', self, '--probe', tool, corpus], { encoding: 'utf8' });
    if (r.status === 0) out.push(JSON.parse(r.stdout) as Memory);
    else log(`memory probe ${tool} ${corpus} failed: ${r.stderr.slice(0, 400)}`);
  }
  return out;
}

interface ColdStart {
  nodeMs: number;
  cliMs: number;
  ratio: number;
  runs: number;
  command: string;
}

function coldStart(): ColdStart | { note: string } {
  if (!existsSync('src/cli/main.ts')) return { note: 'src/cli/main.ts does not exist yet' };
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet', '--only', 'cli'], { encoding: 'utf8' });
  if (built.status !== 0 || !existsSync('dist/cli.js')) return { note: `building dist/cli.js failed: ${built.stderr.slice(0, 300)}` };
  const dir = mkdtempSync(join(tmpdir(), 'interview-lint-bench-'));
  const file = join(dir, 'answer.md');
  writeFileSync(file, corpusText('2kb'));
  const cli = ['dist/cli.js', 'lint', file];
  const check = spawnSync(process.execPath, cli, { encoding: 'utf8' });
  if (check.status === null || check.status > 1) return { note: `the CLI failed (exit ${check.status}): ${check.stderr.slice(0, 300)}` };
  const time = (argv: string[]): number => {
    const t0 = performance.now();
    spawnSync(process.execPath, argv, { stdio: 'ignore' });
    return performance.now() - t0;
  };
  const node: number[] = [];
  const ours: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < 2; i++) {
    time(['-e', '0']);
    time(cli);
  }
  const runs = 15;
  for (let i = 0; i < runs; i++) {
    const a = time(['-e', '0']);
    const b = time(cli);
    node.push(a);
    ours.push(b);
    ratios.push(b / a);
  }
  return { nodeMs: median(node), cliMs: median(ours), ratio: median(ratios), runs, command: `node dist/cli.js lint <2 KB answer>` };
}

function sizes(): { file: string; kb: number }[] {
  const files: string[] = [];
  for (const dir of ['dist', 'dist/web']) if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.js')) files.push(`${dir}/${f}`);
  for (const f of readdirSync('.')) if (f.endsWith('.vsix')) files.push(f);
  return files.map((f) => ({ file: f, kb: Math.round(statSync(f).size / 102.4) / 10 }));
}

const fmtMs = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);
const fmtX = (x: number | undefined): string => (x === undefined ? '' : x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(2)}×`);

async function main(): Promise<void> {
  if (args[0] === '--probe') {
    process.stdout.write(JSON.stringify(probe(args[1] as ToolName, args[2] as CorpusName)));
    return;
  }
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  const mm = micromarkVersion();
  const only = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]!.split(',') : undefined;
  const names = CORPORA.filter((c) => !(c === '10mb' && flag('--quick')) && (!only || only.includes(c)));
  const results = new Map<CorpusName, Map<ToolName, Cell>>();
  const sizesByCorpus = new Map<CorpusName, number>();
  log(`interview-lint bench: Node ${process.version}, micromark ${mm} (remark-parse), markdownlint 0.40.0, ${MODE_LABEL[mode]}`);
  const workers = mode === 'workers' ? workerSetup() : undefined;
  try {
    for (const name of names) {
      gc();
      const text = corpusText(name);
      sizesByCorpus.set(name, text.length);
      log(`${name}: ${text.length.toLocaleString('en-US')} characters`);
      results.set(name, await measureCorpus(name, text, mm, workers?.setup ?? inProcess));
    }
  } finally {
    // The story bank report runs in this thread: no idle worker's heap or collector stays beside it.
    await workers?.stop();
  }

  const rows: { tool: ToolName; corpus: CorpusName; median_ms: number; median_cpu_ms: number; rounds: number }[] = [];
  const round3 = (x: number): number => Math.round(x * 1000) / 1000;
  for (const name of names)
    for (const tool of TOOLS) {
      const c = results.get(name)!.get(tool)!;
      if (c.samples.length)
        rows.push({ tool, corpus: name, median_ms: round3(median(c.samples)), median_cpu_ms: round3(median(c.cpuSamples)), rounds: c.samples.length });
    }

  const cell = (name: CorpusName, tool: ToolName): Cell | undefined => results.get(name)?.get(tool);
  const med = (name: CorpusName, tool: ToolName): number | undefined => {
    const c = cell(name, tool);
    return c && c.samples.length ? median(c.samples) : undefined;
  };
  const targets: { target: string; value: number | undefined; limit: number; pass: boolean | undefined; unit: string; q1?: number; q3?: number }[] = [];
  const target = (label: string, value: number | undefined, limit: number, atMost: boolean, unit = '×', quartiles?: { q1: number; q3: number }): void => {
    targets.push({ target: label, value, limit, pass: value === undefined ? undefined : atMost ? value <= limit : value >= limit, unit, ...quartiles });
  };
  const ratioTarget = (label: string, corpus: CorpusName, a: ToolName, b: ToolName, limit: number, atMost: boolean): void => {
    target(label, ratio(cell(corpus, a), cell(corpus, b)), limit, atMost, '×', spread(cell(corpus, a), cell(corpus, b)));
  };
  ratioTarget('2 KB full lint / remark-parse parse', '2kb', 'interview-lint', 'remark-parse', 1.5, true);
  ratioTarget('2 KB markdownlint / full lint', '2kb', 'markdownlint', 'interview-lint', 1.5, false);
  ratioTarget('2 KB retext-intensify / full lint', '2kb', 'retext-intensify', 'interview-lint', 1.5, false);
  ratioTarget('1 MB markdownlint / cold full lint', '1mb', 'markdownlint', 'interview-lint', 2, false);
  target('1 MB re-lint after a 1-char edit', med('1mb', 'interview-lint-edit'), 20, true, ' ms');
  const l1 = med('1mb', 'interview-lint');
  const l10 = med('10mb', 'interview-lint');
  target('10 MB full lint / 1 MB full lint', l1 && l10 ? l10 / l1 : undefined, 11, true);

  // The story bank report: 300 answer files listed, read, linted, scored and covered, warm.
  let bankFigures: BankReportFigures | undefined;
  if (!flag('--no-bank')) {
    gc();
    log('story bank report: 300 answer files');
    bankFigures = await benchBankReport({ files: 300, rounds: 7 });
    target('300-file story bank report, warm', median(bankFigures.warmMs), 1000, true, ' ms');
    target('300-file story bank re-listing after an edit (editor)', median(bankFigures.relistMs), 1000, true, ' ms');
  }

  const extras = !flag('--no-extras');
  const mem = extras ? memory() : [];
  const cold = extras ? coldStart() : undefined;
  if (cold && 'ratio' in cold) target('CLI cold start / node -e 0', cold.ratio, 2.5, true);
  const files = extras ? sizes() : [];
  const notes = [...results.values()]
    .flatMap((m) => [...m.values()])
    .map((c) => c.note)
    .filter((n): n is string => !!n);
  const uniqueNotes = [...new Set(notes)];
  if (mode === 'workers' && clock === 'cpu')
    uniqueNotes.push(
      "CPU time in worker mode is the whole process's (Node 20 has no per-thread CPU clock in its API): only one worker runs a batch at a time, so it is that worker's thread plus the garbage collector's and compiler's helper threads, which every worker shares",
    );
  const seconds = (performance.now() - started) / 1000;
  const load = { before: Math.round(loadBefore * 10) / 10, after: Math.round(loadavg()[0]! * 10) / 10, cores: cpus().length };
  if (Math.max(load.before, load.after) > load.cores) {
    uniqueNotes.push(
      `the machine was busy (1-minute load average ${load.before} before, ${load.after} after, on ${load.cores} cores): wall-clock figures include waiting for a core; --clock cpu measures CPU time`,
    );
  }

  const ceiling = ratio(cell('1mb', 'markdownlint'), cell('1mb', 'remark-parse-per-answer'));
  const parseShare = ratio(cell('2kb', 'interview-lint'), cell('2kb', 'remark-parse-per-answer'));
  // The same parse timed as two tools: any distance from 1.00× is the measurement's own drift in this run.
  const drift = ratio(cell('2kb', 'remark-parse-per-answer'), cell('2kb', 'remark-parse'));
  if (asJson) {
    const parserShare = { markdownlintOverParsePerAnswer1mb: ceiling, lintOverParsePerAnswer2kb: parseShare, sameWorkDrift2kb: drift };
    process.stdout.write(
      JSON.stringify(
        {
          rows,
          clock,
          mode,
          load,
          micromark: mm,
          targets,
          parserShare,
          memory: mem,
          coldStart: cold,
          bankReport: bankFigures && {
            files: bankFigures.files,
            answers: bankFigures.answers,
            kb: bankFigures.kb,
            cold_ms: Math.round(bankFigures.coldMs),
            median_ms: Math.round(median(bankFigures.warmMs)),
            median_cpu_ms: Math.round(median(bankFigures.warmCpuMs)),
            rounds: bankFigures.warmMs.length,
            relist_median_ms: Math.round(median(bankFigures.relistMs)),
          },
          sizes: files,
          notes: uniqueNotes,
          seconds: Math.round(seconds),
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }

  const out: string[] = [];
  out.push(
    `interview-lint bench · Node ${process.version} · micromark ${mm} · markdownlint 0.40.0 · ${Math.round(seconds)} s · ${clock === 'cpu' ? 'CPU' : 'wall-clock'} time · ${MODE_LABEL[mode]} · load ${load.before}/${load.after} on ${load.cores} cores`,
  );
  out.push('Medians of interleaved rounds; × = median per-round ratio to remark-parse on the same input; n = rounds.');
  out.push('');
  const header = ['tool', ...names.map((n) => `${n} (${(sizesByCorpus.get(n)! / 1024).toFixed(0)} KiB)`)];
  const table: string[][] = [header];
  for (const tool of TOOLS) {
    table.push([
      tool,
      ...names.map((n) => {
        const c = cell(n, tool);
        if (!c || c.samples.length === 0) return 'skipped';
        const x = tool === 'remark-parse' ? undefined : ratio(c, cell(n, 'remark-parse'));
        return `${fmtMs(median(c.samples))}${x === undefined ? '' : ` (${fmtX(x)})`} n=${c.samples.length}`;
      }),
    ]);
  }
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  out.push(line(table[0]!));
  out.push(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of table.slice(1)) out.push(line(r));
  out.push('');
  out.push('Targets:');
  for (const t of targets) {
    const v = t.value === undefined ? 'n/a' : t.unit === ' ms' ? fmtMs(t.value) : fmtX(t.value);
    const middle = t.q1 !== undefined && t.q3 !== undefined ? `, middle half of rounds ${fmtX(t.q1)}-${fmtX(t.q3)}` : '';
    out.push(
      `  ${t.pass === undefined ? '?' : t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${v} (target ${t.unit === ' ms' ? '≤' : t.target.includes('/ full lint') || t.target.includes('/ cold') ? '≥' : '≤'} ${t.limit}${t.unit}${middle})`,
    );
  }
  if (drift !== undefined)
    out.push(`  (same work, two tools: 2 KB remark-parse answer by answer / remark-parse = ${fmtX(drift)}; the 2 KB ratios are no steadier than this)`);
  if (ceiling !== undefined || parseShare !== undefined) {
    out.push('');
    out.push('What the parser leaves (remark-parse answer by answer, no model, no rules):');
    if (ceiling !== undefined)
      out.push(`  1 MB markdownlint / remark-parse answer by answer: ${fmtX(ceiling)} (the most a full lint could reach against the ≥ 2× target)`);
    if (parseShare !== undefined)
      out.push(`  2 KB full lint / remark-parse answer by answer: ${fmtX(parseShare)} (what the model and the rules add to the parse)`);
  }
  if (mem.length) {
    out.push('');
    out.push('Memory (one fresh process per line; peak RSS includes Node and the generated input; retained heap holds the result):');
    for (const m of mem)
      out.push(`  ${m.tool} ${m.corpus}: peak RSS ${m.peakRssMb} MB (before the lint ${m.baseRssMb} MB), retained heap ${m.retainedHeapMb} MB, ${fmtMs(m.ms)}`);
  }
  if (bankFigures) {
    out.push('');
    out.push(
      `Story bank report (interview-lint report on ${bankFigures.files} answer files, ${bankFigures.kb} KB, ${bankFigures.answers} answers; ` +
        `listed, read, linted, scored, covered): warm ${fmtMs(median(bankFigures.warmMs))} wall, ${fmtMs(median(bankFigures.warmCpuMs))} CPU ` +
        `(median of ${bankFigures.warmMs.length}); first run ${fmtMs(bankFigures.coldMs)}`,
    );
    out.push(
      `Story bank re-listing as the editor keeps it (BankIndex: every file read again, one edited, coverage): ${fmtMs(median(bankFigures.relistMs))} (median of ${bankFigures.relistMs.length})`,
    );
  }
  if (cold) {
    out.push('');
    if ('ratio' in cold)
      out.push(`CLI cold start (${cold.command}, median of ${cold.runs}): ${fmtMs(cold.cliMs)} vs node -e 0 ${fmtMs(cold.nodeMs)} = ${fmtX(cold.ratio)}`);
    else out.push(`CLI cold start: not measured (${cold.note})`);
  }
  if (files.length) {
    out.push('');
    out.push(`Sizes: ${files.map((f) => `${f.file} ${f.kb} KB`).join(', ')}`);
  }
  if (uniqueNotes.length) {
    out.push('');
    out.push('Notes:');
    for (const n of uniqueNotes) out.push(`  - ${n}`);
    const slow = PLANS['10mb'].slowRounds;
    if (names.includes('10mb'))
      out.push(
        `  - on 10 MB the slow tools run ${slow} round${slow === 1 ? '' : 's'} (1 MB: ${PLANS['1mb'].slowRounds}); interview-lint runs ${PLANS['10mb'].rounds}.`,
      );
  }
  process.stdout.write(out.join('\n') + '\n');
}

if (isMainThread) await main();
else serveTool();
