// The claim audit: draws dev answers not yet in test/real/claim-labels.json and lists their
// claims as the engine cuts them, for a coach who has not read the code to mark each one
// concrete or general; then adds the marks to the labels that test/eval/claims.test.ts reads.
//
//   node scripts/claim-audit.mjs sheet [--seed 1] [--n 30] [--out FILE]
//   node scripts/claim-audit.mjs add FILE
//
// The sheet shows the answers and their claims, never what the detector says of them, so the
// marks are the coach's own. A claim is marked by ending its line with "-> C" or "-> G".
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { nodeBundle } from './nodeBundle.mjs';

const DEV = 'test/real/dev';
const LABELS = 'test/real/claim-labels.json';
const [mode, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: { seed: { type: 'string', default: '1' }, n: { type: 'string', default: '30' }, out: { type: 'string' } },
});

/** The files in an order fixed by the seed: a seed draws the same sheet again, a new one a fresh sample. */
function shuffled(files, seed) {
  const key = (f) => createHash('sha256').update(`${seed}:${f}`).digest('hex');
  return files
    .map((f) => [key(f), f])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([, f]) => f);
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const labels = () => JSON.parse(readFileSync(LABELS, 'utf8'));

/** The engine's linter and claim reader, bundled as the tests see them. */
async function engine() {
  const outfile = 'out/claim-audit/engine.mjs';
  await build({
    ...nodeBundle,
    stdin: {
      contents: "export { lint } from './src/core/index.js'; export { claimsOf } from './src/core/claims/read.js';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    outfile,
  });
  return import(pathToFileURL(join(process.cwd(), outfile)).href);
}

async function sheet() {
  const n = Number(values.n);
  const seed = Number(values.seed);
  if (!Number.isInteger(n) || n < 1) throw new Error(`unexpected --n "${values.n}", expected a whole number above 0`);
  if (!Number.isInteger(seed)) throw new Error(`unexpected --seed "${values.seed}", expected a whole number`);
  const seen = new Set(labels().map((l) => l.file));
  const files = readdirSync(DEV)
    .filter((f) => f.endsWith('.md') && !seen.has(f))
    .sort();
  if (files.length === 0) throw new Error(`every answer in ${DEV} has labelled claims already`);
  const picked = shuffled(files, seed).slice(0, n);
  const { lint, claimsOf } = await engine();
  const lines = [
    `# Claim audit: ${picked.length} answers from ${DEV} (seed ${seed})`,
    '',
    'Under each answer are its claims, as the linter cuts them. End each claim line with one letter:',
    '',
    '- `C` (concrete): particular to this answer and checkable: a named tool, system, method, data set, person or team, a number, a decision the speaker made, a specific step they took, or in an explanation a precise mechanism, cause or condition.',
    '- `G` (general): anyone could have said it: a stock phrase, a feeling or motivation, a self-assessment, a commonplace, a vague activity, a category name with nothing particular, a heading or lead-in.',
    '',
    "Judge each claim in the context of its answer, as a coach deciding whether the answer could be anyone's. Then run `node scripts/claim-audit.mjs add FILE`.",
    '',
  ];
  let count = 0;
  for (const f of picked) {
    const text = readFileSync(join(DEV, f), 'utf8');
    const answer = lint(text).model.answers.find((a) => a.kind === 'answer');
    if (!answer) continue;
    const asked = /^\s*asked:\s*"(.*)"\s*$/m.exec(text)?.[1] ?? '';
    lines.push(`## ${f}`, '', `Question: ${asked}`, '', text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').trim(), '');
    const claims = claimsOf(answer);
    claims.forEach((c, i) => lines.push(`- ${f}#${i + 1}: "${squash(c.text)}" -> `));
    count += claims.length;
    lines.push('');
  }
  const out = values.out ?? `test-artifacts/claim-audit-${seed}.md`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, lines.join('\n'));
  console.log(`wrote ${count} claims of ${picked.length} answers to ${out}`);
}

function add(file) {
  if (!file) throw new Error('usage: node scripts/claim-audit.mjs add FILE');
  const marks = [...readFileSync(file, 'utf8').matchAll(/^- (\S+?\.md)#\d+: "(.*)" -> *(\S*)\s*$/gm)];
  const unmarked = marks.filter((m) => m[3] !== 'C' && m[3] !== 'G');
  if (unmarked.length > 0)
    throw new Error(`${file}: ${unmarked.length} claims are not marked C or G (the first: ${unmarked[0][1]}, "${unmarked[0][2].slice(0, 60)}")`);
  const all = labels();
  const known = new Set(all.map((l) => `${l.file}\n${l.claim}`));
  let added = 0;
  for (const [, f, claim, mark] of marks) {
    if (known.has(`${f}\n${claim}`)) continue;
    known.add(`${f}\n${claim}`);
    all.push({ file: f, claim, label: mark === 'C' ? 'concrete' : 'general' });
    added++;
  }
  writeFileSync(LABELS, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`added ${added} claims to ${LABELS} (${all.length} in all)`);
}

try {
  if (mode === 'sheet') await sheet();
  else if (mode === 'add') add(positionals[0]);
  else {
    console.error('usage: node scripts/claim-audit.mjs sheet [--seed N] [--n 30] [--out FILE] | add FILE');
    process.exit(2);
  }
} catch (e) {
  console.error(`claim-audit: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
