import type { Answer, Sentence } from '../../types.js';
import { ownActionClaims, teamActionClaims, tellsOutcome } from '../../detect/claimDetectors.js';
import { hasAccuracyFigure } from '../accuracy-only.js';
import { isLearningSection, isLearningSentence, isOutcomeSentence, isSetupSentence } from './outcome.js';

// "Happy to go deeper on the monitoring": an offer to the interviewer, not part of the story.
const OFFER = /\b(?:happy|glad) to (?:go|dig|talk|walk|share)|\bgo (?:deeper|into more detail)\b|\bwant me to\b/i;

// Under this many words an answer is a sketch; its missing result is the length's problem.
const UNTOLD_RESULT_MIN_WORDS = 40;

/** Sentences that can carry the outcome of an answer with no labelled Result. */
export function outcomeCandidates(sentences: readonly Sentence[]): Sentence[] {
  // A question claims nothing: "what does success look like in this role?"
  const body = sentences.filter(
    (s) =>
      !isSetupSentence(s) &&
      !isLearningSection(s) &&
      !(isLearningSentence(s.text) && !isOutcomeSentence(s.text)) &&
      !OFFER.test(s.text) &&
      !/\?["'”’)]*\s*$/.test(s.text),
  );
  // The opening sentence sets the scene ("they were losing 20% of customers"); it is not the result.
  const unlabelledOpening = sentences[0] && sentences[0].sectionKinds.length === 0 && sentences.length >= 3 ? sentences[0] : undefined;
  // "I learned that ... . I shouldn't focus only on the algorithm ...": once the closing
  // reflection starts, what follows it goes on reflecting unless it states an outcome.
  const closing = closingReflectionAt(sentences);
  return body.filter((s) => s !== unlabelledOpening && (s.start < closing || isOutcomeSentence(s.text)));
}

/** Where the reflection that closes an answer starts: its first lesson past the first half. */
function closingReflectionAt(sentences: readonly Sentence[]): number {
  for (let i = Math.ceil(sentences.length / 2); i < sentences.length; i++) {
    const s = sentences[i]!;
    if (isLearningSection(s) || (isLearningSentence(s.text) && !isOutcomeSentence(s.text))) return s.start;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * A story or a walk-through that tells work of its own or its team's and no outcome or measured
 * result at all: the listener is left asking "and then?". Returns the sentence where the
 * result is owed (the last that could have carried it), or nothing when a result is told.
 */
export function untoldResultAt(answer: Answer, candidates?: readonly Sentence[]): Sentence | undefined {
  if (answer.type !== 'behavioral' && answer.type !== 'project') return undefined;
  if (answer.wordCount < UNTOLD_RESULT_MIN_WORDS) return undefined;
  if (answer.sections.some((s) => s.kinds.includes('result'))) return undefined;
  // A caller that has read the candidates already hands them on.
  candidates ??= outcomeCandidates(answer.sentences);
  if (candidates.length === 0) return undefined;
  if (tellsOutcome(answer)) return undefined;
  // An accuracy figure is a result told as a state ("the model is 97% accurate"): accuracy-only judges it.
  if (hasAccuracyFigure(answer.prose)) return undefined;
  if (ownActionClaims(answer).length + teamActionClaims(answer).length === 0) return undefined;
  return candidates[candidates.length - 1];
}
