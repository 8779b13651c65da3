import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureReal, realFiles, showFigures, type RealFigures } from './realSet.js';

/**
 * The real answers (test/real, see its README): the dev split is what changes are judged on,
 * and it holds a floor under today's figures so that a change that makes the judgement worse
 * fails; the test split is reported beside it, scored at the end of a piece of work and
 * never tuned on. Per-answer rows are written to test-artifacts/ for reading misses.
 */
// REAL_DIR measures one other folder of labelled answers (a new batch at first sight, a held-out set).
const root = process.env['REAL_DIR'] ?? join(__dirname, '..', 'real');
const splits = process.env['REAL_DIR'] ? ['.'] : (process.env['REAL_SPLITS'] ?? 'dev,test').split(',').filter((s) => realFiles(join(root, s)).length > 0);

/**
 * Floors on the dev split: its figures when the last batch joined it, less a small margin for
 * noise. A new batch moves them (it adds answers the code was not shaped to); a change to the
 * code must not.
 */
const DEV_FLOORS = {
  'result-needs-metric': 0.86,
  'star-missing-result': 0.67,
  'vague-we': 0.85,
  answerType: 0.76,
  aucStrongWeak: 0.94,
  tau: 0.57,
  overNaive: 0.15,
};

function measured(split: string): RealFigures {
  const figures = measureReal(join(root, split));
  console.log(showFigures(`real ${split}`, figures));
  mkdirSync('test-artifacts', { recursive: true });
  writeFileSync(join('test-artifacts', `real-${split === '.' ? 'dir' : split}.json`), JSON.stringify(figures.rows, null, 1));
  return figures;
}

describe('real answers', () => {
  for (const split of splits) {
    it(`${split} split: rules, answer type and scorer beside the naive count`, () => {
      const f = measured(split);
      expect(f.rows.length).toBeGreaterThan(0);
      if (split !== 'dev') return;
      expect(f.rules['result-needs-metric']!.balancedAccuracy).toBeGreaterThanOrEqual(DEV_FLOORS['result-needs-metric']);
      expect(f.rules['star-missing-result']!.balancedAccuracy).toBeGreaterThanOrEqual(DEV_FLOORS['star-missing-result']);
      expect(f.rules['vague-we']!.balancedAccuracy).toBeGreaterThanOrEqual(DEV_FLOORS['vague-we']);
      expect(f.typeAccuracy).toBeGreaterThanOrEqual(DEV_FLOORS.answerType);
      expect(f.scorer.aucStrongWeak).toBeGreaterThanOrEqual(DEV_FLOORS.aucStrongWeak);
      expect(f.scorer.tau).toBeGreaterThanOrEqual(DEV_FLOORS.tau);
      expect(f.scorer.tau - f.naive.tau).toBeGreaterThanOrEqual(DEV_FLOORS.overNaive);
    });
  }
});
