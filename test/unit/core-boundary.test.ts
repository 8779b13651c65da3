import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * src/core is the engine the CLI, the Node extension and the browser extension (vscode.dev)
 * all run: it may not reach for `vscode`, for Node's built-in modules, or into its adapters.
 * Its imports are read from the source text, so a type-only import counts too.
 */
const root = join(__dirname, '..', '..');
const core = join(root, 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : /\.[cm]?[jt]s$/.test(f) ? [path] : [];
  });
}

/** Every module specifier in `text`: static and dynamic imports, re-exports, side-effect imports, require. */
function moduleSpecifiers(text: string): string[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!));
}

const NODE_BUILTINS = new Set(builtinModules);

/** Why `specifier`, imported by `file`, breaks the boundary; undefined when it is fine. */
function violation(file: string, specifier: string): string | undefined {
  if (specifier === 'vscode' || specifier.startsWith('vscode/')) return 'imports vscode';
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]!)) return 'imports a Node built-in';
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(file), specifier);
    for (const adapter of ['cli', 'vscode']) {
      const dir = join(root, 'src', adapter);
      if (target === dir || target.startsWith(dir + sep)) return `imports from src/${adapter}`;
    }
  }
  return undefined;
}

describe('the engine (src/core) stays free of its adapters and of Node', () => {
  const files = sources(core);

  it('finds the engine sources and their imports', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(moduleSpecifiers(readFileSync(join(core, 'index.ts'), 'utf8'))).toContain('./engine.js');
  });

  it.each(files.map((f) => [relative(root, f), f] as const))('%s imports no vscode, no node:*, nothing from src/cli or src/vscode', (_name, file) => {
    const bad = moduleSpecifiers(readFileSync(file, 'utf8')).flatMap((s) => {
      const why = violation(file, s);
      return why ? [`${s}: ${why}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('the check catches what it is for', () => {
    const file = join(core, 'config', 'lookup.ts');
    const text = [
      "import * as vscode from 'vscode';",
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import type { Stats } from 'fs/promises';",
      "export { main } from '../../cli/main.js';",
      "const x = await import('../../vscode/engine.js');",
      "const y = require('os');",
      "import './config.css';",
      "import { parse } from 'jsonc-parser';",
      "import { rules } from '../registry.js';",
    ].join('\n');
    expect(Object.fromEntries(moduleSpecifiers(text).map((s) => [s, violation(file, s) ?? 'fine']))).toEqual({
      vscode: 'imports vscode',
      'node:fs': 'imports a Node built-in',
      path: 'imports a Node built-in',
      'fs/promises': 'imports a Node built-in',
      '../../cli/main.js': 'imports from src/cli',
      '../../vscode/engine.js': 'imports from src/vscode',
      os: 'imports a Node built-in',
      './config.css': 'fine',
      'jsonc-parser': 'fine',
      '../registry.js': 'fine',
    });
  });
});
