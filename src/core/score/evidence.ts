import { describeAnswerType } from '../detect/answerType.js';
import type { Answer, Diagnostic, OffsetRange, SectionKind, Sentence } from '../types.js';
import { countWords } from '../text/words.js';
import { builtinLabel, builtinPhrases, findBuiltinPattern, findClaimConcept } from './builtins.js';
import { findPhraseIn, normalizeText, type NormalizedText } from './phrase.js';
import { hasMetric } from '../rules/util/metric.js';
import type { Concept, Evidence } from './types.js';
import { findingList, findingsInstead } from './findingPhrases.js';

/** What evidence is checked against: one answer, its lint findings, the rubric's concepts. */
export interface EvidenceContext {
  answer: Answer;
  /** Lint findings of this answer (document offsets). */
  diagnostics: Diagnostic[];
  /** Rule ids that ran on this answer; a condition on another rule cannot be assessed. */
  enabledRules: ReadonlySet<string>;
  concepts: Record<string, Concept>;
  /** Phrase and concept matches over the whole prose, shared by every rubric. */
  cache: EvidenceCache;
}

/**
 * Matches over one answer's whole prose, found once while the answer is scored against
 * every rubric: a rubric asks for the same phrases and concepts level after level, and
 * rubric selection asks for them again. Make one per answer: the matches are its offsets.
 */
export class EvidenceCache {
  readonly phrases = new Map<string, OffsetRange[]>();
  /** Shipped concepts (`@metric`): the same for every rubric. */
  readonly builtins = new Map<string, OffsetRange[]>();
  // Two rubrics may define the same concept id with different phrases: keyed by the rubric's table.
  private readonly byTable = new WeakMap<Record<string, Concept>, Map<string, OffsetRange[]>>();

  rubricConcepts(table: Record<string, Concept>): Map<string, OffsetRange[]> {
    let m = this.byTable.get(table);
    if (!m) {
      m = new Map();
      this.byTable.set(table, m);
    }
    return m;
  }
}

export interface EvidenceResult {
  holds: boolean;
  /** Document ranges of the phrases that made it hold. */
  quotes: OffsetRange[];
  /** What is missing, named for a hint. */
  missing: string[];
  /** Rules the condition needed that did not run. */
  unassessed: string[];
}

type Windows = OffsetRange[];

// Shared by every failed result that names nothing: results are read, never changed.
const NO: EvidenceResult = { holds: false, quotes: [], missing: [], unassessed: [] };

function matchesIn(all: OffsetRange[], windows: Windows): OffsetRange[] {
  // Most conditions are checked on the whole answer: one window, no callback per match.
  if (windows.length === 1) {
    const { start, end } = windows[0]!;
    const out: OffsetRange[] = [];
    for (const m of all) if (m.start >= start && m.end <= end) out.push(m);
    return out;
  }
  return all.filter((m) => windows.some((w) => m.start >= w.start && m.end <= w.end));
}

const normalized = new WeakMap<Answer, NormalizedText>();

function phraseMatches(ctx: EvidenceContext, phrase: string): OffsetRange[] {
  let all = ctx.cache.phrases.get(phrase);
  if (!all) {
    const base = ctx.answer.proseStart;
    let norm = normalized.get(ctx.answer);
    if (!norm) {
      norm = normalizeText(ctx.answer.prose);
      normalized.set(ctx.answer, norm);
    }
    all = findPhraseIn(norm, phrase).map((m) => ({ start: m.start + base, end: m.end + base }));
    ctx.cache.phrases.set(phrase, all);
  }
  return all;
}

