import { describe, expect, it } from 'vitest';
import { Linter, lint } from '../../../src/core/index.js';
import { LONG_LINE_UNITS, longLineOf } from './markdownArbitrary.js';
import { Timings, WARM_UP, allRulesOn, resultViolations, timeBoundMs, timedLint } from './checks.js';

/**
 * Every kind of 20,000-character line, once each, inside a small answer: the generated
 * documents only draw the cheaper kinds, so the costly ones (for the parser) are here.
 */
describe('robustness: 20,000-character lines and deep nesting', () => {
  const config = allRulesOn();
  const timings = new Timings();
  lint(WARM_UP, config);

  const embed = (line: string): string => `---\ntype: behavioral\n---\n\n# Tell me about a time you failed?\n\n**Result:** I think ${line} um, it worked.\n\nR - done\n`;
  const cases: [string, string][] = [
    ...LONG_LINE_UNITS.cheap.flatMap((u): [string, string][] => [
      [`a line of ${JSON.stringify(u)} alone`, longLineOf(u)],
      [`a line of ${JSON.stringify(u)} in a STAR answer`, embed(longLineOf(u))],
    ]),
    ...LONG_LINE_UNITS.costly.map((u): [string, string] => [`a line of ${JSON.stringify(u)} in a STAR answer`, embed(longLineOf(u))]),
    // 10,000 nested blockquotes on one line once overflowed the model's recursive tree walk.
    ['10,000 nested blockquotes', `${'> '.repeat(10_000)}I think we shipped it.`],
    ['5,000 blank lines between two hedges', `I think so.${'\n'.repeat(5_000)}Maybe not.`],
  ];

  for (const [name, text] of cases) {
    it(`${name}: lints within the time bound with valid ranges`, () => {
      const { result, ms } = timedLint(text, () => new Linter(config).lint(text));
      timings.add(text, ms);
      expect(resultViolations(text, result, config)).toEqual([]);
      expect(ms, `${ms.toFixed(0)} ms for ${(text.length / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(timeBoundMs(text.length));
    });
  }

  // The parser's cost grows with the square of the nesting depth on one line (see
  // docs/robustness.md): 1,000 levels take seconds, 10,000 take minutes. These sizes
  // prove that moderate nesting stays correct and finishes; the growth is a known limit.
  const nested: [string, string][] = [
    ['300 nested list markers on one line', `${'- '.repeat(300)}maybe`],
    ['300 nested emphasis pairs', `${'*_'.repeat(300)}I think${'_*'.repeat(300)}`],
  ];
  for (const [name, text] of nested) {
    it(`${name}: finishes with valid ranges`, () => {
      const t0 = performance.now();
      const result = new Linter(config).lint(text);
      const ms = performance.now() - t0;
      timings.add(text, ms);
      expect(resultViolations(text, result, config)).toEqual([]);
      expect(ms).toBeLessThan(10_000);
    });
  }

  it('reports the slowest', () => {
    console.log(timings.summary('long lines'));
    expect(timings.count).toBe(cases.length + nested.length);
  });
});

/**
 * Prose set apart (code, comments, URLs) is blanked to spaces, so long runs of spaces reach
 * every rule's patterns. A pattern that looks back over whitespace at every position turns
 * quadratic there (a look-behind of that kind in red-flag makes the robustness suite three
 * times slower without failing any time bound, so growth is measured here). Linear is 4× for
 * 4× the text.
 */
describe('robustness: rules stay linear over blanked prose', () => {
  const config = allRulesOn();
  const answer = (n: number): string => `# Why did you pick Kubeflow?\n\nI think it is the best tool for that. \`${'x'.repeat(n)}\` Kubeflow is the best tool for that, so we kept it.\n`;
  const fastest = (text: string): number => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) best = Math.min(best, timedLint(text, () => new Linter(config).lint(text)).ms);
    return best;
  };
  it('4× the blanked text costs well under 16× the time', () => {
    fastest(answer(20_000));
    const small = fastest(answer(20_000));
    const large = fastest(answer(80_000));
    expect(large / Math.max(small, 1), `${small.toFixed(1)} ms for 20,000 characters, ${large.toFixed(1)} ms for 80,000`).toBeLessThan(9);
  });
});
