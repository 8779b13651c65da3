/** The story bank: every scored answer of a workspace against the competencies and the prepared questions. */
export type * from './types.js';
export { normaliseQuestion } from './normalise.js';
export { preparedQuestions, questionTopics, matchQuestion, QUESTION_ID_PREFIX } from './questions.js';
export { competencyTopics, SHIPPED_COMPETENCY_IDS } from './competencies.js';
export { computeCoverage, contentRubricIds } from './coverage.js';
export { bankAnswersOf } from './answers.js';
export { bankToJson, bankToText, bankToMarkdown, coverageSummary, answerLabel, type BankJson } from './format.js';
export { BankIndex } from './bankIndex.js';
export { draftRecordOf, recordDraft, describeDraftChange, draftTrend, draftKey, type DraftRecord } from './drafts.js';
