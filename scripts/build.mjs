// Bundles the CLI and the extension with esbuild: one file each loads far faster than
// hundreds of small modules (cold start), and keeps the .vsix small.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
    b.onResolve({ filter: /\/core\/index\.js$/ }, (args) =>
      args.importer.endsWith('src/vscode/engine.ts') && args.kind === 'require-call' ? { path: './engine.js', external: true } : undefined,
    );
  },
};

// `interview-lint lint file.md` loads dist/cli.js alone: what a one-file lint never needs (the
// scorer and its rubrics, the story bank report, the glob matcher) sits in files of its own, required on first use
// through a dynamic import, so that the common case starts without parsing it.
const CLI_PARTS = { './score.js': 'cli-score', './report.js': 'cli-report', tinyglobby: 'cli-glob' };
const cliPartsInOwnFiles = {
  name: 'cli-parts-in-own-files',
  setup(b) {
    b.onResolve({ filter: /^(?:\.\/score\.js|\.\/report\.js|tinyglobby)$/ }, (args) =>
      args.kind === 'dynamic-import' && args.importer.includes('/src/cli/') ? { path: `./${CLI_PARTS[args.path]}.js`, external: true } : undefined,
    );
  },
};

// Libraries that dist/cli.js calls only now and then: each is bundled into a file of its own,
// and what the CLI imports from it is a stand-in that requires that file on the first call.
// The config parser and schema validator are needed only when a config file exists, the
// table of 2,000 HTML entity names only for a `&name;` in an answer, the YAML parser (a
// third of the bundle) only for front matter beyond plain `key: word` lines. A new import of
// another name from these packages fails the build ("No matching export"), never the user's run.
const LAZY_LIBRARIES = {
  'jsonc-parser': { file: 'cli-jsonc', functions: ['parse', 'printParseErrorCode'] },
  '@cfworker/json-schema': { file: 'cli-json-schema', classes: ['Validator'] },
  'decode-named-character-reference': { file: 'cli-entities', functions: ['decodeNamedCharacterReference'] },
  // yaml's ES-module build (the parser the web extension already runs): its CommonJS build
  // loads the stringifier and document API at start. The builds differ only in how warnings
  // are printed (the front-matter parse turns them off) and in giving `!!binary` values as a
  // Uint8Array rather than a Buffer (nothing reads those). The scorer keeps the CommonJS
  // build: a rubric's YAML warnings still reach the user as Node process warnings.
  yaml: {
    file: 'cli-yaml',
    functions: ['parse'],
    classes: ['YAMLParseError'],
    entry: fileURLToPath(new URL('../node_modules/yaml/browser/index.js', import.meta.url)),
  },
};
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(b) {
    const names = new RegExp(
      `^(?:${Object.keys(LAZY_LIBRARIES)
        .map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('|')})$`,
    );
    b.onResolve({ filter: names }, (args) => (args.namespace === 'lazy-library' ? undefined : { path: args.path, namespace: 'lazy-library' }));
    b.onResolve({ filter: /^\.\/cli-[\w-]+\.js$/, namespace: 'lazy-library' }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-library' }, (args) => {
      const { file, functions = [], classes = [] } = LAZY_LIBRARIES[args.path];
      const lines = [`let lib;`, `const load = () => (lib ??= require('./${file}.js'));`];
      for (const f of functions) lines.push(`export function ${f}(...args) { return load().${f}(...args); }`);
      // Called with `new`: a constructor that returns an object yields that object. `instanceof`
      // asks the library's own class.
      for (const c of classes)
        lines.push(
          `export function ${c}(...args) { return new (load().${c})(...args); }`,
          `Object.defineProperty(${c}, Symbol.hasInstance, { value: (x) => x instanceof load().${c} });`,
        );
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};
const lazyLibraryEntries = Object.fromEntries(Object.entries(LAZY_LIBRARIES).map(([pkg, { file, entry }]) => [file, entry ?? pkg]));

// For a Node target esbuild rewrites every regex literal with a \p{...} class into a `new
// RegExp(...)` call (it cannot tell which property names that Node's V8 knows). Inside a
// function that call builds the pattern again on every evaluation, about five times the cost
// of a literal; the engine's claim reader and rules run such literals on every clause. Every
// property name the engine uses is known to Node 20, so the literals stay literals.
const unicodePropertyLiterals = { 'regexp-unicode-property-escapes': true };

const cli = {
  outdir: 'dist',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  supported: unicodePropertyLiterals,
  // Less to parse at every start; the linked source map still maps stack traces back.
  minify: true,
  plugins: [cliPartsInOwnFiles],
  // ESM dependencies bundled into CommonJS read import.meta.url; give them the bundle's own URL.
  banner: { js: "#!/usr/bin/env node\nconst __bundleUrl = require('url').pathToFileURL(__filename).href;" },
  define: { __VERSION__: JSON.stringify(version), 'import.meta.url': '__bundleUrl' },
};

const targets = {
  // A target may be several builds; `--only cli` makes all of the CLI's files.
  cli: [
    {
      ...cli,
      entryPoints: { cli: 'src/cli/main.ts' },
      plugins: [cliPartsInOwnFiles, lazyLibraries],
    },
    { ...cli, entryPoints: { 'cli-score': 'src/cli/score.ts', 'cli-report': 'src/cli/report.ts', 'cli-glob': 'tinyglobby', ...lazyLibraryEntries } },
  ],
  extension: {
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    supported: unicodePropertyLiterals,
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
    supported: unicodePropertyLiterals,
  },
  // The browser extension host loads one file, so the web bundle keeps the engine inside.
  web: {
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    // @cfworker/json-schema builds its default base URI from self.location when it loads. VS
    // Code starts the web worker host from a blob: URL, whose pathname is a whole address, and
    // the URL it builds is invalid, which threw on loading the engine. The bundle reads
    // self.location nowhere else, so the library takes the fixed base it uses under Node; the
    // config schema has no relative $ref for a base to resolve.
    define: { 'process.env.NODE_ENV': '"production"', 'self.location': 'undefined' },
    // vscode.dev runs extensions in a Web Worker: no `document`, so packages must not pick
    // their DOM builds (decode-named-character-reference's calls document.createElement).
    conditions: ['worker'],
    banner: { js: 'var __interviewLintLoadStart = performance.now();' },
    footer: { js: 'var __interviewLintLoadEnd = performance.now();' },
  },
};

for (const [name, builds] of Object.entries(targets)) {
  if (only && only !== name) continue;
  for (const options of [builds].flat()) {
    const entries = Array.isArray(options.entryPoints) ? options.entryPoints : Object.values(options.entryPoints);
    if (!existsSync(entries[0])) continue;
    await build({ ...common, ...options, plugins: [...(options.plugins ?? []), rubricYaml] });
  }
}
