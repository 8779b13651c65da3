import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Linter, scoreLintResult, shippedRubrics, type Quote, type ScoreReport } from '../../../src/core/index.js';
import { markdownDocument } from './markdownArbitrary.js';
import { allRulesOn } from './checks.js';

const SCORE_RUNS = Number(process.env['ROBUSTNESS_SCORE_RUNS'] ?? 1_000);

/** Every score, level and quote in a report that must stay in range whatever the answer says. */
function scoreViolations(text: string, report: ScoreReport): string[] {
  const out: string[] = [];
  const inRange = (what: string, n: number): void => {
    if (!Number.isFinite(n) || n < 1 || n > 5) out.push(`${what} = ${n}, outside 1-5`);
  };
  const quoteOk = (what: string, q: { offsets: Quote['offsets'] }): void => {
    if (q.offsets.start < 0 || q.offsets.end > text.length || q.offsets.start > q.offsets.end)
      out.push(`${what}: quote ${q.offsets.start}-${q.offsets.end} outside the text`);
  };
  if (report.answers.length > 0) inRange('file score', report.score);
  for (const a of report.answers) {
    inRange(`answer ${a.answerIndex} score`, a.score);
    for (const r of a.rubrics) {
      inRange(`answer ${a.answerIndex} rubric ${r.id}`, r.score);
      if (!(r.applied >= 0 && r.applied <= 1)) out.push(`rubric ${r.id} applied ${r.applied}`);
      for (const c of r.criteria) {
        if (c.level !== null) inRange(`criterion ${r.id}/${c.id} level`, c.level);
        for (const q of c.evidence) {
          quoteOk(`${r.id}/${c.id}`, q);
          if (text.slice(q.offsets.start, q.offsets.end) !== q.text)
            out.push(`${r.id}/${c.id}: quote text ${JSON.stringify(q.text)} is not the text at its offsets`);
        }
      }
      for (const f of r.findings) quoteOk(`finding ${f.id}`, f);
    }
  }
  return out;
}

describe('robustness: the scorer on generated drafts', () => {
  const { rubrics, problems } = shippedRubrics();
  const config = allRulesOn();
  let scored = 0;
  let answers = 0;
  afterAll(() => console.log(`score property: ${scored} generated documents scored, ${answers} answers`));

  it('the shipped rubrics load without problems', () => {
    expect(problems).toEqual([]);
  });

  it(`${SCORE_RUNS} documents: the same text scores the same, every score within 1-5`, () => {
    fc.assert(
      fc.property(markdownDocument, ({ text }) => {
        scored++;
        const first = scoreLintResult(new Linter(config).lint(text), { rubrics, config });
        // A fresh lint and score of the same text: nothing may depend on order, time or cache.
        const second = scoreLintResult(new Linter(config).lint(text), { rubrics, config });
        answers += first.answers.length;
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        expect(scoreViolations(text, first)).toEqual([]);
      }),
      // No shrinking: a failing 20,000-character case would be re-linted hundreds of times;
      // the report shows the case (abridged) with its seed and path to replay it.
      { numRuns: SCORE_RUNS, endOnFailure: true },
    );
  }, 600_000);
});
