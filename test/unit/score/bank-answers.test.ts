import { describe, expect, it } from 'vitest';
import { lint, scoreLintResult, shippedRubrics, type AnswerScore } from '../../../src/core/index.js';

const rubrics = shippedRubrics().rubrics;

function scoredAnswers(text: string): AnswerScore[] {
  return scoreLintResult(lint(text), { rubrics }).answers;
}

/** Each criterion's level and quotes, with the quotes' offsets moved back by `by`. */
function verdicts(a: AnswerScore, by: number): unknown[] {
  return a.rubrics.flatMap((r) =>
    r.criteria.map((c) => ({
      id: `${r.id}/${c.id}`,
      level: c.level,
      quotes: c.evidence.map((q) => ({ text: q.text, start: q.offsets.start - by, end: q.offsets.end - by })),
    })),
  );
}

// A story bank scores each answer from the claims its lint already read, moved to the
// answer's place in the file: the verdicts must be those of the answer on its own.
describe('an answer in a story bank is scored as it is alone', () => {
  it('the same levels and the same quotes, where the answer sits in the file', () => {
    const first =
      '## Tell me about yourself\n\nI am a data analyst at a retailer. I built the weekly sales dashboard in Tableau, which cut report prep from 6 hours to 40 minutes.\n';
    // Its figure is read from where it sits in its clause ("to make scoring 10x faster"), and a
    // tool offered as one of two ("like Airflow or Prefect") from the words before it.
    const second =
      '## Tell me about a time you fixed a failing model\n\nOur churn model drifted after a pricing change. I retrained it on the last 90 days of data, and I added a cache to make scoring 10x faster. I would schedule it with a tool like Airflow or Prefect next time.\n';
    const bank = scoredAnswers(first + '\n' + second);
    const alone = scoredAnswers(second);
    expect(bank).toHaveLength(2);
    const at = (first + '\n').length;
    expect(verdicts(bank[1]!, at)).toEqual(verdicts(alone[0]!, 0));
    expect(bank[1]!.score).toBe(alone[0]!.score);
    // The quotes hold text the listener can find: the file's own words at the offsets given.
    const text = first + '\n' + second;
    for (const r of bank[1]!.rubrics) for (const c of r.criteria) for (const q of c.evidence) expect(text.slice(q.offsets.start, q.offsets.end)).toBe(q.text);
  });
});