function conceptMatches(ctx: EvidenceContext, id: string): OffsetRange[] | undefined {
  const cache = id.startsWith('@') ? ctx.cache.builtins : ctx.cache.rubricConcepts(ctx.concepts);
  const cached = cache.get(id);
  if (cached) return cached;
  const base = ctx.answer.proseStart;
  const claims = findClaimConcept(id, ctx.answer);
  if (claims) {
    cache.set(id, claims);
    return claims;
  }
  const pattern = findBuiltinPattern(id, ctx.answer.prose);
  let all: OffsetRange[] | undefined;
  if (id === '@metric' && pattern) all = metricMatches(ctx, pattern);
  else if (pattern) all = pattern.map((m) => ({ start: m.start + base, end: m.end + base }));
  else {
    const phrases = id.startsWith('@') ? builtinPhrases(id) : ctx.concepts[id]?.phrases;
    if (!phrases) return undefined;
    all = phrases.flatMap((p) => phraseMatches(ctx, p));
    all.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  cache.set(id, all);
  return all;
}

/**
 * A metric is wherever the lint rules see one (`hasMetric`, sentence by sentence), so the
 * score never contradicts result-needs-metric; the quote is the number itself when it can
 * be found, else the sentence ("halved", "three teams").
 */
function metricMatches(ctx: EvidenceContext, spans: { start: number; end: number }[]): OffsetRange[] {
  const base = ctx.answer.proseStart;
  const out: OffsetRange[] = [];
  for (const s of ctx.answer.sentences) {
    if (!hasMetric(s.text)) continue;
    const inside = spans.map((m) => ({ start: m.start + base, end: m.end + base })).filter((m) => m.start >= s.start && m.end <= s.end);
    out.push(...(inside.length > 0 ? inside : [{ start: s.start, end: s.end }]));
  }
  return out;
}

export function describeEvidence(e: Evidence, concepts: Record<string, Concept>): string {
  if (typeof e === 'string') return `"${e}"`;
  if ('concept' in e) {
    const label = concepts[e.concept]?.label ?? builtinLabel(e.concept) ?? e.concept;
    return e.min !== undefined && e.min > 1 ? `${e.min} or more: ${label}` : label;
  }
  if ('anyOf' in e)
    return e.anyOf.length === 1 ? describeEvidence(e.anyOf[0]!, concepts) : `one of ${e.anyOf.map((x) => describeEvidence(x, concepts)).join(', ')}`;
  if ('allOf' in e) return e.allOf.map((x) => describeEvidence(x, concepts)).join(' and ');
  if ('atLeast' in e) return `${e.atLeast} of ${e.of.map((x) => describeEvidence(x, concepts)).join(', ')}`;
  if ('noneOf' in e) return `none of ${e.noneOf.map((x) => describeEvidence(x, concepts)).join(', ')}`;
  if ('sentence' in e) return `${describeEvidence(e.sentence, concepts)} in one sentence`;
  if ('inSection' in e) return `${describeEvidence(e.evidence, concepts)} in the ${e.inSection.join('/')} part`;
  if ('finding' in e) {
    const ids = Array.isArray(e.finding) ? e.finding : [e.finding];
    if (e.max === 0) return findingsInstead(ids) ?? `no ${findingList(ids, false)}`;
    if (e.max !== undefined) return `at most ${e.max} ${findingList(ids, e.max !== 1)}`;
    if (e.min !== undefined && e.min > 1) return `${e.min} or more ${findingList(ids, true)}`;
    return findingList(ids, false, true);
  }
  if ('sections' in e) return `${e.sections.join(', ')} parts`;
  if ('answerType' in e) return e.answerType.map(describeAnswerType).join(' or ');
  const { min, max } = e.words;
  return min !== undefined && max !== undefined ? `${min}-${max} words` : min !== undefined ? `at least ${min} words` : `at most ${max} words`;
}

/**
 * Where a level allows none of several findings, what is missing is what the findings there ask
 * for ("a Task part"), not every finding the level names. A finding with no such phrase keeps
 * the level's own words.
 */
function describeLacking(e: Evidence, ctx: EvidenceContext, windows: Windows): string {
  if (typeof e !== 'string' && 'finding' in e && e.max === 0) {
    const ids = Array.isArray(e.finding) ? e.finding : [e.finding];
    const there = ctx.diagnostics.filter((d) => ids.includes(d.ruleId) && inWindows(d.offsets, windows));
    if (there.length > 0 && there.every((d) => findingsInstead([d.ruleId]) !== undefined && d.expected))
      return [...new Set(there.map((d) => d.expected!))].join(' and ');
  }
  return describeEvidence(e, ctx.concepts);
}

function inWindows(r: OffsetRange, windows: Windows): boolean {
  return windows.some((w) => r.start < w.end && r.end > w.start);
}

/** The rules any of `results` could not assess, each once, in order. */
function unassessedOf(results: EvidenceResult[]): string[] {
  const out: string[] = [];
  for (const r of results) for (const u of r.unassessed) if (!out.includes(u)) out.push(u);
  return out;
}

/** Whether each range starts after the one before it (`strictly`), or at least not before it. */
function startsInOrder(list: OffsetRange[], strictly: boolean): boolean {
  for (let i = 1; i < list.length; i++) {
    const step = list[i]!.start - list[i - 1]!.start;
    if (step < 0 || (strictly && step === 0)) return false;
  }
  return true;
}

/**
 * `lists` one after the other, stably sorted by start. Matches come sorted by start, so the
 * lists are merged pairwise in order, taking the earlier list's range on a tie: the same order
 * as a stable sort, without its comparisons over every range.
 */
function sortedByStart(lists: OffsetRange[][]): OffsetRange[] {
  if (!lists.every((l) => startsInOrder(l, false))) {
    const all = lists.flat();
    all.sort((a, b) => a.start - b.start);
    return all;
  }
  let out: OffsetRange[] = lists[0] ?? [];
  for (let k = 1; k < lists.length; k++) {
    const b = lists[k]!;
    const next: OffsetRange[] = [];
    let i = 0;
    let j = 0;
    while (i < out.length && j < b.length) next.push(out[i]!.start <= b[j]!.start ? out[i++]! : b[j++]!);
    while (i < out.length) next.push(out[i++]!);
    while (j < b.length) next.push(b[j++]!);
    out = next;
  }
  return out;
}

/**
 * The quotes of `results`, each range once (the first of equal ones), sorted by start and,
 * among equal starts, in the order they came. Sorted first, then each range compared with the
 * ones of its start only: a concept of many phrases quotes dozens of ranges, and comparing
 * each with every one kept was quadratic.
 */
function merge(results: EvidenceResult[]): Pick<EvidenceResult, 'quotes' | 'unassessed'> {
  const lists: OffsetRange[][] = [];
  for (const r of results) if (r.quotes.length > 0) lists.push(r.quotes);
  // Most merges take one list of matches, in order and each at its own start already: it is
  // its own result, and results are never changed once made.
  if (lists.length === 1 && startsInOrder(lists[0]!, true)) return { quotes: lists[0]!, unassessed: unassessedOf(results) };
  const all = sortedByStart(lists);
  const quotes: OffsetRange[] = [];
  let group = 0;
  for (const q of all) {
    if (quotes.length > 0 && quotes[quotes.length - 1]!.start !== q.start) group = quotes.length;
    let seen = false;
    for (let i = group; i < quotes.length && !seen; i++) seen = quotes[i]!.end === q.end;
    if (!seen) quotes.push(q);
  }
  return { quotes, unassessed: unassessedOf(results) };
}

/**
 * `describe`: name what is missing when the condition fails. A compound condition names its
 * own missing parts from their evidence, never from their results, so its parts are checked
 * without: the words would be thrown away.
 */
function evaluateIn(e: Evidence, ctx: EvidenceContext, windows: Windows, describe: boolean): EvidenceResult {
  if (windows.length === 0) return { ...NO, missing: describe ? [describeEvidence(e, ctx.concepts)] : NO.missing };
  if (typeof e === 'string') {
    const found = matchesIn(phraseMatches(ctx, e), windows);
    return found.length > 0 ? { holds: true, quotes: found, missing: [], unassessed: [] } : { ...NO, missing: describe ? [`"${e}"`] : NO.missing };
  }
  if ('concept' in e) {
    const all = conceptMatches(ctx, e.concept) ?? [];
    const found = matchesIn(all, windows);
    const need = e.min ?? 1;
    if (found.length >= need && found.length > 0) return { holds: true, quotes: found, missing: [], unassessed: [] };
    if (need === 0) return { holds: true, quotes: [], missing: [], unassessed: [] };
    return {
      ...NO,
      quotes: found,
      missing: describe ? [need > 1 ? `${describeEvidence(e, ctx.concepts)} (now ${found.length})` : describeEvidence(e, ctx.concepts)] : NO.missing,
    };
  }
  if ('anyOf' in e || 'allOf' in e || 'atLeast' in e) {
    const items = 'anyOf' in e ? e.anyOf : 'allOf' in e ? e.allOf : e.of;
    const need = 'anyOf' in e ? 1 : 'allOf' in e ? items.length : e.atLeast;
    const results = items.map((x) => evaluateIn(x, ctx, windows, false));
    const held = results.filter((r) => r.holds);
    const merged = merge(held);
    const unassessed = unassessedOf(results);
    if (held.length >= need) return { holds: true, quotes: merged.quotes, missing: [], unassessed };
    if (!describe) return { holds: false, quotes: merged.quotes, missing: NO.missing, unassessed };
    const lacking = items.filter((_, i) => !results[i]!.holds).map((x) => describeLacking(x, ctx, windows));
    const missing =
      'allOf' in e ? lacking : [`${need - held.length === 1 && 'anyOf' in e ? '' : `${need - held.length} more of: `}${lacking.join(', ')}`.trim()];
    return { holds: false, quotes: merged.quotes, missing, unassessed };
  }
  if ('noneOf' in e) {
    const results = e.noneOf.map((x) => evaluateIn(x, ctx, windows, false));
    const held = results.filter((r) => r.holds);
    return {
      holds: held.length === 0,
      quotes: [],
      missing: held.length ? (describe ? [`leave out ${e.noneOf.map((x) => describeEvidence(x, ctx.concepts)).join(', ')}`] : NO.missing) : [],
      unassessed: unassessedOf(results),
    };
  }
  if ('sentence' in e) {
    const sentences: Sentence[] = ctx.answer.sentences.filter((s) => windows.some((w) => s.start >= w.start && s.end <= w.end));
    const results = sentences.map((s) => evaluateIn(e.sentence, ctx, [{ start: s.start, end: s.end }], false));
    const held = results.filter((r) => r.holds);
    if (held.length > 0) return { holds: true, ...merge(held), missing: [] };
    return { ...NO, missing: describe ? [describeEvidence(e, ctx.concepts)] : NO.missing, unassessed: unassessedOf(results) };
  }
  if ('inSection' in e) {
    const kinds = new Set<SectionKind>(e.inSection);
    const scoped = ctx.answer.sections
      .filter((s) => s.kinds.some((k) => kinds.has(k)))
      .flatMap((s) =>
        windows
          .filter((w) => w.start < s.range.end && w.end > s.range.start)
          .map((w) => ({ start: Math.max(w.start, s.range.start), end: Math.min(w.end, s.range.end) })),
      );
    const r = evaluateIn(e.evidence, ctx, scoped, false);
    return r.holds ? r : { ...r, missing: describe ? [describeEvidence(e, ctx.concepts)] : NO.missing };
  }
  if ('finding' in e) {
    const ids = Array.isArray(e.finding) ? e.finding : [e.finding];
    const off = ids.filter((id) => !ctx.enabledRules.has(id));
    if (off.length > 0) return { ...NO, unassessed: off };
    const found = ctx.diagnostics.filter((d) => ids.includes(d.ruleId) && inWindows(d.offsets, windows));
    const n = found.length;
    const holds = n >= (e.min ?? 0) && n <= (e.max ?? Number.POSITIVE_INFINITY);
    // Findings are quoted when the level speaks of them: it asks for them ("min") or allows a
    // few ("one hedge left"); a level that allows none has nothing to quote.
    const quotes = holds && ((e.min ?? 0) > 0 || (e.max ?? 0) > 0) ? found.map((d) => d.offsets) : [];
    return {
      holds,
      quotes,
      missing: holds ? [] : describe ? [describeLacking(e, ctx, windows)] : NO.missing,
      unassessed: [],
    };
  }
  if ('sections' in e) {
    const present = new Set(ctx.answer.sections.flatMap((s) => s.kinds));
    const lacking = e.sections.filter((k) => !present.has(k));
    const quotes = ctx.answer.sections.filter((s) => s.kinds.some((k) => e.sections.includes(k))).map((s) => s.labelRange);
    return lacking.length === 0
      ? { holds: true, quotes, missing: [], unassessed: [] }
      : { holds: false, quotes, missing: describe ? [`a ${lacking.join(', ')} part`] : NO.missing, unassessed: [] };
  }
  if ('answerType' in e) {
    const holds = e.answerType.includes(ctx.answer.type);
    return { holds, quotes: [], missing: holds ? [] : describe ? [describeEvidence(e, ctx.concepts)] : NO.missing, unassessed: [] };
  }
  const whole = windows.length === 1 && windows[0]!.start <= ctx.answer.proseStart && windows[0]!.end >= ctx.answer.proseStart + ctx.answer.prose.length;
  const n = whole
    ? ctx.answer.wordCount
    : windows.reduce((sum, w) => sum + countWords(ctx.answer.prose.slice(w.start - ctx.answer.proseStart, w.end - ctx.answer.proseStart)), 0);
  const holds = n >= (e.words.min ?? 0) && n <= (e.words.max ?? Number.POSITIVE_INFINITY);
  return { holds, quotes: [], missing: holds ? [] : describe ? [`${describeEvidence(e, ctx.concepts)} (now ${n})`] : NO.missing, unassessed: [] };
}

/**
 * Checks evidence against the whole answer. With `describeMissing: false` a failed
 * condition's `missing` is left empty, for callers that only ask whether it holds.
 */
export function evaluateEvidence(e: Evidence, ctx: EvidenceContext, options: { describeMissing?: boolean } = {}): EvidenceResult {
  const a = ctx.answer;
  return evaluateIn(e, ctx, [{ start: a.proseStart, end: a.proseStart + a.prose.length }], options.describeMissing ?? true);
}

/**
 * A context for a piece of text outside the prose (the interviewer's question), to check
 * conditions against with `evaluateEvidence`. Build it once per text: its matches are kept.
 */
export function textContext(text: string): EvidenceContext {
  const answer: Answer = {
    index: 0,
    kind: 'answer',
    range: { start: 0, end: text.length },
    type: 'general',
    typeSource: 'default',
    starShaped: false,
    sections: [],
    prose: text,
    proseStart: 0,
    sentences: [{ start: 0, end: text.length, text, sectionKinds: [] }],
    wordCount: countWords(text),
  };
  return { answer, diagnostics: [], enabledRules: new Set(), concepts: {}, cache: new EvidenceCache() };
}
