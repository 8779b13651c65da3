import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Linter, applyFixes } from '../../../src/core/index.js';
import { onlyRule } from '../../helpers/ruleTester.js';

// Sentences stitched from the words the phrase rules react to, their look-alikes, punctuation
// and markup: the shapes where guards, fixes and quote handling can go wrong.
// prettier-ignore
const WORDS = [
  'I', 'think', 'believe', 'guess', "I'm", 'I’m', 'not', 'sure', 'but', 'that', 'we', "I've", 'just', 'basically',
  'kind', 'sort', 'of', 'the', 'a', 'bit', 'pretty', 'familiar', 'good', 'maybe', 'probably', 'fairly', 'across',
  'more', 'or', 'less', 'to', 'some', 'extent', 'about', '40%', 'because', "it's", 'best', 'it', 'depends', 'on',
  'use', 'case', 'followed', 'tutorial', 'got', 'data', 'from', 'Kaggle', 'used', 'all', 'features', 'team', 'gave',
  'me', 'bad', 'accuracy', '95%', 'of', '0.92', 'recall', 'um', 'you', 'know', 'like', 'so', 'yeah', 'Maybelline',
  ',', '.', '?', ';', '"', '“', '”', '`', '**', '_', '(', ')', '—', '\n', '\n\n', '> ', '- ', '# ', '<!--', '-->',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));

describe('phrase rules on generated text', () => {
  for (const ruleId of ['hedge', 'red-flag', 'accuracy-only', 'filler']) {
    it(`${ruleId}: valid ranges, no rule failure, and one fix-all pass leaves nothing fixable`, () => {
      const linter = new Linter(onlyRule(ruleId));
      fc.assert(
        fc.property(text, (t) => {
          const result = linter.lint(t);
          expect(result.problems.filter((p) => p.kind === 'rule')).toEqual([]);
          for (const d of result.diagnostics) {
            expect(d.offsets.start).toBeGreaterThanOrEqual(0);
            expect(d.offsets.end).toBeLessThanOrEqual(t.length);
            expect(d.offsets.end).toBeGreaterThan(d.offsets.start);
          }
          const fixes = result.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
          if (fixes.length === 0) return;
          const fixed = applyFixes(t, fixes).text;
          const again = new Linter(onlyRule(ruleId)).lint(fixed).diagnostics.filter((d) => d.fix);
          expect(again.map((d) => fixed.slice(d.offsets.start, d.offsets.end))).toEqual([]);
        }),
        { numRuns: 400, seed: 20261122 },
      );
    });
  }

  it('hedge: workspace phrases of any characters are literals and never break the matcher', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 60 }), { maxLength: 8 }), text, (extra, t) => {
        const result = new Linter(onlyRule('hedge', { extraPhrases: extra })).lint(t);
        expect(result.problems.filter((p) => p.kind === 'rule')).toEqual([]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
