// Bundles the CLI and the extension with esbuild: one file each loads far faster than
// hundreds of small modules (cold start), and keeps the .vsix small.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

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
  // Shipped rubrics are bundled as text: the engine parses them without touching the disk.
  loader: { '.yaml': 'text' },
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
    // Lets the extension report how long its bundle took to load (activation time).
    banner: { js: 'var __interviewLintLoadStart = performance.now();' },
    footer: { js: 'var __interviewLintLoadEnd = performance.now();' },
  },
  web: {
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: 'var __interviewLintLoadStart = performance.now();' },
    footer: { js: 'var __interviewLintLoadEnd = performance.now();' },
  },
};

for (const [name, options] of Object.entries(targets)) {
  if (only && only !== name) continue;
  if (!existsSync(options.entryPoints[0])) continue;
  await build({ ...common, ...options });
}
