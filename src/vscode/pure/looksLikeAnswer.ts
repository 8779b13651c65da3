import type * as Core from '../../core/index.js';

/** The parts of the engine the decision reads; the extension passes its lazily loaded engine. */
export type AnswerModel = Pick<typeof Core, 'splitAnswers' | 'buildChunkModel' | 'isSectionHeading'>;

/**
 * Whether a markdown file outside the answer globs reads like an interview answer, decided by
 * the engine's own model (the one that lints it): an answer that labels two or more STAR parts
 * ("**Situation:**", "## Action"), or one under an interviewer's prompt ("Tell me about a
 * time ...", "Walk me through ...", "Why do you want this role?") with some prose of its own.
 * A heading that merely ends in a question mark ("## What is this repo?") is not enough: the
 * offer this decides is meant for drafts, not for every README with a FAQ.
 */

const STAR = new Set(['situation', 'task', 'action', 'result']);
const PROMPT_OPENERS = [
  'tell (?:me|us)',
  'walk (?:me|us) through',
  'talk (?:me|us) through',
  'describe (?:a|an|the|your)',
  'give (?:me|us) an example',
  'share an example',
  'why (?:do|did|should|would) (?:you|we)',
  'what (?:is|was|are|were) (?:your|the (?:hardest|biggest|most))',
  'how (?:do|did|would) you',
  'have you (?:ever )?',
  'can you (?:tell|walk|explain|describe)',
];
const PROMPT = new RegExp(`^["'“‘]?(?:${PROMPT_OPENERS.join('|')})\\b`, 'i');
/** Prose under a prompt, in words: a heading alone is a list of questions, not an answer. */
const MIN_WORDS = 25;
/** The offer reads the start of a file only: a long file has shown what it is by then. */
const SCAN = 20_000;

export function looksLikeAnswer(text: string, { splitAnswers, buildChunkModel, isSectionHeading }: AnswerModel): boolean {
  const head = text.length > SCAN ? text.slice(0, SCAN) : text;
  const chunks = splitAnswers(head, isSectionHeading);
  const answers = chunks.filter((c) => c.kind === 'answer').length;
  for (const [index, chunk] of chunks.entries()) {
    const { answer } = buildChunkModel(head.slice(chunk.start, chunk.end), { index, kind: chunk.kind, soleAnswer: answers === 1 && chunk.kind === 'answer' });
    const star = new Set(answer.sections.flatMap((s) => s.kinds).filter((k) => STAR.has(k)));
    if (star.size >= 2) return true;
    const question = answer.question?.text.replace(/^[#\s*_]+/, '').trim();
    if (question && PROMPT.test(question) && answer.wordCount >= MIN_WORDS) return true;
  }
  return false;
}
