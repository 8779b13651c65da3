import { PITCH_WORDS, type TimeBudget } from './budgets.js';
import type { AnswerTiming, TimedPart } from './speakingTime.js';

/** Seconds as a clock reads them: 102 -> "1:42". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A budget as a reader says it: "60-90 s", "1-2 min", "30 s". */
export function budgetText(budget: TimeBudget): string {
  const { minSeconds: lo, maxSeconds: hi } = budget;
  if (lo >= 60 && lo % 60 === 0 && hi % 60 === 0) return lo === hi ? `${lo / 60} min` : `${lo / 60}-${hi / 60} min`;
  return lo === hi ? `${lo} s` : `${lo}-${hi} s`;
}

/** "Action 1:42 · over the 60-90 s budget"; a label that is not the budget's name gets it ("Approach 1:10 · within the 60-90 s Action budget"). */
export function partTimeText(part: TimedPart): string {
  const time = `${part.label} ${clock(part.seconds)}`;
  if (!part.budget || !part.verdict) return time;
  const named = part.budgetName && part.budgetName.toLowerCase() !== part.label.toLowerCase() ? ` ${part.budgetName}` : '';
  return `${time} · ${part.verdict} the ${budgetText(part.budget)}${named} budget`;
}

/**
 * "Answer 1:42 · 255 words · within the 1-2 min budget", "Pitch 0:33 · 83 words · within the
 * 75-90 word budget (30-36 s)"; `label` replaces the first word ("Total").
 */
export function answerTimeText(timing: AnswerTiming, label: string = timing.kind === 'pitch' ? 'Pitch' : 'Answer'): string {
  const head = `${label} ${clock(timing.seconds)} · ${timing.words} word${timing.words === 1 ? '' : 's'}`;
  const budget =
    timing.kind === 'pitch' ? `${PITCH_WORDS.min}-${PITCH_WORDS.max} word budget (${budgetText(timing.budget)})` : `${budgetText(timing.budget)} budget`;
  return `${head} · ${timing.verdict} the ${budget}`;
}
