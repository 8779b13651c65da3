// Writes docs/rules/README.md, the rules index, from the rule registry (scripts/rulesIndex.ts),
// so that the ids, default severities, fixability and descriptions it lists are the rules'
// own. `--check` only compares and exits 1 when the file is out of date (the unit test does
// the same).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const tmp = mkdtempSync(join(tmpdir(), 'interview-lint-rules-index-'));
let mod;
try {
  await build({
    entryPoints: [join(root, 'scripts/rulesIndex.ts')],
    outfile: join(tmp, 'rulesIndex.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
  });
  mod = createRequire(import.meta.url)(join(tmp, 'rulesIndex.cjs'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const file = join(root, 'docs/rules/README.md');
const wanted = mod.rulesIndexText();
let current = '';
try {
  current = readFileSync(file, 'utf8');
} catch {
  /* first run */
}
if (current !== wanted) {
  if (check) {
    console.error('docs/rules/README.md is out of date: run `npm run gen:rules-index`');
    process.exit(1);
  }
  writeFileSync(file, wanted);
  console.log('wrote docs/rules/README.md');
}
