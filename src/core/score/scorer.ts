import type { Answer, Diagnostic, EngineProblem, LintResult, OffsetRange, ResolvedConfig } from '../types.js';
import { LineIndex } from '../text/lineIndex.js';
import { describeAnswerType } from '../detect/answerType.js';
import { claimsOf } from '../claims/read.js';
import { spanAt } from '../rules/util/context.js';
import { defaultConfig } from '../config/resolve.js';
import { describeEvidence, evaluateEvidence, EvidenceCache, type EvidenceContext } from './evidence.js';
import { frontMatterRubricIds, selectRubrics, type Selected } from './select.js';
import type { AnswerScore, CriterionScore, LoadedRubric, Quote, RubricScore, ScoreFinding, ScoreReport } from './types.js';

export interface ScoreOptions {
  rubrics: LoadedRubric[];
  /** Rubric ids asked for by the user (CLI `--rubric`); they replace front matter and suggestions. */
  requested?: string[];
  /** The config the lint ran with: rules that were off cannot feed the delivery rubric. */
  config?: ResolvedConfig;
}

const MAX_QUOTES = 8;
const SUGGESTED_SHARE = 0.5;

/** Scores are shown with two decimals; pass/fail is decided on the shown value. */
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function quote(text: string, lines: LineIndex, r: OffsetRange): Quote {
  return { text: text.slice(r.start, r.end), range: { start: lines.position(r.start), end: lines.position(r.end) }, offsets: { start: r.start, end: r.end } };
}

/**
 * Evidence is the claim a match belongs to, never a lone word: "fell" or "project" is quoted
 * as the clause that holds it, or the sentence when the match spans two clauses. A section
 * label says nothing by itself: the first claim of its section is quoted instead.
 */
function toClaims(answer: Answer, ranges: OffsetRange[]): OffsetRange[] {
  const claims = claimsOf(answer);
  const out: OffsetRange[] = [];
  for (const r of ranges) {
    // Claims and sentences are sorted and never overlap: the one that holds the start is the only candidate.
    const c = spanAt(claims, r.start);
    if (c && r.end <= c.end) {
      out.push({ start: c.start, end: c.end });
      continue;
    }
    const s = spanAt(answer.sentences, r.start);
    if (s && r.end <= s.end) {
      out.push({ start: s.start, end: s.end });
      continue;
    }
    const section = answer.sections.find((x) => x.labelRange.start === r.start);
    if (section) {
      const first = claims.find((x) => x.start >= section.labelRange.end && x.end <= section.range.end);
      if (first) out.push({ start: first.start, end: first.end });
      continue;
    }
    out.push(r);
  }
  return out;
}

/** Overlapping matches ("square root of d" and "root of d_k") are quoted once, as their union. */
function mergeOverlaps(ranges: OffsetRange[]): OffsetRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OffsetRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

function proseSpan(answer: Answer): OffsetRange {
  const first = answer.sentences[0];
  const last = answer.sentences[answer.sentences.length - 1];
  return first && last ? { start: first.start, end: last.end } : { start: answer.range.start, end: answer.range.start };
}

