import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { capture } from '../../helpers/cli.js';

/**
 * Files the tests make unreadable (or unwritable). As root, chmod does not stop a read or
 * a write, so the denial is simulated at the one call the CLI reads (writes) answers with,
 * for these paths only; as any other user the real permission bits do the work.
 */
const denied = new Set<string>();
const deniedWrite = new Set<string>();
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    if (typeof path === 'string' && denied.has(resolve(path))) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    return (actual.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof actual.readFileSync;
  const writeFileSync = ((path: unknown, ...rest: unknown[]) => {
    if (typeof path === 'string' && deniedWrite.has(resolve(path)))
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    return (actual.writeFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof actual.writeFileSync;
  return { ...actual, readFileSync, writeFileSync, default: { ...actual, readFileSync, writeFileSync } };
});

const { main } = await import('../../../src/cli/main.js');

const ROOT = resolve(__dirname, '..', '..', '..');
const BUNDLE = join(ROOT, 'dist', 'cli.js');
const GOOD = '# Why did you pick this model?\n\nI think we basically shipped it, um, late.\n';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** chmod 000, and the simulated denial when the process can read it anyway (root). */
function makeUnreadable(file: string): 'real' | 'simulated' {
  chmodSync(file, 0o000);
  try {
    readFileSync(file);
  } catch {
    return 'real';
  }
  denied.add(resolve(file));
  return 'simulated';
}

/** A workspace with one good answer and one bad input of every kind. */
function workspace(): { dir: string; unreadable: 'real' | 'simulated' } {
  const dir = mkdtempSync(join(tmpdir(), 'il-robust-'));
  writeFileSync(join(dir, 'good.md'), GOOD);
  mkdirSync(join(dir, 'empty'));
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'todo.txt'), 'not markdown\n');
  writeFileSync(join(dir, 'binary.md'), PNG);
  writeFileSync(join(dir, 'locked.md'), GOOD);
  return { dir, unreadable: makeUnreadable(join(dir, 'locked.md')) };
}

/** Each bad input, the argument that names it and the one line the user sees about it. */
const BAD_INPUTS: { name: string; arg: string; message: string }[] = [
  { name: 'a missing file', arg: 'nope.md', message: 'interview-lint: no such file or folder: nope.md' },
  { name: 'a folder with no files', arg: 'empty', message: 'interview-lint: no markdown files in empty' },
  { name: 'a folder with no markdown', arg: 'notes', message: 'interview-lint: no markdown files in notes' },
  { name: 'a binary file', arg: 'binary.md', message: 'interview-lint: skipped binary.md: it looks like a binary file, not markdown' },
  { name: 'an unreadable file', arg: 'locked.md', message: 'interview-lint: cannot read locked.md: permission denied' },
  { name: 'a glob with an unclosed bracket', arg: 'docs/[unclosed', message: 'interview-lint: no markdown files match docs/[unclosed' },
  { name: 'a glob with an unclosed brace', arg: '**/*.{md', message: 'interview-lint: no markdown files match **/*.{md' },
];

function expectGoodLinted(stdout: string): void {
  expect(stdout).toContain('good.md');
  expect(stdout).toMatch(/3:1 +warning "I think"/);
}

