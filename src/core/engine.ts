import type { Answer, Diagnostic, DocumentModel, EngineProblem, Finding, Fix, FrontMatter, LintResult, OffsetRange, ResolvedConfig, Rule, Severity, Suggestion } from './types.js';
import { buildChunkModel, type BuildOptions, type ChunkModel } from './model/build.js';
import { splitAnswers, type Chunk } from './model/split.js';
import { isSectionHeading } from './model/labels.js';
import { LineIndex } from './text/lineIndex.js';
import { docsUrl, rules } from './registry.js';
import { defaultConfig } from './config/resolve.js';
import { applyDirectives } from './directives.js';

/** A finding as a rule reported it, still in the chunk's own offsets. */
interface LocalFinding {
  ruleId: string;
  severity: Severity;
  finding: Finding;
  message: string;
}

interface ChunkResult {
  model: ChunkModel;
  findings: LocalFinding[];
  problems: EngineProblem[];
}

function format(template: string, data: Finding['data']): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = data?.[name];
    return v === undefined ? whole : String(v);
  });
}

function validRange(r: OffsetRange | undefined, length: number): boolean {
  return !!r && Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length;
}

function shiftRange(r: OffsetRange, by: number): OffsetRange {
  return { start: r.start + by, end: r.end + by };
}

function shiftFix(f: Fix, by: number): Fix {
  return { range: shiftRange(f.range, by), text: f.text };
}

function shiftAnswer(a: Answer, by: number, index: number): Answer {
  return {
    ...a,
    index,
    range: shiftRange(a.range, by),
    ...(a.question ? { question: { text: a.question.text, range: shiftRange(a.question.range, by) } } : {}),
    sections: a.sections.map((s) => ({ ...s, labelRange: shiftRange(s.labelRange, by), range: shiftRange(s.range, by) })),
    proseStart: a.proseStart + by,
    sentences: a.sentences.map((s) => ({ ...s, start: s.start + by, end: s.end + by })),
  };
}

/** An answer parsed in this lint whose rules are still to run. */
interface PendingAnswer {
  text: string;
  frontMatter: FrontMatter | undefined;
  result: ChunkResult;
}

/**
 * Runs every enabled rule on the answers parsed in this lint, rule by rule across all of
 * them: one rule's code and patterns stay hot through a whole bank (answer by answer, the
 * parser and nine rules evicted each other, a bank linted about 15% slower). Each
 * finding's range, fix and suggestions are checked here; a rule that reports a bad one,
 * or throws, is named in a problem and the other rules still run.
 */
