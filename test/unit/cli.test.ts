import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { capture, workspace } from '../helpers/cli.js';
import { ruleIds } from '../../src/core/index.js';

// Every other rule off, so these tests see the CLI's behaviour, not the other rules' judgement.
const ONLY_FILLER = JSON.stringify({ rules: Object.fromEntries(ruleIds().map((r) => [r, r === 'filler' ? 'warning' : 'off'])) });

describe('interview-lint lint', () => {
  it('prints the JSON contract: file, diagnostics with 1-based range, end exclusive, fix', async () => {
    const dir = workspace({ 'a.md': '# Why this role?\n\nUm, because.\n' });
    const io = capture(dir);
    const code = await main(['lint', '--format', 'json', '--config', join(dir, 'none.json'), 'a.md'], io);
    const out = JSON.parse(io.stdout.join('\n')) as { file: string; diagnostics: { ruleId: string; range: unknown; fix?: unknown; severity: string }[] }[];
    expect(out[0]!.file).toBe('a.md');
    const filler = out[0]!.diagnostics.find((d) => d.ruleId === 'filler')!;
    expect(filler.range).toEqual({ start: { line: 3, column: 1 }, end: { line: 3, column: 3 } });
    expect(filler.fix).toEqual({ range: { start: { line: 3, column: 1 }, end: { line: 3, column: 6 } }, text: 'B' });
    // The named config file does not exist: reported, defaults used, exit 2.
    expect(io.stderr.join('\n')).toMatch(/cannot read config .*none\.json: ENOENT/);
    expect(code).toBe(2);
  });

  it('uses the nearest config file and exits 1 on error severity', async () => {
    const rules = Object.fromEntries(ruleIds().map((r) => [r, r === 'filler' ? 'error' : 'off']));
    const dir = workspace({ '.interview-lint.json': JSON.stringify({ rules }), 'answers/a.md': 'Um, we shipped.\n' });
    const io = capture(dir);
    expect(await main(['lint', 'answers'], io)).toBe(1);
    expect(io.stdout.join('\n')).toContain('answers/a.md\n  1:1      error   "Um" is a spoken filler');
  });

  it('--max-warnings: exit 1 when warnings exceed it, 0 otherwise', async () => {
    const dir = workspace({ '.interview-lint.json': ONLY_FILLER, 'a.md': 'Um, one. Uh, two.\n' });
    expect(await main(['lint', '--max-warnings', '1', 'a.md'], capture(dir))).toBe(1);
    expect(await main(['lint', '--max-warnings', '2', 'a.md'], capture(dir))).toBe(0);
    const bad = capture(dir);
    expect(await main(['lint', '--max-warnings', 'many', 'a.md'], bad)).toBe(2);
    expect(bad.stderr).toEqual(['interview-lint: unexpected --max-warnings "many", expected a whole number of 0 or more']);
  });

  it('--fix writes the safe fixes and reports what is left', async () => {
    const dir = workspace({ '.interview-lint.json': ONLY_FILLER, 'a.md': 'Um, we shipped it, you know, on time.\n' });
    const io = capture(dir);
    await main(['lint', '--fix', 'a.md'], io);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('We shipped it on time.\n');
    expect(io.stdout.join('\n')).toBe('No problems in 1 file.');
  });

  it('SARIF names the tool, the rules and the locations', async () => {
    const dir = workspace({ '.interview-lint.json': ONLY_FILLER, 'a.md': 'Um, we shipped.\n' });
    const io = capture(dir);
    await main(['lint', '--format', 'sarif', 'a.md'], io);
    const sarif = JSON.parse(io.stdout.join('\n')) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { locations: { physicalLocation: unknown }[] }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['filler']);
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'a.md' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 3 },
    });
  });

  it('usage errors: one line, exit 2, no stack', async () => {
    const io = capture(process.cwd());
    expect(await main(['lint', '--format', 'xml'], io)).toBe(2);
    expect(io.stderr).toEqual(['interview-lint: unexpected --format "xml", expected text, json, sarif']);
    const io2 = capture(process.cwd());
    expect(await main(['frobnicate'], io2)).toBe(2);
    expect(io2.stderr).toEqual(['interview-lint: unknown command "frobnicate", expected lint, score, report or rules (see --help)']);
    const io3 = capture(process.cwd());
    expect(await main(['lint', '--bogus'], io3)).toBe(2);
    expect(io3.stderr[0]).toMatch(/^interview-lint: Unknown option '--bogus'/);
  });
});
