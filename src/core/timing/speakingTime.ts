import { isIntroduction } from '../detect/answerType.js';
import { countWords, speakingSeconds } from '../text/words.js';
import type { Answer, DocumentModel, OffsetRange, SectionKind } from '../types.js';
import { ANSWER_BUDGET, PITCH_WORDS, STAR_BUDGETS, type TimeBudget } from './budgets.js';

export type BudgetVerdict = 'under' | 'within' | 'over';

export interface TimedSentence {
  /** The sentence as spoken: the candidate's words, whitespace collapsed. */
  text: string;
  /** Document offsets. */
  start: number;
  end: number;
  words: number;
  /** Seconds into the answer at which the sentence starts when spoken at the rate (not rounded). */
  at: number;
}

export interface TimedPart {
  /** The label as written ("Action", "Situation / Task"); "Opening" before the first label, "Answer" or "Pitch" when nothing is labelled. */
  label: string;
  kinds: SectionKind[];
  /** The STAR parts whose budgets apply, as named in the budget ("Action", "Situation + Task"); absent when none does. */
  budgetName?: string;
  /** Where the label is written; absent for unlabelled text. */
  labelRange?: OffsetRange;
  range: OffsetRange;
  words: number;
  /** Speaking time, rounded to the second. */
  seconds: number;
  /** Seconds into the answer at which the part starts (not rounded). */
  at: number;
  budget?: TimeBudget;
  verdict?: BudgetVerdict;
  sentences: TimedSentence[];
}

export interface AnswerTiming {
  answerIndex: number;
  /** An introduction pitch is budgeted in words (about 30 seconds), any other answer in minutes. */
  kind: 'pitch' | 'answer';
  /** The interviewer's question, when the answer has one. */
  question?: string;
  /** Where the answer's own lens goes: its question heading, else its first label or sentence. */
  anchor: OffsetRange;
  words: number;
  seconds: number;
  budget: TimeBudget;
  verdict: BudgetVerdict;
  wordsPerMinute: number;
  parts: TimedPart[];
}

const KIND_NAMES: Record<Exclude<SectionKind, 'learning'>, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };

function verdictOf(value: number, lo: number, hi: number): BudgetVerdict {
  return value > hi ? 'over' : value < lo ? 'under' : 'within';
}

function firstLine(text: string, r: OffsetRange): OffsetRange {
  const nl = text.slice(r.start, r.end).search(/[\r\n]/);
  return nl < 0 ? r : { start: r.start, end: r.start + nl };
}

function anchorOf(answer: Answer, text: string): OffsetRange {
  const q = answer.question;
  // A question taken from front matter has the front matter's range: the lens goes on the answer's text instead.
  if (q && !text.slice(q.range.start, q.range.end).startsWith('---')) return firstLine(text, q.range);
  const label = answer.sections[0]?.labelRange;
  if (label) return label;
  const first = answer.sentences[0];
  return first ? { start: first.start, end: first.end } : { start: answer.range.start, end: answer.range.start };
}

function starBudget(kinds: SectionKind[]): { name: string; budget: TimeBudget } | undefined {
  const star = kinds.filter((k): k is Exclude<SectionKind, 'learning'> => k !== 'learning');
  if (star.length === 0) return undefined;
  return {
    name: star.map((k) => KIND_NAMES[k]).join(' + '),
    budget: {
      minSeconds: star.reduce((n, k) => n + STAR_BUDGETS[k].minSeconds, 0),
      maxSeconds: star.reduce((n, k) => n + STAR_BUDGETS[k].maxSeconds, 0),
    },
  };
}

interface PartSpan {
  label: string;
  kinds: SectionKind[];
  labelRange?: OffsetRange;
  range: OffsetRange;
}

/** The answer cut where the engine's model puts its section labels, with any text before the first label as its own part. */
function partSpans(answer: Answer, pitch: boolean): PartSpan[] {
  const body = { start: answer.proseStart, end: answer.range.end };
  if (answer.sections.length === 0) return [{ label: pitch ? 'Pitch' : 'Answer', kinds: [], range: body }];
  const spans: PartSpan[] = [];
  const first = answer.sections[0]!.range.start;
  if (first > body.start) spans.push({ label: 'Opening', kinds: [], range: { start: body.start, end: first } });
  for (const s of answer.sections) spans.push({ label: s.label, kinds: s.kinds, labelRange: s.labelRange, range: s.range });
  return spans;
}

function timeAnswer(answer: Answer, text: string, wpm: number): AnswerTiming {
  const pitch = isIntroduction(answer);
  const secondsAt = (words: number): number => (words * 60) / wpm;
  const wordsIn = (start: number, end: number): number =>
    end <= start ? 0 : countWords(answer.prose.slice(Math.max(0, start - answer.proseStart), Math.max(0, end - answer.proseStart)));
  let before = 0;
  const parts: TimedPart[] = [];
  for (const span of partSpans(answer, pitch)) {
    const words = wordsIn(span.range.start, span.range.end);
    // Text before the first label with no spoken word in it (a blank line, a comment) is no part.
    if (span.label === 'Opening' && words === 0) continue;
    const sentences = answer.sentences
      .filter((s) => s.start >= span.range.start && s.start < span.range.end)
      .map((s) => ({
        text: s.text.replace(/\s+/g, ' ').trim(),
        start: s.start,
        end: s.end,
        words: countWords(s.text),
        at: secondsAt(before + wordsIn(span.range.start, s.start)),
      }));
    const seconds = speakingSeconds(words, wpm);
    const star = starBudget(span.kinds);
    parts.push({
      label: span.label,
      kinds: span.kinds,
      ...(star ? { budgetName: star.name, budget: star.budget, verdict: verdictOf(seconds, star.budget.minSeconds, star.budget.maxSeconds) } : {}),
      ...(span.labelRange ? { labelRange: span.labelRange } : {}),
      range: span.range,
      words,
      seconds,
      at: secondsAt(before),
      sentences,
    });
    before += words;
  }
  const words = answer.wordCount;
  const budget = pitch ? { minSeconds: speakingSeconds(PITCH_WORDS.min, wpm), maxSeconds: speakingSeconds(PITCH_WORDS.max, wpm) } : ANSWER_BUDGET;
  const seconds = speakingSeconds(words, wpm);
  return {
    answerIndex: answer.index,
    kind: pitch ? 'pitch' : 'answer',
    ...(answer.question ? { question: answer.question.text } : {}),
    anchor: anchorOf(answer, text),
    words,
    seconds,
    budget,
    // A pitch is judged in words, as the too-long rule judges it, so the two never disagree.
    verdict: pitch ? verdictOf(words, PITCH_WORDS.min, PITCH_WORDS.max) : verdictOf(seconds, budget.minSeconds, budget.maxSeconds),
    wordsPerMinute: wpm,
    parts,
  };
}

/**
 * The spoken time of each answer of a file and of each of its parts, at `wordsPerMinute`,
 * against the STAR, pitch and answer budgets. Parts come from the sections the model found
 * (headings, bold labels, "R -" lines); nothing is parsed again.
 */
export function answerTimings(model: DocumentModel, wordsPerMinute: number): AnswerTiming[] {
  return model.answers.filter((a) => a.kind === 'answer').map((a) => timeAnswer(a, model.text, wordsPerMinute));
}
