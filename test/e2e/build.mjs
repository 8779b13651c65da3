// Bundles the end-to-end tests and their runners into out/e2e/ (each test file on its own,
// so mocha can load them one by one; *.beforeReload.ts and *.afterReload.ts are the test files
// of the runs on either side of a window reload, suite/index.ts). The extension itself is
// built by scripts/build.mjs.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rubricYaml } from '../../scripts/rubricYaml.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const suite = join(here, 'suite');
// Same rubric plugin as scripts/build.mjs: the tests import the engine to compare with what the editor shows.
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  plugins: [rubricYaml],
};

await build({
  ...common,
  entryPoints: [
    join(suite, 'index.ts'),
    ...readdirSync(suite)
      .filter((f) => /\.(test|beforeReload|afterReload)\.ts$/.test(f))
      .map((f) => join(suite, f)),
  ],
  outdir: join(here, '..', '..', 'out', 'e2e', 'suite'),
  external: ['vscode', 'mocha'],
});
// The web worker extension host's tests: one browser file, as the web build of the extension.
await build({
  ...common,
  platform: 'browser',
  target: 'es2022',
  conditions: ['worker'],
  entryPoints: [join(here, 'web', 'index.ts')],
  outfile: join(here, '..', '..', 'out', 'e2e', 'web', 'index.js'),
  external: ['vscode'],
});
await build({
  ...common,
  entryPoints: [join(here, 'runServer.ts'), join(here, 'runElectron.ts')],
  outdir: join(here, '..', '..', 'out', 'e2e'),
  external: ['playwright-core', '@vscode/test-electron'],
});
