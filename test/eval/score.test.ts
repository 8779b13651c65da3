import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findFrontMatter } from '../../src/core/model/frontMatterBlock.js';
import { describe, expect, it } from 'vitest';
import { Linter, defaultConfig, scoreLintResult, shippedRubrics, type LintResult } from '../../src/core/index.js';
import { scorerFigures, type ScorerFigures } from './realSet.js';
import { auc, kendallTauB } from './stats.js';

/**
 * Measures the scorer against the `quality` labels of test/labelled (strong | mixed | weak),
 * next to a naive scorer (a number present, minus the hedge count) that the rubric evidence
 * has to beat. The `score-*` files were written for the scorer and are held to the issue's
 * targets; every other labelled file is reported as a second, independently written set.
 */

type Quality = 'strong' | 'mixed' | 'weak';
const TARGETS = { aucStrongWeak: 0.97, aucStrongMixed: 0.85, aucMixedWeak: 0.85, tau: 0.75, passAgreement: 0.9 };

interface Row {
  file: string;
  quality: Quality;
  score: number;
  pass: boolean;
  naive: number;
}

// LABELLED_DIR measures another labelled set (a held-out one); every file there counts as "own".
const dir = process.env['LABELLED_DIR'] ?? join(__dirname, '..', 'labelled');
const external = process.env['LABELLED_DIR'] !== undefined;
const linter = new Linter(defaultConfig());
const rubrics = shippedRubrics().rubrics;
const NUMBER = /\d/;

function quality(text: string): Quality | undefined {
  const block = findFrontMatter(text);
  const q = block ? (parseYaml(block.value) as { labels?: { quality?: unknown } } | null)?.labels?.quality : undefined;
  return q === 'strong' || q === 'mixed' || q === 'weak' ? q : undefined;
}

/** The baseline from the issue: 1 when the candidate's words hold a number, minus one per hedge. */
function naiveScore(result: LintResult): number {
  const prose = result.model.answers
    .filter((a) => a.kind === 'answer')
    .map((a) => a.prose)
    .join('\n');
  return (NUMBER.test(prose) ? 1 : 0) - result.diagnostics.filter((d) => d.ruleId === 'hedge').length;
}

function rows(filter: (file: string) => boolean): Row[] {
  const out: Row[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !/^[A-Z]+\.md$/.test(f) && filter(f))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const q = quality(text);
    if (!q) continue;
    const result = linter.lint(text);
    const report = scoreLintResult(result, { rubrics });
    out.push({ file, quality: q, score: report.score, pass: report.pass, naive: naiveScore(result) });
  }
  return out;
}

type Figures = ScorerFigures;

const figures = scorerFigures;

function show(name: string, f: Figures): string {
  const p = (x: number): string => x.toFixed(3);
  return `${name.padEnd(28)} AUC s/w ${p(f.aucStrongWeak)}  s/m ${p(f.aucStrongMixed)}  m/w ${p(f.aucMixedWeak)}  tau-b ${p(f.tau)}  pass agreement ${(f.passAgreement * 100).toFixed(1)}%`;
}

describe('scorer quality on the labelled answers', () => {
  const own = rows((f) => external || f.startsWith('score-'));
  const others = external ? [] : rows((f) => !f.startsWith('score-'));
  const mine = figures(
    own,
    (r) => r.score,
    (r) => r.pass,
  );
  const naive = figures(
    own,
    (r) => r.naive,
    (r) => r.naive >= 1,
  );

  it('prints the figures (scorer vs naive baseline)', () => {
    const lines = [
      `score-* set: ${mine.n.strong} strong, ${mine.n.mixed} mixed, ${mine.n.weak} weak`,
      show('rubric scorer', mine),
      show('naive (number - hedges)', naive),
    ];
    if (others.length > 0) {
      const o = figures(
        others,
        (r) => r.score,
        (r) => r.pass,
      );
      const on = figures(
        others,
        (r) => r.naive,
        (r) => r.naive >= 1,
      );
      lines.push(
        `other labelled files: ${o.n.strong} strong, ${o.n.mixed} mixed, ${o.n.weak} weak`,
        show('rubric scorer', o),
        show('naive (number - hedges)', on),
      );
    }
    const misranked = own
      .filter((r) => (r.quality === 'strong' && !r.pass) || (r.quality === 'weak' && r.pass))
      .map((r) => `${r.file} (${r.quality}, ${r.score})`);
    if (misranked.length) lines.push(`pass/fail disagreements: ${misranked.join(', ')}`);
    console.log(lines.join('\n'));
    expect(own.length).toBeGreaterThanOrEqual(30);
  });

  it('meets the targets of the issue', () => {
    expect(mine.aucStrongWeak).toBeGreaterThanOrEqual(TARGETS.aucStrongWeak);
    expect(mine.aucStrongMixed).toBeGreaterThanOrEqual(TARGETS.aucStrongMixed);
    expect(mine.aucMixedWeak).toBeGreaterThanOrEqual(TARGETS.aucMixedWeak);
    expect(mine.tau).toBeGreaterThanOrEqual(TARGETS.tau);
    expect(mine.passAgreement).toBeGreaterThanOrEqual(TARGETS.passAgreement);
  });

  it('earns its margin over the naive scorer where the naive one is weak', () => {
    expect(mine.aucStrongMixed).toBeGreaterThan(naive.aucStrongMixed);
    expect(mine.tau).toBeGreaterThan(naive.tau);
  });
});

describe('the statistics', () => {
  it('auc counts ties as half', () => {
    expect(auc([3, 2], [1, 2])).toBe(0.875);
  });
  it('tau-b is 1 for the same order and corrects for ties', () => {
    expect(kendallTauB([1, 2, 3], [0, 1, 2])).toBe(1);
    expect(kendallTauB([1, 2, 3], [2, 1, 0])).toBe(-1);
    expect(kendallTauB([1, 1, 2], [0, 1, 1])).toBeCloseTo(0.5, 10);
  });
});