function runRules(answers: readonly PendingAnswer[], config: ResolvedConfig): void {
  for (const rule of rules as Rule[]) {
    const rc = config.rules[rule.meta.id];
    if (!rc || rc.severity === 'off') continue;
    const severity = rc.severity;
    const id = rule.meta.id;
    for (const { text, frontMatter, result } of answers) {
      const { model, findings, problems } = result;
      const report = (f: Finding): void => {
        const bad = (what: string): void => {
          problems.push({ kind: 'rule', ruleId: id, message: `Rule "${id}" reported ${what}; the finding was dropped` });
        };
        if (!validRange(f, text.length)) return bad(`an invalid range ${f.start}-${f.end} in an answer of ${text.length} characters`);
        if (f.fix && (!validRange(f.fix.range, text.length) || typeof f.fix.text !== 'string')) return bad(`an invalid fix range ${f.fix.range?.start}-${f.fix.range?.end}`);
        for (const s of f.suggestions ?? []) if (!validRange(s.fix.range, text.length)) return bad(`an invalid suggestion range ${s.fix.range.start}-${s.fix.range.end}`);
        const template = rule.meta.messages[f.messageId];
        if (template === undefined) return bad(`an unknown message id "${f.messageId}"`);
        findings.push({ ruleId: id, severity, finding: f, message: format(template, f.data) });
      };
      try {
        rule.check({ text, answer: model.answer, frontMatter, options: rc.options, settings: config.settings, report });
      } catch (e) {
        problems.push({ kind: 'rule', ruleId: id, message: `Rule "${id}" failed on answer ${model.answer.index + 1}: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
  }
}

/** A finding placed in its answer: message and docs link resolved, lines counted within the answer. */
interface PlacedFinding {
  lf: LocalFinding;
  url: string;
  /** 1-based line within the answer, 1-based column. */
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** What an answer contributes to every file it appears in, whatever its offset. */
interface PlacedResult {
  /** Sorted as the file's diagnostics are, so that the final sort finds them in order. */
  findings: PlacedFinding[];
  /** Line breaks in the answer: answers start at line starts, so lines add up. */
  lineBreaks: number;
}

function place(text: string, result: ChunkResult): PlacedResult {
  const lines = new LineIndex(text);
  const findings = result.findings.map((lf): PlacedFinding => {
    const s = lines.position(lf.finding.start);
    const e = lines.position(lf.finding.end);
    return { lf, url: docsUrl(lf.ruleId), startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  });
  findings.sort((a, b) => a.lf.finding.start - b.lf.finding.start || a.lf.finding.end - b.lf.finding.end || a.lf.ruleId.localeCompare(b.lf.ruleId));
  return { findings, lineBreaks: lines.lineCount - 1 };
}

/** One answer of the last text linted, with what it was linted as. */
interface Entry {
  start: number;
  end: number;
  kind: Chunk['kind'];
  soleAnswer: boolean;
  /** The file's front matter text the answer was linted under ('' for the first chunk). */
  fmKey: string;
  result: ChunkResult;
  placed: PlacedResult;
  /** The answer's diagnostics as last assembled, valid while its offset, first line and index stay. */
  assembled: { base: number; lineBase: number; index: number; diagnostics: Diagnostic[] } | undefined;
}

/** An answer parsed in this lint: an entry once its rules have run and its findings are placed. */
interface NewAnswer extends PendingAnswer, Omit<Entry, 'result' | 'placed' | 'assembled'> {}

/** Length of the common prefix of two strings (block-wise: string equality on slices is native). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, not reaching into the first `limit` characters of either. */
function commonSuffix(a: string, b: string, limit: number): number {
  const n = Math.min(a.length, b.length) - limit;
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= n && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  }
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * Lints interview answers. Keeps the results of each answer of the last text, so that a
 * keystroke re-parses and re-lints only the answer it touched. An answer is reused when
 * its text is unchanged: it lies wholly before the edit (same offsets) or wholly after it
 * (offsets moved by the edit's length), which a prefix and a suffix comparison tell
 * without hashing the whole file. Results equal a fresh lint. The diagnostic objects of an
 * answer the edit did not move are shared with the previous result: treat results as
 * read-only.
 */
export class Linter {
  private last: { text: string; entries: Entry[] } | undefined;
  private config: ResolvedConfig;
  private reused = 0;

  constructor(config: ResolvedConfig = defaultConfig()) {
    this.config = config;
  }

  setConfig(config: ResolvedConfig): void {
    this.config = config;
    this.last = undefined;
  }

  getConfig(): ResolvedConfig {
    return this.config;
  }

  /** How many answers (chunks) the last lint took from the previous one instead of re-linting. */
  get reusedAnswers(): number {
    return this.reused;
  }

  lint(text: string): LintResult {
    const chunks = splitAnswers(text, isSectionHeading);
    let answerCount = 0;
    for (const c of chunks) if (c.kind === 'answer') answerCount++;

    const last = this.last;
    // Unchanged text before the edit, and after it (in the new text's offsets from `tailFrom`).
    const prefix = last ? commonPrefix(last.text, text) : 0;
    const suffix = last ? commonSuffix(last.text, text, prefix) : 0;
    const tailFrom = text.length - suffix;
    const delta = last ? text.length - last.text.length : 0;

    // Reused entries, and answers parsed now whose entries are made once their rules have run.
    const slots: (Entry | NewAnswer)[] = [];
    const pending: NewAnswer[] = [];
    let reused = 0;
    // Old entries are in offset order, as are the new chunks: one pointer walks them.
    const olds = last?.entries ?? [];
    let o = 0;
    let fileFrontMatter: FrontMatter | undefined;
    let fmKey = '';
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i]!;
      const soleAnswer = answerCount === 1 && chunk.kind === 'answer';
      const chunkFmKey = i === 0 ? '' : fmKey;
      let old: Entry | undefined;
      if (last && (chunk.end <= prefix || chunk.start >= tailFrom)) {
        const shift = chunk.end <= prefix ? 0 : delta;
        while (o < olds.length && olds[o]!.start + shift < chunk.start) o++;
        old = olds[o];
        if (old && (old.start + shift !== chunk.start || old.end + shift !== chunk.end || old.kind !== chunk.kind || old.soleAnswer !== soleAnswer || old.fmKey !== chunkFmKey)) old = undefined;
      }
      let model: ChunkModel;
      if (old) {
        // Before the edit the entry is the same; after it, only its offsets moved. Spelled out
        // rather than spread: a spread copies slowly across a thousand answers a keystroke.
        slots.push(old.start === chunk.start ? old : { start: chunk.start, end: chunk.end, kind: old.kind, soleAnswer: old.soleAnswer, fmKey: old.fmKey, result: old.result, placed: old.placed, assembled: old.assembled });
        model = old.result.model;
        reused++;
      } else {
        const chunkText = text.slice(chunk.start, chunk.end);
        const built = safeBuild(chunkText, { index: 0, kind: chunk.kind, soleAnswer, ...(i > 0 && fileFrontMatter ? { fileFrontMatter } : {}) });
        model = built.model;
        const fresh: NewAnswer = {
          start: chunk.start,
          end: chunk.end,
          kind: chunk.kind,
          soleAnswer,
          fmKey: chunkFmKey,
          text: chunkText,
          frontMatter: model.frontMatter ?? fileFrontMatter,
          result: { model, findings: [], problems: built.problem ? [built.problem] : [] },
        };
        slots.push(fresh);
        if (!built.problem) pending.push(fresh);
      }
      if (i === 0 && model.frontMatter) {
        fileFrontMatter = model.frontMatter;
        fmKey = text.slice(fileFrontMatter.range.start, fileFrontMatter.range.end);
      }
    }
    // Rules run once every new answer is parsed, not in between: the parser and the rules
    // each keep their code and data hot through a whole bank instead of evicting each other.
    runRules(pending, this.config);
    const entries = slots.map((s): Entry => ('placed' in s ? s : { start: s.start, end: s.end, kind: s.kind, soleAnswer: s.soleAnswer, fmKey: s.fmKey, result: s.result, placed: place(s.text, s.result), assembled: undefined }));
    this.last = { text, entries };
    this.reused = reused;
    return assemble(text, entries, fileFrontMatter);
  }
}

/**
 * Builds an answer's model; if that throws (a parser bug on some input nobody foresaw),
 * the answer is skipped with a problem instead of taking the editor's linting down.
 */
function safeBuild(text: string, opts: BuildOptions): { model: ChunkModel; problem?: EngineProblem } {
  try {
    return { model: buildChunkModel(text, opts) };
  } catch (e) {
    const prose = text.replace(/[^\r\n]/g, ' ');
    const answer: Answer = { index: opts.index, kind: opts.kind, range: { start: 0, end: text.length }, type: 'general', typeSource: 'default', starShaped: false, sections: [], prose, proseStart: 0, sentences: [], wordCount: 0 };
    const reason = e instanceof Error ? e.message : String(e);
    return { model: { answer, directives: [] }, problem: { kind: 'input', message: `An answer could not be read and was not linted (${reason})` } };
  }
}

function assemble(text: string, entries: Entry[], frontMatter: FrontMatter | undefined): LintResult {
  const diagnostics: Diagnostic[] = [];
  const problems: EngineProblem[] = [];
  const directives: Parameters<typeof applyDirectives>[1] = [];
  if (frontMatter?.error) problems.push({ kind: 'input', message: frontMatter.error });

  let lineBase = 0;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const { start: base, result, placed } = entry;
    if (result.problems.length > 0) for (const p of result.problems) problems.push(p.kind === 'rule' ? { ...p, message: p.message.replace(/on answer \d+/, `on answer ${index + 1}`) } : p);
    if (result.model.directives.length > 0) for (const d of result.model.directives) directives.push({ ...d, start: d.start + base, end: d.end + base });
    // An answer before the edit keeps its offsets, lines and index: its diagnostics are reused as they are.
    const cached = entry.assembled;
    if (cached && cached.base === base && cached.lineBase === lineBase && cached.index === index) {
      for (const d of cached.diagnostics) diagnostics.push(d);
      lineBase += placed.lineBreaks;
      continue;
    }
    const own: Diagnostic[] = [];
    for (const pf of placed.findings) {
      const lf = pf.lf;
      const f = lf.finding;
      const start = f.start + base;
      const end = f.end + base;
      const d: Diagnostic = {
        ruleId: lf.ruleId,
        messageId: f.messageId,
        severity: lf.severity,
        message: lf.message,
        source: 'interview-lint',
        url: pf.url,
        range: { start: { line: lineBase + pf.startLine, column: pf.startColumn }, end: { line: lineBase + pf.endLine, column: pf.endColumn } },
        offsets: { start, end },
        answerIndex: index,
      };
      if (f.actual !== undefined) d.actual = f.actual;
      if (f.expected !== undefined) d.expected = f.expected;
      if (f.fix) d.fix = shiftFix(f.fix, base);
      if (f.suggestions) d.suggestions = f.suggestions.map((s: Suggestion) => ({ title: s.title, fix: shiftFix(s.fix, base) }));
      own.push(d);
      diagnostics.push(d);
    }
    entry.assembled = { base, lineBase, index, diagnostics: own };
    lineBase += placed.lineBreaks;
  }

  // Directives need line numbers of the whole file; most files have none, so count lines only then.
  const filtered = directives.length > 0 ? applyDirectives(diagnostics, directives, new LineIndex(text), problems) : diagnostics;
  filtered.sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end || a.ruleId.localeCompare(b.ruleId));

  let answers: Answer[] | undefined;
  const model: DocumentModel = {
    text,
    ...(frontMatter ? { frontMatter } : {}),
    // Shifting every answer's offsets costs time on a large bank; do it only when asked.
    get answers(): Answer[] {
      answers ??= entries.map(({ start, end, result }, i) => shiftAnswer({ ...result.model.answer, range: { start: 0, end: end - start } }, start, i));
      return answers;
    },
  };
  return { diagnostics: filtered, model, problems };
}

/** Lints one text with a fresh linter (no cache). */
export function lint(text: string, config?: ResolvedConfig): LintResult {
  return new Linter(config).lint(text);
}