function scoreRubric(
  selected: Selected,
  answer: Answer,
  baseCtx: EvidenceContext,
  text: string,
  lines: LineIndex,
  superseded: Map<string, string>,
): RubricScore | undefined {
  const { rubric, selection } = selected;
  const ctx: EvidenceContext = { ...baseCtx, concepts: rubric.concepts ?? {} };
  const criteria: CriterionScore[] = rubric.criteria.map((c) => {
    const base = { id: c.id, title: c.title, weight: c.weight };
    // A criterion left out of this answer's score, with the reason shown in its place.
    const unscored = (note: string): CriterionScore => ({ ...base, level: null, descriptor: '', evidence: [], next: null, notes: [note] });
    if (c.types && !c.types.includes(answer.type)) {
      return unscored(`not scored for ${describeAnswerType(answer.type)}`);
    }
    const by = rubric.always ? superseded.get(c.id) : undefined;
    if (by) return unscored(`judged by the "${by}" rubric for this answer`);
    if (c.appliesWhen !== undefined && !evaluateEvidence(c.appliesWhen, ctx, { describeMissing: false }).holds) {
      return unscored(`not applicable: the answer has none of ${describeEvidence(c.appliesWhen, ctx.concepts).replace(/^one of /, '')}`);
    }
    // What a level lacks is put in words for the level above the one reached only, below.
    const results = c.levels.map((l) =>
      l.evidence === undefined ? { holds: true, quotes: [], missing: [], unassessed: [] } : evaluateEvidence(l.evidence, ctx, { describeMissing: false }),
    );
    const unassessed = [...new Set(results.flatMap((r) => r.unassessed))];
    if (unassessed.length > 0) {
      return unscored(`not assessed: the lint rule${unassessed.length > 1 ? 's' : ''} ${unassessed.map((u) => `"${u}"`).join(', ')} did not run`);
    }
    let reached = 0;
    for (let i = c.levels.length - 1; i >= 0; i--) {
      if (results[i]!.holds) {
        reached = i;
        break;
      }
    }
    const level = c.levels[reached]!;
    const up = c.levels[reached + 1];
    // Only a short list of what is missing helps; a long one restates the next level's evidence.
    const missingAll = up?.evidence !== undefined ? evaluateEvidence(up.evidence, ctx).missing : [];
    const missing = missingAll.join('; ').length <= 120 ? missingAll : [];
    const hint = up ? (level.hints?.find((h) => evaluateEvidence(h.when, ctx, { describeMissing: false }).holds)?.hint ?? level.hint ?? up.descriptor) : '';
    const next = up ? `${hint}${missing.length ? ` (missing: ${missing.join('; ')})` : ''}` : null;
    return {
      ...base,
      level: level.level,
      descriptor: level.descriptor,
      evidence: mergeOverlaps(toClaims(answer, results[reached]!.quotes))
        .slice(0, MAX_QUOTES)
        .map((q) => quote(text, lines, q)),
      next,
      notes: [],
    };
  });

  const findings: ScoreFinding[] = [];
  // A criterion hit by a red flag was addressed, badly: it stays in the score.
  const flagged = new Set<string>();
  for (const flag of rubric.redFlags ?? []) {
    if (flag.when === undefined) continue;
    // A content rubric that judges the same thing in its own terms replaces the always-on flag.
    if (rubric.always && superseded.has(flag.id)) continue;
    const r = evaluateEvidence(flag.when, ctx, { describeMissing: false });
    if (!r.holds || r.unassessed.length > 0) continue;
    // A flag that only caps the answer (no level change, no criteria named) touches no criterion.
    const answerOnly = flag.cap === undefined && flag.lower === undefined && !flag.misconception && !flag.criteria;
    const affected = answerOnly ? [] : criteria.filter((c) => c.level !== null && (!flag.criteria || flag.criteria.includes(c.id)));
    for (const c of affected) flagged.add(c.id);
    const message = flag.message ?? flag.description;
    for (const c of affected) {
      const before = c.level!;
      let after = before;
      if (flag.cap !== undefined) after = Math.min(after, flag.cap);
      if (flag.lower !== undefined) after = Math.max(1, after - flag.lower);
      if (after < before) {
        const lvl = rubric.criteria.find((x) => x.id === c.id)!.levels[after - 1]!;
        c.level = after;
        c.descriptor = lvl.descriptor;
        c.notes.push(`${flag.misconception ? 'misconception' : 'red flag'} "${flag.id}" brings this from level ${before} to ${after}`);
      }
      // A factual error comes before any other advice on the criteria it touches.
      if (after < before || flag.misconception) c.next = `Fix first: ${message}`;
    }
    const at = r.quotes[0] ?? proseSpan(answer);
    const q = quote(text, lines, at);
    findings.push({
      rubricId: rubric.id,
      id: flag.id,
      kind: flag.misconception ? 'misconception' : 'red-flag',
      message,
      range: q.range,
      offsets: q.offsets,
      affects: affected.map((c) => c.id),
      ...(flag.capAnswer !== undefined ? { capAnswer: flag.capAnswer } : {}),
    });
  }

  // A competency is covered over a whole interview: criteria this answer never touches become probes, not 1s.
  if (rubric.coverage === 'addressed') {
    const untouched = criteria.filter((c) => c.level === 1 && c.notes.length === 0 && !flagged.has(c.id));
    if (untouched.length < criteria.filter((c) => c.level !== null).length) {
      for (const c of untouched) {
        c.level = null;
        c.notes.push("not addressed by this answer; an interviewer would probe it (see the rubric's probes)");
      }
    }
  }

  const scored = criteria.filter((c) => c.level !== null);
  if (scored.length === 0) return undefined;
  const weight = scored.reduce((s, c) => s + c.weight, 0);
  const score = round2(scored.reduce((s, c) => s + c.weight * c.level!, 0) / weight);
  const applied = round2(weight / rubric.criteria.reduce((s, c) => s + c.weight, 0));
  return {
    id: rubric.id,
    title: rubric.title,
    kind: rubric.kind,
    score,
    passMark: rubric.passMark,
    pass: score >= rubric.passMark,
    applied,
    selection,
    criteria,
    findings,
  };
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function scoreAnswer(args: {
  answer: Answer;
  diagnostics: Diagnostic[];
  text: string;
  lines: LineIndex;
  options: ScoreOptions;
  frontMatterIds: string[];
  enabledRules: Set<string>;
}): { score: AnswerScore; problems: EngineProblem[] } {
  const { answer, options } = args;
  const ctx: EvidenceContext = { answer, diagnostics: args.diagnostics, enabledRules: args.enabledRules, concepts: {}, cache: new EvidenceCache() };
  const { selected, notes, problems } = selectRubrics({
    answer,
    rubrics: options.rubrics,
    requested: options.requested ?? [],
    frontMatterIds: args.frontMatterIds,
    ctx,
  });
  const rubrics: RubricScore[] = [];
  // Content rubrics are scored first: only one that stays in the score takes over the
  // delivery criteria it supersedes (a dropped suggestion must not leave them unjudged).
  const superseded = new Map<string, string>();
  const content = new Map<Selected, RubricScore | undefined>();
  for (const s of selected) {
    if (s.rubric.always) continue;
    const r = scoreRubric(s, answer, ctx, args.text, args.lines, superseded);
    content.set(s, r);
    if (r) for (const id of s.rubric.supersedes ?? []) if (!superseded.has(id)) superseded.set(id, s.rubric.id);
  }
  for (const s of selected) {
    const r = s.rubric.always ? scoreRubric(s, answer, ctx, args.text, args.lines, superseded) : content.get(s);
    if (r) rubrics.push(r);
    else notes.push(`"${s.rubric.id}" has no criterion that applies to this answer; left out of the score.`);
  }
  // A rubric counts in proportion to how much of it applied: delivery and content weigh the
  // same when both apply in full, and an explanation is judged mostly on its content.
  // A content rubric suggested from cues is a guess at the topic, so it counts half as much as
  // one named in front matter or asked for; delivery is judged on every answer alike.
  const share = (r: RubricScore): number => r.applied * (r.selection.how === 'suggested' ? SUGGESTED_SHARE : 1);
  const total = rubrics.reduce((s, r) => s + share(r), 0);
  let score = total > 0 ? round2(rubrics.reduce((s, r) => s + share(r) * r.score, 0) / total) : 0;
  // A dealbreaker is not averaged away by the answer's strengths.
  const capping = rubrics.flatMap((r) => r.findings).filter((f) => f.capAnswer !== undefined && f.capAnswer < score);
  if (capping.length > 0) {
    const cap = Math.min(...capping.map((f) => f.capAnswer!));
    notes.push(
      `Capped at ${cap.toFixed(2)} (from ${score.toFixed(2)}) by ${capping.map((f) => `"${f.id}"`).join(', ')}: ${capping.find((f) => f.capAnswer === cap)!.message}`,
    );
    score = cap;
  }
  const passMark = total > 0 ? round2(rubrics.reduce((s, r) => s + share(r) * r.passMark, 0) / total) : 5;
  return {
    score: {
      answerIndex: answer.index,
      ...(answer.question ? { question: answer.question.text } : {}),
      score,
      passMark,
      pass: total > 0 && score >= passMark,
      rubrics,
      findings: rubrics.flatMap((r) => r.findings),
      notes,
    },
    problems,
  };
}

/**
 * Scores every answer of a linted file against rubrics. Reads the lint findings, so the
 * delivery score and the diagnostics never disagree; pure and deterministic.
 */
export function scoreLintResult(result: LintResult, options: ScoreOptions): ScoreReport {
  const config = options.config ?? defaultConfig();
  const enabledRules = new Set(
    Object.entries(config.rules)
      .filter(([, rc]) => rc.severity !== 'off')
      .map(([id]) => id),
  );
  const text = result.model.text;
  const lines = new LineIndex(text);
  const frontMatterIds = frontMatterRubricIds(result.model.frontMatter?.data);
  const problems: EngineProblem[] = [];
  const answers: AnswerScore[] = [];
  for (const answer of result.model.answers) {
    if (answer.kind !== 'answer' || answer.wordCount === 0) continue;
    const scored = scoreAnswer({
      answer,
      diagnostics: result.diagnostics.filter((d) => d.answerIndex === answer.index),
      text,
      lines,
      options,
      frontMatterIds,
      enabledRules,
    });
    answers.push(scored.score);
    for (const p of scored.problems) if (!problems.some((x) => x.message === p.message)) problems.push(p);
  }
  const score = answers.length ? round2(mean(answers.map((a) => a.score))) : 0;
  return { answers, score, pass: answers.length > 0 && answers.every((a) => a.pass), problems };
}