describe('robustness: the CLI on bad input (through main)', () => {
  for (const bad of BAD_INPUTS) {
    it(`${bad.name}: one line, exit 2, the good file still linted`, async () => {
      const { dir } = workspace();
      const io = capture(dir);
      const code = await main(['lint', 'good.md', bad.arg], io);
      expect(io.stderr).toEqual([bad.message]);
      expectGoodLinted(io.stdout.join('\n'));
      expect(code).toBe(2);
    });
  }

  it('every bad input at once: each reported once, JSON output still complete and parseable', async () => {
    const { dir } = workspace();
    const io = capture(dir);
    const code = await main(['lint', '--format', 'json', ...BAD_INPUTS.map((b) => b.arg), 'good.md'], io);
    expect([...io.stderr].sort()).toEqual(BAD_INPUTS.map((b) => b.message).sort());
    const out = JSON.parse(io.stdout.join('\n')) as { file: string; diagnostics: { ruleId: string }[] }[];
    expect(out.map((r) => r.file)).toEqual(['good.md']);
    expect(out[0]!.diagnostics.map((d) => d.ruleId)).toContain('hedge');
    expect(code).toBe(2);
  });

  it('a broken config: one line naming the file and field, exit 2, results still printed with the defaults', async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, '.interview-lint.jsonc'), '{ "rules": { "hedge": "loud", "filler": "error" } }');
    const io = capture(dir);
    const code = await main(['lint', 'good.md'], io);
    expect(io.stderr).toEqual([
      'interview-lint: .interview-lint.jsonc: Unexpected "loud" at rules.hedge, expected one of "off", "info", "warning", "error" or an array; using the default for it',
    ]);
    const out = io.stdout.join('\n');
    expectGoodLinted(out);
    expect(out).toMatch(/error +"um"/);
    expect(code).toBe(2);
  });

  it('an empty config file: no settings, no message, the defaults; the same answer the editor gives', async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, '.interview-lint.jsonc'), '\n');
    const io = capture(dir);
    const code = await main(['lint', 'good.md'], io);
    expect(io.stderr).toEqual([]);
    expectGoodLinted(io.stdout.join('\n'));
    expect(code).not.toBe(2);
  });

  it('a config that is not JSON: one line with file, line and column; defaults used', async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, '.interview-lint.json'), 'rules:\n  hedge: off\n');
    const io = capture(dir);
    const code = await main(['lint', 'good.md'], io);
    expect(io.stderr).toEqual(['interview-lint: .interview-lint.json:1:1: not valid JSON (InvalidSymbol); using the defaults']);
    expectGoodLinted(io.stdout.join('\n'));
    expect(code).toBe(2);
  });

  it('a UTF-16 file (Windows "Unicode") is read, not refused as binary; --fix writes it back as UTF-16', async () => {
    const { dir } = workspace();
    const file = join(dir, 'utf16.md');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]));
    const io = capture(dir);
    expect(await main(['lint', 'utf16.md'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/3:1 +warning "I think"/);
    await main(['lint', '--fix', 'utf16.md'], capture(dir));
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).not.toMatch(/\bum\b/);
  });

  it('--fix keeps a byte-order mark and CRLF line endings, and a second --fix changes nothing', async () => {
    const { dir } = workspace();
    const file = join(dir, 'crlf.md');
    writeFileSync(file, `\uFEFF${GOOD.replace(/\n/g, '\r\n')}Um, I think maybe we shipped it.\r\n`);
    await main(['lint', '--fix', 'crlf.md'], capture(dir));
    const once = readFileSync(file);
    expect([...once.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(once.toString('utf8')).not.toMatch(/[^\r]\n/);
    await main(['lint', '--fix', 'crlf.md'], capture(dir));
    expect(readFileSync(file).equals(once)).toBe(true);
  });

  it('--fix on a file it cannot write: one line, exit 2, the file unchanged, the others still fixed', async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, 'other.md'), GOOD);
    const target = join(dir, 'readonly.md');
    writeFileSync(target, GOOD);
    chmodSync(target, 0o444);
    try {
      writeFileSync(target, GOOD);
      deniedWrite.add(resolve(target)); // root writes anyway: simulate the refusal
    } catch {
      // the permission bits refuse it
    }
    const io = capture(dir);
    const code = await main(['lint', '--fix', 'other.md', 'readonly.md'], io);
    expect(io.stderr).toEqual(['interview-lint: cannot write readonly.md: EACCES; the file was left as it was']);
    expect(readFileSync(target, 'utf8')).toBe(GOOD);
    expect(readFileSync(join(dir, 'other.md'), 'utf8')).not.toMatch(/\bum\b/);
    expect(io.stdout.join('\n')).toMatch(/readonly\.md\n +3:1 +warning "I think"/);
    expect(code).toBe(2);
  });
});

describe('robustness: the bundled CLI (dist/cli.js) as a child process', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet', '--only', 'cli'], { cwd: ROOT });
  }, 120_000);

  /** Runs the bundle; as root, a preload denies reading the unreadable file as the OS would. */
  function run(dir: string, args: string[], unreadable: 'real' | 'simulated'): { code: number | null; stdout: string; stderr: string } {
    const preload = join(dir, 'deny-read.cjs');
    writeFileSync(
      preload,
      `const fs = require('fs'); const path = require('path'); const real = fs.readFileSync;
fs.readFileSync = function (p, ...rest) {
  if (typeof p === 'string' && path.resolve(p) === ${JSON.stringify(join(dir, 'locked.md'))}) { const e = new Error('EACCES: permission denied'); e.code = 'EACCES'; throw e; }
  return real.call(this, p, ...rest);
};\n`,
    );
    const r = spawnSync(process.execPath, [...(unreadable === 'simulated' ? ['--require', preload] : []), BUNDLE, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('every bad input at once: one line each on stderr, no stack trace, exit 2, the good file linted', () => {
    const { dir, unreadable } = workspace();
    const r = run(dir, ['lint', ...BAD_INPUTS.map((b) => b.arg), 'good.md'], unreadable);
    expect(r.stderr.trimEnd().split('\n').sort()).toEqual(BAD_INPUTS.map((b) => b.message).sort());
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expectGoodLinted(r.stdout);
    expect(r.code).toBe(2);
  });

  it('a broken config: the message, the results, exit 2', () => {
    const { dir, unreadable } = workspace();
    writeFileSync(join(dir, '.interview-lint.jsonc'), '{ "rules": { "hedgee": "warning" } }');
    const r = run(dir, ['lint', '--format', 'json', 'good.md'], unreadable);
    expect(r.stderr).toMatch(
      /^interview-lint: \.interview-lint\.jsonc: Unexpected key "hedgee" at rules\.hedgee, expected one of the known keys: .*; using the default for it\n$/,
    );
    expect((JSON.parse(r.stdout) as { file: string }[])[0]!.file).toBe('good.md');
    expect(r.code).toBe(2);
  });

  it('a closed pipe (`| head -1`) ends quietly, without a stack trace', () => {
    const { dir } = workspace();
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `a${i}.md`), GOOD);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BUNDLE}" lint . | head -1`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
  });

  it('score with a broken workspace rubric: one line naming the file, line and column; the answer still scored', () => {
    const { dir, unreadable } = workspace();
    mkdirSync(join(dir, '.interview-lint', 'rubrics'), { recursive: true });
    writeFileSync(join(dir, '.interview-lint', 'rubrics', 'mine.yaml'), 'id: [unclosed\n');
    const r = run(dir, ['score', 'good.md'], unreadable);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^interview-lint: \.interview-lint\/rubrics\/mine\.yaml:\d+:\d+: not valid YAML .*; the rubric was skipped\n$/);
    expect(r.stdout).toMatch(/^good\.md: \d\.\d\d \/ 5/);
    expect(r.code).toBe(2);
  });
});
