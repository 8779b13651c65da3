/**
 * The engine: `Linter` keeps the answers of the last text it linted (engine/cache.ts), runs
 * the rules on the answers an edit touched (engine/rules.ts) and assembles the file's result
 * from every answer (engine/assemble.ts).
 */
export { Linter, lint } from './engine/cache.js';
export type { AnswerEntry } from './engine/cache.js';
export type { PlacedFinding, PlacedResult } from './engine/assemble.js';
export type { AnswerProblem, ChunkResult, LocalFinding, PendingAnswer, RuleFailure } from './engine/rules.js';
