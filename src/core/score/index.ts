/** The scorer: rubric loading and validation, rubric selection, explained scores. */
export type * from './types.js';
export { rubricSchema } from './rubricSchema.js';
export { parseRubricText, validateRubricData, loadRubrics } from './load.js';
export { shippedRubrics, SHIPPED_RUBRIC_SOURCES } from './shipped.js';
export { scoreLintResult, type ScoreOptions } from './scorer.js';
export { frontMatterRubricIds } from './select.js';
export { findPhrase } from './phrase.js';
export { scoreToMarkdown, scoreToText } from './format.js';
