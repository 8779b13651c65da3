// Bundles the CLI and the extension with esbuild: one file each loads far faster than
// hundreds of small modules (cold start), and keeps the .vsix small.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { rubricYaml } from './rubricYaml.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const production = args.includes('--production');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: quiet ? 'warning' : 'info',
  legalComments: 'none',
  // jsonc-parser's UMD build loads its parts with dynamic require; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

// The Node extension loads the engine from its own file on first use (src/vscode/engine.ts):
// parsing the whole engine at activation would cost more than the 50 ms activation budget.
const engineInOwnFile = {
  name: 'engine-in-own-file',
  setup(b) {
    b.onResolve({ filter: /\/core\/index\.js$/ }, (args) => (args.importer.endsWith('src/vscode/engine.ts') && args.kind === 'require-call' ? { path: './engine.js', external: true } : undefined));
  },
};

const targets = {
  cli: {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // ESM dependencies bundled into CommonJS read import.meta.url; give them the bundle's own URL.
    banner: { js: "#!/usr/bin/env node\nconst __bundleUrl = require('url').pathToFileURL(__filename).href;" },
    define: { __VERSION__: JSON.stringify(version), 'import.meta.url': '__bundleUrl' },
  },
  extension: {
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [engineInOwnFile],
    // Lets the extension report how long its bundle took to load (activation time).
    banner: { js: 'var __interviewLintLoadStart = performance.now();' },
    footer: { js: 'var __interviewLintLoadEnd = performance.now();' },
  },
  // The engine for the Node extension, required by dist/extension.js on the first lint.
  engine: {
    entryPoints: ['src/core/index.ts'],
    outfile: 'dist/engine.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  // The browser extension host loads one file, so the web bundle keeps the engine inside.
  web: {
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // vscode.dev runs extensions in a Web Worker: no `document`, so packages must not pick
    // their DOM builds (decode-named-character-reference's calls document.createElement).
    conditions: ['worker'],
    banner: { js: 'var __interviewLintLoadStart = performance.now();' },
    footer: { js: 'var __interviewLintLoadEnd = performance.now();' },
  },
};

for (const [name, options] of Object.entries(targets)) {
  if (only && only !== name) continue;
  if (!existsSync(options.entryPoints[0])) continue;
  await build({ ...common, ...options, plugins: [...(options.plugins ?? []), rubricYaml] });
}
