import type { Diagnostic, LintResult, Position, ResolvedConfig } from '../../../src/core/index.js';
import { defaultConfig } from '../../../src/core/index.js';

/** A draft touching every part of the engine (YAML, labels, quotes, code, comments), linted once before timing. */
export const WARM_UP = [
  '---',
  'type: behavioral',
  'title: ünïcödé 🚀',
  'tags: [ml, mlops]',
  '---',
  '# Tell me about a time you failed?',
  '',
  '> Q: why did you pick XGBoost?',
  '',
  '**Situation:** We kind of missed it, um, twice.',
  'T - fix it',
  '',
  '- I think it was $2M',
  '',
  '```',
  'code',
  '```',
  '<!-- interview-lint-disable hedge -->',
  '| a | b |',
  '|---|---|',
  '## Result',
  'Accuracy of 97%.',
  '',
].join('\n');

/** Patterns that hang a backtracking regex engine, or do not compile, if used as regexes. */
export const HOSTILE_PHRASES = ['(a+)+$', '(a|a)*b', '(.*a){25}', '([a-z]+)*!', '[', '\\', 'a{1,99999}', '.*', '(?<x>a)\\k<x>', '^', '$'];

/** Every registered rule on, so that each one meets every generated document. */
export function allRulesOn(): ResolvedConfig {
  const config = defaultConfig();
  for (const rc of Object.values(config.rules)) if (rc.severity === 'off') rc.severity = 'warning';
  return config;
}

/**
 * Line starts computed independently of the engine's LineIndex (a second opinion):
 * a line ends at \r\n, \n or a lone \r.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) starts.push(m.index + m[0].length);
  return starts;
}

export function positionOf(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair or of a \r\n. */
export function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (isHigh(before) && isLow(after)) || (before === 13 && after === 10);
}

function rangeProblem(text: string, what: string, r: { start: number; end: number } | undefined): string | undefined {
  if (!r) return `${what}: missing`;
  if (!Number.isInteger(r.start) || !Number.isInteger(r.end)) return `${what}: not integers ${r.start}-${r.end}`;
  if (r.start < 0 || r.end > text.length || r.start > r.end) return `${what}: ${r.start}-${r.end} outside 0-${text.length}`;
  if (splitsPair(text, r.start) || splitsPair(text, r.end)) return `${what}: ${r.start}-${r.end} cuts a surrogate pair or a CRLF`;
  return undefined;
}

/**
 * Everything that must hold of a lint result, whatever the input. Returns the list of
 * violations (empty when all is well) so that a failure shows every broken finding.
 */
export function resultViolations(text: string, result: LintResult, config: ResolvedConfig): string[] {
  const out: string[] = [];
  const starts = lineStarts(text);
  const answers = result.model.answers;
  for (const p of result.problems) {
    if (p.kind === 'rule') out.push(`engine problem: ${p.message}`);
    if (p.message.trim() === '' || /[\r\n]/.test(p.message)) out.push(`problem message is empty or spans lines: ${JSON.stringify(p.message)}`);
  }
  // The answers tile the document: every offset belongs to exactly one answer.
  let cursor = 0;
  for (const a of answers) {
    if (a.range.start !== cursor) out.push(`answer ${a.index} starts at ${a.range.start}, expected ${cursor}`);
    cursor = a.range.end;
    if (a.prose.length !== a.range.end - a.range.start)
      out.push(`answer ${a.index}: prose length ${a.prose.length} != answer length ${a.range.end - a.range.start}`);
  }
  if (cursor !== text.length) out.push(`answers end at ${cursor}, document at ${text.length}`);

  result.diagnostics.forEach((d: Diagnostic, i) => {
    const tag = `#${i} ${d.ruleId}/${d.messageId} ${d.offsets.start}-${d.offsets.end}`;
    const bad = rangeProblem(text, `${tag} offsets`, d.offsets);
    if (bad) {
      out.push(bad);
      return;
    }
    const start = positionOf(starts, d.offsets.start);
    const end = positionOf(starts, d.offsets.end);
    if (d.range.start.line !== start.line || d.range.start.column !== start.column || d.range.end.line !== end.line || d.range.end.column !== end.column) {
      out.push(`${tag}: range ${JSON.stringify(d.range)} does not match offsets (expected ${JSON.stringify({ start, end })})`);
    }
    const answer = answers[d.answerIndex];
    if (!answer) out.push(`${tag}: answerIndex ${d.answerIndex} of ${answers.length} answers`);
    else if (d.offsets.start < answer.range.start || d.offsets.end > answer.range.end)
      out.push(`${tag}: outside its answer ${answer.range.start}-${answer.range.end}`);
    if (d.fix) {
      const f = rangeProblem(text, `${tag} fix`, d.fix.range);
      if (f) out.push(f);
      else if (answer && (d.fix.range.start < answer.range.start || d.fix.range.end > answer.range.end))
        out.push(`${tag}: fix ${d.fix.range.start}-${d.fix.range.end} leaves its answer`);
    }
    for (const s of d.suggestions ?? []) {
      const f = rangeProblem(text, `${tag} suggestion "${s.title}"`, s.fix.range);
      if (f) out.push(f);
    }
    if (d.message.trim() === '' || /\{\w+\}/.test(d.message)) out.push(`${tag}: message has an unfilled placeholder or is empty: ${JSON.stringify(d.message)}`);
    const rc = config.rules[d.ruleId];
    if (!rc || rc.severity === 'off' || rc.severity !== d.severity) out.push(`${tag}: severity ${d.severity} but the config says ${rc?.severity}`);
  });
  return out;
}

