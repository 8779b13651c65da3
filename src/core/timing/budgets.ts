import type { SectionKind } from '../types.js';

/** A spoken-time budget in seconds, both ends included. */
export interface TimeBudget {
  minSeconds: number;
  maxSeconds: number;
}

/**
 * How long each STAR part should take aloud: a short scene, a shorter statement of the
 * candidate's job, most of the time on what they did, then the quantified outcome. Learning
 * has no budget of its own: it belongs to the closing part of the Result.
 */
export const STAR_BUDGETS: Readonly<Record<Exclude<SectionKind, 'learning'>, TimeBudget>> = {
  situation: { minSeconds: 15, maxSeconds: 20 },
  task: { minSeconds: 10, maxSeconds: 15 },
  action: { minSeconds: 60, maxSeconds: 90 },
  result: { minSeconds: 20, maxSeconds: 30 },
};

/**
 * An elevator pitch runs about 30 seconds, which is 75-90 words; it is budgeted in words, as
 * the too-long rule counts it, and shown in seconds at the speaking rate.
 */
export const PITCH_WORDS = { min: 75, max: 90 } as const;

/** Any other answer: one to two minutes, about 90 seconds being the usual aim. */
export const ANSWER_BUDGET: TimeBudget = { minSeconds: 60, maxSeconds: 120 };
