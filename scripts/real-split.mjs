#!/usr/bin/env node
// Moves the named batches of real answers from test/real/incoming/<batch>/ into the dev or test
// split (node scripts/real-split.mjs r7 r8). Answers paraphrased from the same page stay in one
// split: a page already in dev or test keeps its split, and a new page goes by a hash of its
// address, so about one page in three goes to test. The split is fixed before anyone sees a figure.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../test/real/', import.meta.url).pathname;
const incoming = join(root, 'incoming');

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const sourceOf = (file) => /^source:\s*"?([^"\n]+?)"?\s*$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? file;

const known = new Map();
for (const split of ['dev', 'test']) {
  const dir = join(root, split);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) known.set(sourceOf(join(dir, name)), split);
}

export const splitOf = (source) => known.get(source) ?? (fnv1a(source) % 3 === 0 ? 'test' : 'dev');

const batches = process.argv.slice(2);
if (batches.length === 0) throw new Error('name the batches to move, e.g. node scripts/real-split.mjs r7');
const counts = { dev: 0, test: 0 };
for (const batch of batches) {
  for (const name of readdirSync(join(incoming, batch)).filter((f) => f.endsWith('.md'))) {
    const from = join(incoming, batch, name);
    const split = splitOf(sourceOf(from));
    mkdirSync(join(root, split), { recursive: true });
    const to = join(root, split, name);
    if (existsSync(to)) throw new Error(`${to} exists already`);
    renameSync(from, to);
    counts[split]++;
  }
}
console.log(`moved ${counts.dev} to dev, ${counts.test} to test`);
