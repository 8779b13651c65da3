import type { AnswerType, EngineProblem, OffsetRange, Range, SectionKind } from '../types.js';

/**
 * Evidence: a condition on the answer, written in a rubric. Phrases are literals (never
 * regular expressions: workspace rubrics are untrusted); they match whole words, any case,
 * with spaces and hyphens interchangeable, and a trailing `*` for a word stem.
 */
export type Evidence =
  | string
  /** `min`: that many separate matches (claims, for the claim concepts); one when absent. */
  | { concept: string; min?: number }
  | { anyOf: Evidence[] }
  | { allOf: Evidence[] }
  | { atLeast: number; of: Evidence[] }
  | { noneOf: Evidence[] }
  | { sentence: Evidence }
  | { inSection: SectionKind[]; evidence: Evidence }
  | { finding: string | string[]; min?: number; max?: number }
  | { sections: SectionKind[] }
  | { words: { min?: number; max?: number } }
  | { answerType: AnswerType[] };

export interface Concept {
  /** How the concept is named in hints ("sampling with replacement"). */
  label?: string;
  phrases: string[];
}

export interface Level {
  level: number;
  /** What an answer at this level sounds like. */
  descriptor: string;
  /** What lifts an answer from this level to the next, in one line (defaults to the next level's descriptor). */
  hint?: string;
  /**
   * Advice for answers that already have part of what `hint` asks for: the first whose `when`
   * holds replaces `hint` ("close the story with its result" where the steps are told).
   */
  hints?: { when: Evidence; hint: string }[];
  /** Reaches this level when it holds. Level 1 needs none. */
  evidence?: Evidence;
}

export interface Criterion {
  id: string;
  title: string;
  weight: number;
  /** Only scored for these answer types (all when absent). */
  types?: AnswerType[];
  /** Only scored when this holds (e.g. the answer tells a story); otherwise not applicable. */
  appliesWhen?: Evidence;
  levels: Level[];
}

export interface RedFlag {
  id: string;
  /** What the interviewer watches for. */
  description: string;
  /** Detected when this holds; a red flag without `when` is guidance for the interviewer only. */
  when?: Evidence;
  /** Shown to the candidate when detected (defaults to the description). */
  message?: string;
  /** A factual error rather than a habit: reported as a misconception. */
  misconception?: boolean;
  /** Criteria it affects (all when absent). */
  criteria?: string[];
  /** The affected criteria score at most this level. */
  cap?: number;
  /** The affected criteria lose this many levels (never below 1). */
  lower?: number;
  /**
   * The answer's overall score is at most this (a dealbreaker: no other strength makes up
   * for it). Keep it under the pass mark to make the flag fail the answer.
   */
  capAnswer?: number;
}

export interface Suggest {
  /** Cues in the interviewer's question; one is enough to choose the rubric. */
  question?: Evidence[];
  /** Cues in the answer; `minAnswerCues` distinct ones choose the rubric. */
  answer?: Evidence[];
  minAnswerCues?: number;
  /** Answer types that choose the rubric by themselves. */
  types?: AnswerType[];
  /** Answer types this rubric is never suggested for (name it in front matter to use it there). */
  skipTypes?: AnswerType[];
  /** Not suggested when this holds of the answer (e.g. it tells past work: a story, graded on delivery). */
  skipWhen?: Evidence;
  /** Not suggested when the interviewer's question matches one of these (it asks about something else). */
  skipQuestion?: Evidence[];
}

export type RubricKind = 'competency' | 'delivery' | 'answer-type' | 'technical';

export interface Rubric {
  id: string;
  title: string;
  kind: RubricKind;
  description?: string;
  band?: string;
  passMark: number;
  signals?: string;
  scope?: string;
  autonomy?: string;
  /** Scored on every answer (the delivery rubric). */
  always?: boolean;
  /**
   * Criteria (or red flags) of the always-on rubrics that this rubric judges in its own
   * terms; they are not scored when this rubric is chosen (a technical explanation has no
   * story arc, and its depth is judged by its own criteria).
   */
  supersedes?: string[];
  /**
   * `all` (default): every criterion is scored. `addressed`: a criterion the answer does not
   * touch (no evidence for level 2 or above) is left out and listed as a probe instead, as an
   * interviewer covers a competency over several answers, not in one.
   */
  coverage?: 'all' | 'addressed';
  suggest?: Suggest;
  concepts?: Record<string, Concept>;
  criteria: Criterion[];
  probes?: string[];
  redFlags?: RedFlag[];
}

/** A rubric and where it came from. */
export interface LoadedRubric {
  rubric: Rubric;
  /** File name or `shipped:<id>`. */
  source: string;
}

/** A rubric file: its text (YAML), or data already parsed from it (the shipped rubrics). */
export type RubricSource = { file: string; text: string } | { file: string; data: unknown };

export interface RubricLoadResult {
  rubrics: LoadedRubric[];
  problems: EngineProblem[];
}

/** A phrase of the answer quoted as evidence. */
export interface Quote {
  text: string;
  range: Range;
  offsets: OffsetRange;
}

export interface CriterionScore {
  id: string;
  title: string;
  weight: number;
  /** Null when the criterion does not apply or cannot be assessed (see `notes`). */
  level: number | null;
  descriptor: string;
  evidence: Quote[];
  /** What would reach the next level, in one line; null at level 5. */
  next: string | null;
  notes: string[];
}

export interface ScoreFinding {
  rubricId: string;
  id: string;
  kind: 'misconception' | 'red-flag';
  message: string;
  range: Range;
  offsets: OffsetRange;
  /** Criteria it capped or lowered. */
  affects: string[];
  /** The most the answer can score while this finding stands. */
  capAnswer?: number;
}

export interface RubricSelection {
  how: 'always' | 'requested' | 'front-matter' | 'suggested';
  reason: string;
}

export interface RubricScore {
  id: string;
  title: string;
  kind: RubricKind;
  score: number;
  passMark: number;
  pass: boolean;
  /** Share of the rubric's weight that applied to this answer (0-1); the overall score weighs rubrics by it. */
  applied: number;
  selection: RubricSelection;
  criteria: CriterionScore[];
  findings: ScoreFinding[];
}

export interface AnswerScore {
  answerIndex: number;
  question?: string;
  /** Weighted 1-5 score over the rubrics, each weighted by the share of it that applied. */
  score: number;
  passMark: number;
  pass: boolean;
  rubrics: RubricScore[];
  findings: ScoreFinding[];
  /** Why these rubrics, and anything the scorer could not assess. */
  notes: string[];
}

export interface ScoreReport {
  answers: AnswerScore[];
  /** Mean over the answers; a file passes when every answer passes. */
  score: number;
  pass: boolean;
  problems: EngineProblem[];
}
