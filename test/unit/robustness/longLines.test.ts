import { afterAll, describe, expect, it } from 'vitest';
import { Linter, lint, loadConfigText, type ResolvedConfig } from '../../../src/core/index.js';
import { LONG_LINE_UNITS, longLineOf } from './markdownArbitrary.js';
import { GROWTH_LIMIT, HOSTILE_PHRASES, Timings, WARM_UP, allRulesOn, growth, resultViolations, timedLint } from './checks.js';

const embed = (line: string): string =>
  `---\ntype: behavioral\n---\n\n# Tell me about a time you failed?\n\n**Result:** I think ${line} um, it worked.\n\nR - done\n`;
/** `unit` repeated to exactly `length` characters. */
const lineOf = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/**
 * Every kind of 20,000-character line, once each, inside a small answer: the generated
 * documents only draw the cheaper kinds, so the costly ones (for the parser) are here.
 */
describe('robustness: 20,000-character lines and deep nesting', () => {
  const config = allRulesOn();
  const timings = new Timings();
  lint(WARM_UP, config);
  afterAll(() => {
    console.log(timings.summary('long lines'));
  });

  const cases: [string, string][] = [
    ...LONG_LINE_UNITS.cheap.flatMap((u): [string, string][] => [
      [`a line of ${JSON.stringify(u)} alone`, longLineOf(u)],
      [`a line of ${JSON.stringify(u)} in a STAR answer`, embed(longLineOf(u))],
    ]),
    ...LONG_LINE_UNITS.costly.map((u): [string, string] => [`a line of ${JSON.stringify(u)} in a STAR answer`, embed(longLineOf(u))]),
    // 10,000 nested blockquotes on one line once overflowed the model's recursive tree walk.
    ['10,000 nested blockquotes', `${'> '.repeat(10_000)}I think we shipped it.`],
    ['5,000 blank lines between two hedges', `I think so.${'\n'.repeat(5_000)}Maybe not.`],
    // The parser's cost grows with the square of the nesting depth on one line (see
    // docs/robustness.md): 1,000 levels take seconds, 10,000 take minutes. These sizes
    // prove that moderate nesting stays correct and finishes; the growth is a known limit.
    ['300 nested list markers on one line', `${'- '.repeat(300)}maybe`],
    ['300 nested emphasis pairs', `${'*_'.repeat(300)}I think${'_*'.repeat(300)}`],
  ];

  for (const [name, text] of cases) {
    it(`${name}: lints with valid ranges`, () => {
      const { result, ms } = timedLint(() => new Linter(config).lint(text));
      timings.add(text, ms);
      expect(resultViolations(text, result, config)).toEqual([]);
    });
  }
});

/**
 * The cost of a long line grows linearly with its length: 4× the line costs well under the
 * 16× a quadratic pass would. A ratio of two times on the same machine, so it holds on a
 * slow or busy one.
 */
describe('robustness: long lines cost linear time', () => {
  const config = allRulesOn();
  lint(WARM_UP, config);
  const linter = (text: string) => () => new Linter(config).lint(text);

  // The list markers are the nesting the model caps (MAX_NESTING): uncapped, a line of them takes minutes.
  const units = [...LONG_LINE_UNITS.cheap, ...LONG_LINE_UNITS.costly, '1. ', '> - ', '+ '];
  for (const unit of units) {
    it(`a line of ${JSON.stringify(unit)} in a STAR answer: 20,000 characters cost under ${GROWTH_LIMIT}× 5,000`, () => {
      const g = growth(linter(embed(lineOf(unit, 5_000))), linter(embed(lineOf(unit, 20_000))));
      expect(g.ratio, g.note).toBeLessThan(GROWTH_LIMIT);
    });
  }

  /**
   * Prose set apart (code, comments, URLs) is blanked to spaces, so long runs of spaces reach
   * every rule's patterns. A pattern that looks back over whitespace at every position turns
   * quadratic there (a look-behind once added to red-flag made the robustness suite three
   * times slower without failing any time bound).
   */
  it(`blanked prose: 80,000 blanked characters cost under ${GROWTH_LIMIT}× 20,000`, () => {
    const answer = (n: number): string =>
      `# Why did you pick Kubeflow?\n\nI think it is the best tool for that. \`${'x'.repeat(n)}\` Kubeflow is the best tool for that, so we kept it.\n`;
    const g = growth(linter(answer(20_000)), linter(answer(80_000)));
    expect(g.ratio, g.note).toBeLessThan(GROWTH_LIMIT);
  });

  /**
   * Workspace hedge phrases are literals (literalPhrases.test.ts): as regexes these would
   * backtrack exponentially on a line of "a", or fail to compile.
   */
  it(`catastrophic patterns as hedge phrases: a 20,000-character line of "a" costs under ${GROWTH_LIMIT}× 5,000`, () => {
    const loaded = loadConfigText(JSON.stringify({ rules: { hedge: ['warning', { extraPhrases: HOSTILE_PHRASES }] } }), '/ws/.interview-lint.json');
    expect(loaded.problems).toEqual([]);
    const hostileConfig: ResolvedConfig = loaded.config;
    const text = (n: number): string => `# Why this model?\n\n${'a'.repeat(n)}\n\n${'a'.repeat(n - 1)}!\n`;
    const g = growth(
      () => new Linter(hostileConfig).lint(text(5_000)),
      () => new Linter(hostileConfig).lint(text(20_000)),
    );
    expect(g.ratio, g.note).toBeLessThan(GROWTH_LIMIT);
  });
});
