// The reason audit: draws criterion verdicts of the scorer at random from real answers and
// writes them as a sheet for someone who did not write the code to judge, one verdict at a
// time, against the answer's text; then counts what they marked.
//
//   node scripts/reason-audit.mjs sheet [--dir test/real/dev] [--seed 1] [--n 60] [--out FILE]
//   node scripts/reason-audit.mjs tally FILE
//
// A seed draws the same verdicts from the same code, so a second auditor can judge the same
// sheet; a new seed draws a fresh sample. The sheet asks for `verdict: right` or
// `verdict: wrong` under each item, and a reason when wrong.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const [mode, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'test/real/dev' },
    seed: { type: 'string', default: '1' },
    n: { type: 'string', default: '60' },
    out: { type: 'string' },
  },
});

/** mulberry32: a small seeded generator, so a sheet can be drawn again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The answer as the auditor reads it: the file without its front matter (where the labels are). */
function answerText(file) {
  return readFileSync(file, 'utf8')
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .trim();
}

function sheet() {
  const n = Number(values.n);
  const seed = Number(values.seed);
  if (!Number.isInteger(n) || n < 1) throw new Error(`unexpected --n "${values.n}", expected a whole number above 0`);
  if (!Number.isInteger(seed)) throw new Error(`unexpected --seed "${values.seed}", expected a whole number`);
  const files = readdirSync(values.dir)
    .filter((f) => f.endsWith('.md') && !/^[A-Z]+\.md$/.test(f))
    .sort()
    .map((f) => join(values.dir, f));
  if (files.length === 0) throw new Error(`no answer files in ${values.dir}`);
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet', '--only', 'cli'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the CLI build failed');
  const run = spawnSync(process.execPath, ['dist/cli.js', 'score', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`interview-lint score exited with ${run.status}: ${run.stderr}`);
  const verdicts = JSON.parse(run.stdout).flatMap((entry) =>
    entry.rubrics.flatMap((rubric) =>
      rubric.criteria.filter((c) => c.level !== null).map((criterion) => ({ file: entry.file, rubric, criterion, answerScore: entry.score })),
    ),
  );
  const next = random(seed);
  const drawn = [];
  const pool = [...verdicts];
  while (drawn.length < n && pool.length) drawn.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  drawn.sort((a, b) => a.file.localeCompare(b.file));
  const out = [
    `# Reason audit: ${drawn.length} criterion verdicts from ${values.dir} (seed ${seed})`,
    '',
    'For each item, read the answer, then the verdict the scorer gave on one criterion: the level,',
    'what that level means, the passages it quoted as evidence and its advice for the next level.',
    'Mark `verdict: right` when a coach reading the answer would agree with the level and the reason',
    '(the evidence is real evidence for it, the advice fits the text), `verdict: wrong` otherwise, with',
    'a line saying why. Judge the reason, not only the number: a fair level for a false reason is wrong.',
    '',
  ];
  drawn.forEach((d, i) => {
    const c = d.criterion;
    out.push(`## Item ${i + 1}. ${d.file.split('/').pop()} · ${d.rubric.title}: ${c.title}`, '');
    out.push('<details><summary>The answer</summary>', '', answerText(d.file), '', '</details>', '');
    out.push(`- Level: **${c.level}/5**: ${c.descriptor}`);
    if (c.evidence.length) for (const e of c.evidence) out.push(`- Evidence (line ${e.range.start.line}): "${e.text}"`);
    else out.push('- Evidence: none quoted');
    if (c.next) out.push(`- Next level: ${c.next}`);
    for (const note of c.notes ?? []) out.push(`- Note: ${note}`);
    out.push('', 'verdict: ', 'why: ', '');
  });
  const target = values.out ?? `test-artifacts/reason-audit-${seed}.md`;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, out.join('\n'));
  process.stdout.write(`wrote ${drawn.length} verdicts from ${files.length} answers to ${target}\n`);
}

function tally() {
  const file = positionals[0];
  if (!file) throw new Error('tally needs the filled sheet: node scripts/reason-audit.mjs tally FILE');
  const items = readFileSync(file, 'utf8')
    .split(/^## (?=Item \d+\.)/m)
    .slice(1);
  let right = 0;
  const wrong = [];
  const blank = [];
  for (const item of items) {
    const title = item.split('\n')[0];
    const verdict = /^verdict:\s*(\w*)/m.exec(item)?.[1]?.toLowerCase() ?? '';
    if (verdict === 'right') right++;
    else if (verdict === 'wrong') wrong.push(`${title}\n    ${/^why:\s*(.*)$/m.exec(item)?.[1] ?? ''}`);
    else blank.push(title);
  }
  const judged = right + wrong.length;
  process.stdout.write(
    `${right} of ${judged} verdicts right (${((100 * right) / Math.max(1, judged)).toFixed(1)}%)${blank.length ? `; ${blank.length} not judged` : ''}\n`,
  );
  for (const w of wrong) process.stdout.write(`  wrong: ${w}\n`);
  if (blank.length) process.exitCode = 1;
}

// A reader that stops early ("| head") closes the pipe: that is no error of the audit.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  if (mode === 'sheet') sheet();
  else if (mode === 'tally') tally();
  else throw new Error(`unexpected mode "${mode ?? ''}", expected sheet or tally`);
} catch (e) {
  process.stderr.write(`reason-audit: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
