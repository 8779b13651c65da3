// Writes schemas/interview-lint.schema.json from the engine's configSchema(), and the
// per-rule severity settings (package.json contributes.configuration interviewLint.rules)
// from the rule registry, so neither can drift from the rules. `--check` only compares and
// exits 1 when a file is out of date (the unit test does the same).
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rubricYaml } from './rubricYaml.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const tmp = mkdtempSync(join(tmpdir(), 'interview-lint-schema-'));
let mod;
try {
  await build({
    entryPoints: [join(root, 'src/vscode/pure/generated.ts')],
    outfile: join(tmp, 'generated.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    plugins: [rubricYaml],
  });
  mod = createRequire(import.meta.url)(join(tmp, 'generated.cjs'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

let stale = false;
const schemaFile = join(root, 'schemas/interview-lint.schema.json');
const schemaText = mod.schemaFileText();
let current = '';
try {
  current = readFileSync(schemaFile, 'utf8');
} catch {
  /* first run */
}
if (current !== schemaText) {
  stale = true;
  if (!check) {
    mkdirSync(dirname(schemaFile), { recursive: true });
    writeFileSync(schemaFile, schemaText);
    console.log('wrote schemas/interview-lint.schema.json');
  }
}

// Re-read package.json right before writing: other scripts may edit it too. Only one key is touched.
const pkgFile = join(root, 'package.json');
const pkgText = readFileSync(pkgFile, 'utf8');
const pkg = JSON.parse(pkgText);
const props = pkg.contributes?.configuration?.properties;
if (!props?.['interviewLint.rules']) throw new Error('package.json has no contributes.configuration.properties["interviewLint.rules"]');
const wanted = mod.rulesSettingSchema();
if (JSON.stringify(props['interviewLint.rules'].properties) !== JSON.stringify(wanted.properties)) {
  stale = true;
  if (!check) {
    props['interviewLint.rules'].properties = wanted.properties;
    writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
    console.log('updated package.json interviewLint.rules');
  }
}
if (check && stale) {
  console.error('schemas/interview-lint.schema.json or package.json interviewLint.rules is out of date: run `npm run gen:schema`');
  process.exit(1);
}
