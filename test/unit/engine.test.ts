import { describe, expect, it } from 'vitest';
import { applyFixes, defaultConfig, Linter, lint, loadConfigText, type LintResult, type Rule } from '../../src/core/index.js';
import { rules } from '../../src/core/registry.js';
import { onlyRule } from '../helpers/ruleTester.js';

describe('applyFixes', () => {
  it('applies fixes in document order whatever order they come in', () => {
    const r = applyFixes('abcdef', [
      { range: { start: 4, end: 5 }, text: 'E' },
      { range: { start: 0, end: 1 }, text: 'A' },
    ]);
    expect(r.text).toBe('AbcdEf');
    expect(r.skipped).toEqual([]);
  });

  it('skips a fix that overlaps one applied before it, and says which', () => {
    const r = applyFixes('abcdef', [
      { range: { start: 1, end: 4 }, text: 'X' },
      { range: { start: 3, end: 5 }, text: 'Y' },
    ]);
    expect(r.text).toBe('aXef');
    expect(r.skipped).toEqual([{ range: { start: 3, end: 5 }, text: 'Y' }]);
  });

  it('skips a second insertion at the same point (its order would be arbitrary)', () => {
    const r = applyFixes('ab', [
      { range: { start: 1, end: 1 }, text: 'X' },
      { range: { start: 1, end: 1 }, text: 'Y' },
    ]);
    expect(r.text).toBe('aXb');
    expect(r.skipped).toHaveLength(1);
  });

  it('refuses ranges outside the text', () => {
    const r = applyFixes('ab', [{ range: { start: 1, end: 9 }, text: 'X' }]);
    expect(r.text).toBe('ab');
    expect(r.skipped).toHaveLength(1);
  });
});

describe('engine guards against misbehaving rules', () => {
  function withRule(rule: Rule, run: () => void): void {
    (rules as Rule[]).push(rule);
    try {
      run();
    } finally {
      (rules as Rule[]).pop();
    }
  }
  const meta = {
    description: 'test rule',
    defaultSeverity: 'warning' as const,
    fixable: false,
    hasSuggestions: false,
    optionsSchema: { type: 'object' },
    defaultOptions: {},
    messages: { m: 'msg' },
  };

  it('drops a finding with a range outside the answer and names the rule', () => {
    withRule({ meta: { ...meta, id: 'bad-range' }, check: (ctx) => ctx.report({ messageId: 'm', start: 5, end: 999 }) }, () => {
      const config = defaultConfig();
      config.rules['bad-range'] = { severity: 'warning', options: {} };
      const r = new Linter(config).lint('Some answer text.');
      expect(r.diagnostics.filter((d) => d.ruleId === 'bad-range')).toEqual([]);
      expect(r.problems).toContainEqual({
        kind: 'rule',
        ruleId: 'bad-range',
        message: 'Rule "bad-range" reported an invalid range 5-999 in an answer of 17 characters; the finding was dropped',
      });
    });
  });

  it('drops a finding whose fix is out of range, and one with an unknown message id', () => {
    withRule(
      {
        meta: { ...meta, id: 'bad-fix' },
        check: (ctx) => {
          ctx.report({ messageId: 'm', start: 0, end: 4, fix: { range: { start: 3, end: 1 }, text: '' } });
          ctx.report({ messageId: 'nope', start: 0, end: 4 });
        },
      },
      () => {
        const config = defaultConfig();
        config.rules['bad-fix'] = { severity: 'warning', options: {} };
        const r = new Linter(config).lint('Some answer text.');
        expect(r.problems.map((p) => p.message)).toEqual([
          'Rule "bad-fix" reported an invalid fix range 3-1; the finding was dropped',
          'Rule "bad-fix" reported an unknown message id "nope"; the finding was dropped',
        ]);
      },
    );
  });

  it('keeps linting when a rule throws, and names it', () => {
    withRule(
      {
        meta: { ...meta, id: 'throws' },
        check: () => {
          throw new Error('boom');
        },
      },
      () => {
        const config = defaultConfig();
        config.rules['throws'] = { severity: 'warning', options: {} };
        const r = new Linter(config).lint('Um, we shipped it.');
        expect(r.problems).toContainEqual({ kind: 'rule', ruleId: 'throws', message: 'Rule "throws" failed on answer 1: boom' });
        expect(r.diagnostics.some((d) => d.ruleId === 'filler')).toBe(true);
      },
    );
  });

  it('names a failing rule by the number of its answer in the file, also after an edit moves it', () => {
    withRule(
      {
        meta: { ...meta, id: 'throws' },
        check: (ctx) => {
          if (ctx.answer.prose.includes('boom')) throw new Error('boom');
        },
      },
      () => {
        const config = defaultConfig();
        config.rules['throws'] = { severity: 'warning', options: {} };
        const linter = new Linter(config);
        const text = '## Q: One?\n\nFine.\n\n## Q: Two?\n\nIt went boom.\n';
        const failed = (r: LintResult): string[] => r.problems.filter((p) => p.ruleId === 'throws').map((p) => p.message);
        expect(failed(linter.lint(text))).toEqual(['Rule "throws" failed on answer 2: boom']);
        // The answer that failed is reused from the cache, one place further down.
        expect(failed(linter.lint('## Q: Zero?\n\nFine.\n\n' + text))).toEqual(['Rule "throws" failed on answer 3: boom']);
        expect(linter.reusedAnswers).toBeGreaterThan(0);
      },
    );
  });
});

