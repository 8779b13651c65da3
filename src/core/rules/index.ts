import type { Rule } from '../types.js';
import { filler } from './filler.js';
import { hedge } from './hedge/index.js';
import { redFlag } from './red-flag.js';
import { accuracyOnly } from './accuracy-only.js';
import { resultNeedsMetric } from './result-needs-metric.js';
import { starMissingResult } from './star-missing-result.js';
import { starMissingSection } from './star-missing-section.js';
import { vagueWe } from './vague-we.js';
import { tooLong } from './too-long.js';
import { placeholder } from './placeholder.js';
import { indentedProse } from './indented-prose.js';

/** Every rule, in the order they run. Adding one takes more than this line: see "Adding a rule" in CONTRIBUTING.md. */
export const allRules: Rule[] = [
  filler,
  hedge,
  redFlag,
  accuracyOnly,
  resultNeedsMetric,
  starMissingResult,
  starMissingSection,
  vagueWe,
  tooLong,
  placeholder,
  indentedProse,
] as Rule[];
