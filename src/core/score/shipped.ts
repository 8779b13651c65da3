import delivery from '../../../rubrics/delivery.yaml';
import { loadRubrics } from './load.js';
import type { RubricLoadResult } from './types.js';

/** The rubrics that ship with interview-lint, as text bundled at build time. */
export const SHIPPED_RUBRIC_TEXTS: readonly { file: string; text: string }[] = [
  { file: 'rubrics/delivery.yaml', text: delivery },
];

let cached: RubricLoadResult | undefined;

/** The shipped rubrics, parsed and validated once. */
export function shippedRubrics(): RubricLoadResult {
  cached ??= loadRubrics([...SHIPPED_RUBRIC_TEXTS]);
  return cached;
}
