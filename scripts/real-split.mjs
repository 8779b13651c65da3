#!/usr/bin/env node
// Moves the named batches of real answers from test/real/incoming/<batch>/ into the dev or test
// split (node scripts/real-split.mjs r7 r8). The split is a hash of the file name, so it is
// fixed before anyone sees a figure: about one file in three goes to test.
import { mkdirSync, readdirSync, renameSync, existsSync } from 'node:fs';
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

export const splitOf = (name) => (fnv1a(name) % 3 === 0 ? 'test' : 'dev');

const counts = { dev: 0, test: 0 };
const batches = process.argv.slice(2);
if (batches.length === 0) throw new Error('name the batches to move, e.g. node scripts/real-split.mjs r7');
for (const batch of batches) {
  for (const name of readdirSync(join(incoming, batch)).filter((f) => f.endsWith('.md'))) {
    const split = splitOf(name);
    mkdirSync(join(root, split), { recursive: true });
    const to = join(root, split, name);
    if (existsSync(to)) throw new Error(`${to} exists already`);
    renameSync(join(incoming, batch, name), to);
    counts[split]++;
  }
}
console.log(`moved ${counts.dev} to dev, ${counts.test} to test`);
