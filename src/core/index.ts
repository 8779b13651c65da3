/** The engine's public API: everything the CLI, the VS Code adapter and the scorer use. */
export type * from './types.js';
export { Linter, lint } from './engine.js';
export { applyFixes, fixUntilStable, MAX_FIX_PASSES, type ApplyFixesResult } from './fix.js';
export { rules, getRule, ruleIds, docsUrl, DOCS_BASE } from './registry.js';
export { defaultConfig, mergeConfig, loadConfigText, parseConfigText, CONFIG_FILE_NAMES, DEFAULT_WORDS_PER_MINUTE } from './config/resolve.js';
export { configCandidates, findConfigFile, loadConfigFile, configFromText, type ConfigFileSystem, type LoadedConfig } from './config/lookup.js';
export { configSchema } from './config/schema.js';
export { validateWithSchema, type SchemaIssue } from './schema/validate.js';
export { LineIndex } from './text/lineIndex.js';
export { countWords, speakingSeconds } from './text/words.js';
export * from './score/index.js';
// The file model as the linter reads it, for adapters that decide what a file is (the editor's offer to lint a draft).
export { splitAnswers } from './model/split.js';
export { buildChunkModel } from './model/build.js';
export { isSectionHeading } from './model/labels.js';
export { describeAnswerType } from './detect/answerType.js';
// Spoken time of answers and their STAR parts against their budgets (the editor's lenses and rehearsal).
export { answerTimings, type AnswerTiming, type TimedPart, type TimedSentence, type BudgetVerdict } from './timing/speakingTime.js';
export { STAR_BUDGETS, PITCH_WORDS, ANSWER_BUDGET, type TimeBudget } from './timing/budgets.js';
export { clock, budgetText, partTimeText, answerTimeText } from './timing/format.js';
export * from './bank/index.js';