/** Runs `run` once and times it, for the report of the slowest documents (never a pass/fail bound). */
export function timedLint<T>(run: () => T): { result: T; ms: number } {
  const t0 = performance.now();
  const result = run();
  return { result, ms: performance.now() - t0 };
}

/** The fastest of `runs` runs in ms: a GC pause or a busy neighbour slows one run, not all of them. */
export function fastestMs(run: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, timedLint(run).ms);
  return best;
}

/**
 * The most 4× the input may cost, as a multiple of the smaller input's time. Linear work is
 * 4×, quadratic 16×; a ratio holds on a slow or busy machine where a bound in milliseconds
 * does not. Ratios of the fastest runs measured 2-5.3× on a 2-core machine.
 */
export const GROWTH_LIMIT = 10;

/** `fastestMs` of the small and the large input and their ratio (small floored at 1 ms so a near-zero time cannot blow it up). */
export function growth(small: () => unknown, large: () => unknown): { small: number; large: number; ratio: number; note: string } {
  small();
  large();
  const s = fastestMs(small);
  const l = fastestMs(large);
  return { small: s, large: l, ratio: l / Math.max(s, 1), note: `${s.toFixed(1)} ms, then ${l.toFixed(1)} ms for 4× the input` };
}

/** Slowest documents seen, by time per KB and in absolute time. */
export class Timings {
  count = 0;
  bytes = 0;
  totalMs = 0;
  worstPerKb = { msPerKb: 0, ms: 0, kb: 0, sample: '' };
  worstAbs = { ms: 0, kb: 0, sample: '' };

  add(text: string, ms: number): void {
    const kb = Math.max(text.length / 1024, 1);
    this.count++;
    this.bytes += text.length;
    this.totalMs += ms;
    const sample = JSON.stringify(text.slice(0, 60));
    if (ms / kb > this.worstPerKb.msPerKb) this.worstPerKb = { msPerKb: ms / kb, ms, kb: text.length / 1024, sample };
    if (ms > this.worstAbs.ms) this.worstAbs = { ms, kb: text.length / 1024, sample };
  }

  summary(label: string): string {
    const f = (n: number): string => n.toFixed(1);
    return (
      `${label}: ${this.count} generated documents, ${f(this.bytes / 1024)} KB in ${f(this.totalMs)} ms; ` +
      `slowest per KB ${f(this.worstPerKb.msPerKb)} ms/KB (${f(this.worstPerKb.ms)} ms for ${f(this.worstPerKb.kb)} KB, ${this.worstPerKb.sample}); ` +
      `slowest ${f(this.worstAbs.ms)} ms (${f(this.worstAbs.kb)} KB, ${this.worstAbs.sample})`
    );
  }
}
