import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureReal, realFiles, showFigures, type RealFigures } from './realSet.js';
import { kendallTauB } from './stats.js';

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
  'result-needs-metric': 0.85,
  'star-missing-result': 0.65,
  'vague-we': 0.81,
  answerType: 0.73,
  aucStrongWeak: 0.92,
  tau: 0.52,
  overNaive: 0.15,
};

function measured(split: string): RealFigures {
  const figures = measureReal(join(root, split));
  console.log(showFigures(`real ${split}`, figures));
  mkdirSync('test-artifacts', { recursive: true });
  writeFileSync(join('test-artifacts', `real-${split === '.' ? 'dir' : split}.json`), JSON.stringify(figures.rows, null, 1));
  return figures;
}

const RANK: Record<string, number> = { weak: 0, mixed: 1, strong: 2 };

/**
 * How far two labellers agree: a second labeller, who saw neither the first labels nor the
 * rules, labelled the quality of some dev answers (second-labels.csv). Their agreement is the
 * ceiling a score can be held to; the scorer's tau-b against each is printed beside it.
 */
function showSecondLabeller(f: RealFigures): void {
  const file = join(root, 'second-labels.csv');
  if (!existsSync(file)) return;
  const byFile = new Map(f.rows.map((r) => [r.file, r]));
  const pairs = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .flatMap(([name, , quality]) => {
      const row = byFile.get(name ?? '');
      return row && quality && quality in RANK ? [{ row, second: RANK[quality]! }] : [];
    });
  if (pairs.length === 0) return;
  const first = pairs.map((p) => RANK[p.row.quality]!);
  const second = pairs.map((p) => p.second);
  const score = pairs.map((p) => p.row.score);
  const exact = pairs.filter((p, i) => first[i] === p.second).length / pairs.length;
  console.log(
    [
      `second labeller on ${pairs.length} dev answers: same quality ${(exact * 100).toFixed(1)}%, tau-b between the labellers ${kendallTauB(first, second).toFixed(3)}`,
      `  scorer tau-b on the same answers: ${kendallTauB(score, first).toFixed(3)} against the first labels, ${kendallTauB(score, second).toFixed(3)} against the second`,
    ].join('\n'),
  );
}

describe('real answers', () => {
  for (const split of splits) {
    it(`${split} split: rules, answer type and scorer beside the naive count`, () => {
      const f = measured(split);
      expect(f.rows.length).toBeGreaterThan(0);
      if (split !== 'dev') return;
      showSecondLabeller(f);
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
