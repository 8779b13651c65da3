import type { LintResult } from '../../src/core/index.js';

/**
 * The baseline the scorer must beat: +1 for every number in the candidate's words, -0.5 for
 * every hedge from the everyday list. It reads no rule and no rubric, so it shows what a
 * plain count already knows about an answer.
 */
const NUMBER = /\d+(?:[.,]\d+)*/g;
const HEDGES =
  /\b(?:i think|i guess|i believe|i feel like|kind of|sort of|basically|maybe|probably|hopefully|somewhat|fairly|pretty|a bit|more or less|to some extent|i'm not sure|just)\b/gi;

/** A naive answer passes with at least one number left after its hedges. */
export const NAIVE_PASS = 1;

export function naiveScore(result: LintResult): number {
  const prose = result.model.answers
    .filter((a) => a.kind === 'answer')
    .map((a) => a.prose)
    .join('\n')
    .replace(/[’‘]/g, "'");
  const numbers = prose.match(NUMBER)?.length ?? 0;
  const hedges = prose.match(HEDGES)?.length ?? 0;
  return numbers - 0.5 * hedges;
}
