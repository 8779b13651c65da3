import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureReal, realFiles, showFigures } from './realSet.js';

/**
 * The real answers (test/real, see its README): the dev split is what changes are judged on;
 * the test split is reported beside it and never tuned on. Per-answer rows are written to
 * test-artifacts/ for reading misses.
 */
// REAL_DIR measures one other folder of labelled answers (a new batch at first sight, a held-out set).
const root = process.env['REAL_DIR'] ?? join(__dirname, '..', 'real');
const splits = process.env['REAL_DIR'] ? ['.'] : (process.env['REAL_SPLITS'] ?? 'dev,test').split(',').filter((s) => realFiles(join(root, s)).length > 0);

describe('real answers', () => {
  for (const split of splits) {
    it(`${split} split: rules, answer type and scorer beside the naive count`, () => {
      const figures = measureReal(join(root, split));
      console.log(showFigures(`real ${split}`, figures));
      mkdirSync('test-artifacts', { recursive: true });
      writeFileSync(join('test-artifacts', `real-${split === '.' ? 'dir' : split}.json`), JSON.stringify(figures.rows, null, 1));
      expect(figures.rows.length).toBeGreaterThan(0);
    });
  }
});
