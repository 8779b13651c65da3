import { lint, scoreLintResult, shippedRubrics } from '../../src/core/index.js';

/** One delivery criterion of the first answer in `text`, scored against the shipped rubrics: its level, what it means and its advice. */
export function deliveryCriterion(text: string, id: string): { level: number | null; descriptor: string; next: string | null } {
  const report = scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics });
  const c = report.answers[0]!.rubrics.find((r) => r.id === 'delivery')!.criteria.find((x) => x.id === id)!;
  return { level: c.level, descriptor: c.descriptor, next: c.next };
}