describe('inline directives', () => {
  const config = onlyRule('filler');
  const ids = (text: string): number[] => new Linter(config).lint(text).diagnostics.map((d) => d.range.start.line);

  it('disable-next-line silences the next line only', () => {
    expect(ids('<!-- interview-lint-disable-next-line filler -->\nUm, one.\n\nUm, two.\n')).toEqual([4]);
  });

  it('disable / enable act from the comment onward', () => {
    expect(ids('Um, one.\n\n<!-- interview-lint-disable filler -->\n\nUm, two.\n\n<!-- interview-lint-enable filler -->\n\nUm, three.\n')).toEqual([1, 9]);
  });

  it('disable-file anywhere silences the whole file, also across answers of a bank', () => {
    expect(ids('## Q1: first?\n\nUm, one.\n\n## Q2: second?\n\nUm, two.\n<!-- interview-lint-disable-file filler -->\n')).toEqual([]);
  });

  it('reports an unknown rule id in a directive', () => {
    const r = new Linter(config).lint('<!-- interview-lint-disable hegde -->\nUm, one.\n');
    expect(r.problems).toContainEqual({ kind: 'input', ruleId: 'hegde', message: 'Unknown rule id "hegde" in an interview-lint-disable comment at line 1' });
  });
});

describe('config', () => {
  it('names the file and the field of a bad severity, and keeps the default for it', () => {
    const { config, problems } = loadConfigText('{ "rules": { "filler": "loud" } }', '/ws/.interview-lint.jsonc');
    expect(problems.map((p) => p.message)).toEqual([
      '/ws/.interview-lint.jsonc: Unexpected "loud" at rules.filler, expected one of "off", "info", "warning", "error" or an array; using the default for it',
    ]);
    expect(problems[0]!.field).toBe('rules.filler');
    expect(config.rules['filler']!.severity).toBe('info');
  });

  it('reports an unknown rule id and still applies the valid fields', () => {
    const { config, problems } = loadConfigText('{ "rules": { "nope": "off", "filler": "error" }, "wordsPerMinute": 140 }', 'c.json');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^c\.json: Unexpected key "nope" at rules\.nope, expected one of the known keys: .*filler/),
    ]);
    expect(config.rules['filler']!.severity).toBe('error');
    expect(config.settings.wordsPerMinute).toBe(140);
  });

  it('reports a file that is not JSON with its line and column, and uses the defaults', () => {
    const { config, problems } = loadConfigText('{\n  "rules": { "filler": "off" \n', 'c.jsonc');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^c\.jsonc:\d+:\d+: not valid JSON \(\w+\); using the defaults$/);
    expect(config.rules['filler']!.severity).toBe('info');
  });

  it('accepts comments and trailing commas', () => {
    const { config, problems } = loadConfigText('// mine\n{ "rules": { "filler": ["warning", {}], }, }', 'c.jsonc');
    expect(problems).toEqual([]);
    expect(config.rules['filler']!.severity).toBe('warning');
  });
});

describe('edge files', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['front matter only', '---\ntype: pitch\n---\n'],
    ['broken front matter', '---\ntype: [pitch\n---\nUm, hello.\n'],
    ['CRLF', '# Q: Why this role?\r\n\r\nUm, because I like it.\r\n'],
    ['lone CR', '# Q: Why this role?\r\rUm, because.\r'],
    ['no final newline', 'Um, we shipped it'],
    ['one 20,000-character line', `Um, ${'word '.repeat(4000)}`],
    ['non-ASCII', '# Pourquoi ce poste ?\n\nUm, j’ai livré 3 modèles 🚀 à Zürich, naïvement.\n'],
  ];
  it.each(cases)('%s: lints without error and every range is inside the text', (_name, text) => {
    const r = lint(text);
    expect(r.problems.filter((p) => p.kind === 'rule')).toEqual([]);
    for (const d of r.diagnostics) {
      expect(d.offsets.start).toBeGreaterThanOrEqual(0);
      expect(d.offsets.end).toBeLessThanOrEqual(text.length);
      expect(d.offsets.start).toBeLessThanOrEqual(d.offsets.end);
    }
  });

  it('CRLF: positions count lines as VS Code does', () => {
    const d = new Linter(onlyRule('filler')).lint('# Q: Why this role?\r\n\r\nUm, because I like it.\r\n').diagnostics[0]!;
    expect(d.range).toEqual({ start: { line: 3, column: 1 }, end: { line: 3, column: 3 } });
  });

  it('lone CR: positions count a lone CR as a line end', () => {
    const d = new Linter(onlyRule('filler')).lint('# Q: Why this role?\r\rUm, because.\r').diagnostics[0]!;
    expect(d.range.start).toEqual({ line: 3, column: 1 });
  });

  it('broken front matter is reported, and the answer still linted', () => {
    const r = new Linter(onlyRule('filler')).lint('---\ntype: [pitch\n---\nUm, hello.\n');
    expect(r.problems[0]!.message).toMatch(/^front matter is not valid YAML: /);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['filler']);
  });

  it('columns count UTF-16 code units after astral characters', () => {
    const text = 'Shipped 🚀 fast, um, really.';
    const d = new Linter(onlyRule('filler')).lint(text).diagnostics[0]!;
    expect(text.slice(d.offsets.start, d.offsets.end)).toBe('um');
    expect(d.range.start.column).toBe(text.indexOf('um') + 1);
  });
});
