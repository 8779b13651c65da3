import type { OffsetRange, Range } from '../types.js';
export type { ConfiguredQuestion } from '../types.js';
import type { RubricSelection } from '../score/types.js';

/** A rubric an answer was scored against, and why it was chosen. */
export interface BankRubric {
  id: string;
  how: RubricSelection['how'];
  reason: string;
}

/** One scored answer of the workspace: what the coverage matrix is computed from. */
export interface BankAnswer {
  /** The file as the caller names it (a relative path, a URI). */
  file: string;
  /** Index of the answer in its file (as in diagnostics and score reports). */
  answer: number;
  /** 1-based position among the file's scored answers (what a reader counts; `answer` also counts the text before the first question). */
  number: number;
  /** How many answers the file holds (a story bank holds several). */
  answersInFile: number;
  /** The interviewer's question: the question heading, an interviewer line or front matter `question:`. */
  question?: string;
  /** Where the answer starts: its question heading when it has one. */
  heading: { offsets: OffsetRange; range: Range };
  score: number;
  passMark: number;
  pass: boolean;
  /** Every rubric the answer was scored against, delivery included, in the report's order. */
  rubrics: BankRubric[];
  /** Lint findings in the answer. */
  problems: number;
  /** The same findings counted by rule id. */
  findings: Record<string, number>;
}

/** A row of the coverage matrix: a competency (its rubric) or a prepared question. */
export interface BankTopic {
  /** A competency's rubric id, or `question:<slug>` for a question. */
  id: string;
  kind: 'competency' | 'question';
  /** The rubric's title, or the question as written. */
  title: string;
  /** How a gap names it: "databases and data pipelines", or the question in quotes. */
  subject: string;
  /** Competencies: the rubric an answer must be scored against to count. */
  rubricId?: string;
  /** Questions: every wording that counts as this question (normalised by `normaliseQuestion`). */
  wordings?: string[];
}

/** Where an answer of the workspace sits in the list given to `computeCoverage`. */
export type AnswerRef = number;

export interface TopicCoverage {
  topic: BankTopic;
  /** Indexes into the answers given to `computeCoverage`, in that order. */
  answers: AnswerRef[];
  passing: AnswerRef[];
  /** Set when no answer passes: said in words ("no passing story for time series forecasting"). */
  gap?: string;
}

export interface Coverage {
  competencies: TopicCoverage[];
  questions: TopicCoverage[];
  /** Answers that count for no competency and match no question. */
  unplaced: AnswerRef[];
  /** Every gap, competencies first. */
  gaps: string[];
}
