import { afterEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../../src/core/index.js';

/** Broken front matter is reported once, as a problem of the input; the answer is still linted. */
describe('robustness: front matter', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const body = '\n# Why this model?\n\nI think we shipped it.\n';
  const cases: [string, string, string][] = [
    [
      'an unclosed flow list',
      '---\ntype: [unclosed\n---\n',
      'front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 16',
    ],
    ['a list instead of a mapping', '---\n- a\n- b\n---\n', 'front matter must be a mapping of keys to values'],
    ['a plain string', '---\njust words\n---\n', 'front matter must be a mapping of keys to values'],
    ['a tab as indentation', '---\ntype: pitch\n\tbad: 1\n---\n', 'front matter is not valid YAML: Tabs are not allowed as indentation at line 3, column 1'],
    [
      'an alias to nothing',
      '---\nrubric: *nowhere\n---\n',
      'front matter is not valid YAML: Unresolved alias (the anchor must be set before the alias): nowhere',
    ],
  ];
  for (const [name, fm, message] of cases) {
    it(`${name}: one problem, one line, and the answer still linted`, () => {
      const result = lint(fm + body);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.kind).toBe('input');
      expect(result.problems[0]!.message).toBe(message);
      expect(result.problems[0]!.message).not.toMatch(/[\r\n]/);
      expect(result.diagnostics.map((d) => d.ruleId)).toContain('hedge');
    });
  }

  // Found by the generated-markdown property test (seed 1555625397): with CR-only line ends the
  // parser's excerpt came through on "\r" lines, and its bad token ran on to the end of the file.
  it('CR-only line ends and a long bad token: still one short line', () => {
    const long = 'pretty familiar sort of reduced I used all the features from 9 hours to 40 minutes. '.repeat(4);
    const result = lint(`---\r| h0 |\r|---\r| Kaggle | ${long} |\r---\r# Why this model?\r\rI think we shipped it.\r`);
    expect(result.problems.map((p) => p.message)).toEqual(['front matter is not valid YAML: Not a YAML token: h0 | at line 2, column 3']);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('hedge');
    const oneLong = lint(`---\n| ${long} |\n---\n# Why this model?\n\nI think we shipped it.\n`).problems.map((p) => p.message);
    expect(oneLong).toHaveLength(1);
    expect(oneLong[0]!.length).toBeLessThanOrEqual(180);
    expect(oneLong[0]).toMatch(/^front matter is not valid YAML: Not a YAML token: pretty familiar .*… at line 2, column 3$/);
  });

  it("a mapping used as a key raises no process warning (it would reach the user's console)", () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    lint(`---\n? [complex]\n: key\n---\n${body}`);
    expect(warn).not.toHaveBeenCalled();
  });

  // Refused by the YAML parser's alias budget before any expansion: 9^9 strings are never built.
  it('a billion-laughs alias bomb is refused, not expanded', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const result = lint(`---\n${bomb}\n---\n${body}`);
    expect(result.problems.map((p) => p.message)).toEqual(['front matter is not valid YAML: Excessive alias count indicates a resource exhaustion attack']);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('hedge');
  });
});
