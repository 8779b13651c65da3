import type { Answer, EngineProblem } from '../types.js';
import { describeAnswerType } from '../detect/answerType.js';
import { describeEvidence, evaluateEvidence, textContext, type EvidenceContext } from './evidence.js';
import type { Evidence, LoadedRubric, Rubric, RubricSelection } from './types.js';

export interface Selected {
  rubric: Rubric;
  selection: RubricSelection;
}

/** Rubric ids named in front matter (`rubric: id` or a list, also under `rubrics`). */
export function frontMatterRubricIds(data: Record<string, unknown> | undefined): string[] {
  if (!data) return [];
  const v = data['rubric'] ?? data['rubrics'];
  if (typeof v === 'string')
    return v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(v))
    return v
      .filter((x): x is string => typeof x === 'string')
      .map((s) => s.trim())
      .filter(Boolean);
  return [];
}

interface Candidate {
  rubric: Rubric;
  rank: number;
  reason: string;
  /**
   * The topic is known: the draft states its question (and the question did not rule the
   * rubric out), or the answer type points at the rubric.
   */
  settled: boolean;
}

/** How strongly a rubric's cues point at this answer, and why. */
function suggestion(rubric: Rubric, answer: Answer, ctx: EvidenceContext, questionCtx: EvidenceContext | undefined): Candidate | undefined {
  const s = rubric.suggest;
  if (!s || (s.skipTypes ?? []).includes(answer.type)) return undefined;
  const concepts = rubric.concepts ?? {};
  // Cues are only asked whether they hold: what a failed one lacks is never shown.
  const holds = (e: Evidence, on: EvidenceContext): boolean => evaluateEvidence(e, { ...on, concepts }, { describeMissing: false }).holds;
  if (s.skipWhen !== undefined && holds(s.skipWhen, ctx)) return undefined;
  const question = answer.question?.text ?? '';
  const inQuestion = (e: Evidence): boolean => questionCtx !== undefined && holds(e, questionCtx);
  if ((s.skipQuestion ?? []).some(inQuestion)) return undefined;
  const qHits = (s.question ?? []).filter(inQuestion).map((e) => describeEvidence(e, concepts));
  const aHits = (s.answer ?? []).filter((e) => holds(e, ctx)).map((e) => describeEvidence(e, concepts));
  const typeHit = answer.typeSource !== 'default' && (s.types ?? []).includes(answer.type);
  // An explanation rubric grades the topic the interviewer asked about: "How does ALiBi differ
  // from RoPE?" mentions queries and keys, and is still not a question about attention.
  if (rubric.kind === 'technical' && question !== '' && qHits.length === 0 && !typeHit) return undefined;
  const enoughCues = aHits.length >= (s.minAnswerCues ?? 2);
  if (qHits.length === 0 && !enoughCues && !typeHit) return undefined;
  const parts: string[] = [];
  if (qHits.length > 0) parts.push(`the question mentions ${qHits.join(', ')}`);
  if (typeHit) parts.push(`it reads as ${describeAnswerType(answer.type)} (from its ${answer.typeSource === 'heading' ? 'question' : answer.typeSource})`);
  if (aHits.length > 0) parts.push(`the answer mentions ${aHits.slice(0, 5).join(', ')}${aHits.length > 5 ? ` and ${aHits.length - 5} more` : ''}`);
  return {
    rubric,
    rank: qHits.length * 10 + (typeHit ? 8 : 0) + (enoughCues ? aHits.length : 0),
    reason: parts.join('; '),
    // A cue in the question needs a question, so the draft's question or the answer type settles it.
    settled: question !== '' || typeHit,
  };
}

/**
 * The rubrics an answer is scored against: the always-on ones (delivery), then the ones
 * asked for (CLI), else those named in front matter, else the best suggestion.
 */
export function selectRubrics(args: { answer: Answer; rubrics: LoadedRubric[]; requested: string[]; frontMatterIds: string[]; ctx: EvidenceContext }): {
  selected: Selected[];
  notes: string[];
  problems: EngineProblem[];
} {
  const { answer, rubrics, requested, frontMatterIds, ctx } = args;
  const byId = new Map(rubrics.map((r) => [r.rubric.id, r.rubric]));
  const selected: Selected[] = [];
  const notes: string[] = [];
  const problems: EngineProblem[] = [];
  const add = (rubric: Rubric, selection: RubricSelection): void => {
    if (!selected.some((s) => s.rubric.id === rubric.id)) selected.push({ rubric, selection });
  };
  for (const r of rubrics) if (r.rubric.always) add(r.rubric, { how: 'always', reason: 'scored on every answer' });

  const named = requested.length > 0 ? requested : frontMatterIds;
  const how = requested.length > 0 ? 'requested' : 'front-matter';
  for (const id of named) {
    const r = byId.get(id);
    if (r) add(r, { how, reason: how === 'requested' ? 'asked for with --rubric' : 'named in front matter (rubric:)' });
    else
      problems.push({
        kind: 'rubric',
        message: `Unknown rubric "${id}" (${how === 'requested' ? '--rubric' : 'front matter rubric:'}), expected one of: ${[...byId.keys()].sort().join(', ')}`,
      });
  }
  if (named.length > 0) return { selected, notes, problems };

  // The question is read once for every rubric's cues.
  const questionCtx = answer.question?.text ? textContext(answer.question.text) : undefined;
  const candidates = rubrics
    .filter((r) => !r.rubric.always)
    .map((r) => suggestion(r.rubric, answer, ctx, questionCtx))
    .filter((c): c is Candidate => c !== undefined)
    .sort((a, b) => b.rank - a.rank || a.rubric.id.localeCompare(b.rubric.id));
  // A rubric is applied when the topic is known. With no question in the draft, the answer's
  // words alone are a guess at it: "random forest" and "bagging" come up in a comparison of
  // ensembles as much as in an explanation of out-of-bag error, and grading the answer against
  // the wrong topic's criteria sinks it. Such a guess is named, with its reason, for the user
  // to apply.
  const best = candidates.find((c) => c.settled);
  if (best) {
    add(best.rubric, { how: 'suggested', reason: best.reason });
    const others = candidates
      .filter((c) => c !== best)
      .slice(0, 2)
      .map((c) => c.rubric.id);
    notes.push(
      `Scored against "${best.rubric.id}" because ${best.reason}.${others.length ? ` Also close: ${others.join(', ')} (name one with rubric: in front matter).` : ''}`,
    );
  } else if (candidates[0]) {
    const guess = candidates[0];
    notes.push(
      `No question says what this answer is about, so it is scored on delivery only. It reads like "${guess.rubric.id}" (${guess.reason}); to grade it on that content, name it with rubric: ${guess.rubric.id} in front matter.`,
    );
  } else {
    const ids = rubrics
      .filter((r) => !r.rubric.always)
      .map((r) => r.rubric.id)
      .sort();
    notes.push(
      `No content rubric matched this answer; scored on delivery only. To grade it on content, name one with rubric: in front matter (${ids.join(', ')}).`,
    );
  }
  return { selected, notes, problems };
}
