import type { Answer, Diagnostic, DocumentModel, EngineProblem, Finding, Fix, FrontMatter, LintResult, OffsetRange, ResolvedConfig, Rule, Severity, Suggestion } from './types.js';
import { buildChunkModel, type ChunkModel } from './model/build.js';
import { splitAnswers, type Chunk } from './model/split.js';
import { isSectionHeading } from './model/labels.js';
import { LineIndex } from './text/lineIndex.js';
import { docsUrl, getRule, rules } from './registry.js';
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

/**
 * Runs every enabled rule on one answer. Each finding's range, fix and suggestions are
 * checked here; a rule that reports a bad one, or throws, is named in a problem and the
 * other rules still run.
 */
function runRules(text: string, model: ChunkModel, config: ResolvedConfig, frontMatter: FrontMatter | undefined): { findings: LocalFinding[]; problems: EngineProblem[] } {
  const findings: LocalFinding[] = [];
  const problems: EngineProblem[] = [];
  for (const rule of rules as Rule[]) {
    const rc = config.rules[rule.meta.id];
    if (!rc || rc.severity === 'off') continue;
    const severity = rc.severity;
    const id = rule.meta.id;
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
  return { findings, problems };
}

/**
 * Lints interview answers. Keeps the results of each answer keyed by its text, so that a
 * keystroke re-parses and re-lints only the answer it touched. Results equal a fresh lint.
 */
export class Linter {
  private cache = new Map<string, ChunkResult>();
  private config: ResolvedConfig;

  constructor(config: ResolvedConfig = defaultConfig()) {
    this.config = config;
  }

  setConfig(config: ResolvedConfig): void {
    this.config = config;
    this.cache.clear();
  }

  getConfig(): ResolvedConfig {
    return this.config;
  }

  lint(text: string): LintResult {
    const chunks = splitAnswers(text, isSectionHeading);
    const answerCount = chunks.filter((c) => c.kind === 'answer').length;
    const next = new Map<string, ChunkResult>();
    const results: { chunk: Chunk; result: ChunkResult }[] = [];
    let fileFrontMatter: FrontMatter | undefined;
    let fmKey = '';
    chunks.forEach((chunk, i) => {
      const chunkText = text.slice(chunk.start, chunk.end);
      const soleAnswer = answerCount === 1 && chunk.kind === 'answer';
      const key = `${chunk.kind}\u0000${soleAnswer ? 1 : 0}\u0000${i === 0 ? '' : fmKey}\u0000${chunkText}`;
      let result = next.get(key) ?? this.cache.get(key);
      if (!result) {
        const model = buildChunkModel(chunkText, { index: 0, kind: chunk.kind, soleAnswer, ...(i > 0 && fileFrontMatter ? { fileFrontMatter } : {}) });
        const fm = model.frontMatter ?? fileFrontMatter;
        const ran = runRules(chunkText, model, this.config, fm);
        result = { model, findings: ran.findings, problems: ran.problems };
      }
      next.set(key, result);
      if (i === 0 && result.model.frontMatter) {
        fileFrontMatter = result.model.frontMatter;
        fmKey = text.slice(fileFrontMatter.range.start, fileFrontMatter.range.end);
      }
      results.push({ chunk, result });
    });
    this.cache = next;
    return assemble(text, results, fileFrontMatter);
  }
}

function assemble(text: string, results: { chunk: Chunk; result: ChunkResult }[], frontMatter: FrontMatter | undefined): LintResult {
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const problems: EngineProblem[] = [];
  const directives: Parameters<typeof applyDirectives>[1] = [];
  if (frontMatter?.error) problems.push({ kind: 'input', message: frontMatter.error });

  results.forEach(({ chunk, result }, index) => {
    const base = chunk.start;
    for (const p of result.problems) problems.push(p.kind === 'rule' ? { ...p, message: p.message.replace(/on answer \d+/, `on answer ${index + 1}`) } : p);
    for (const d of result.model.directives) directives.push({ ...d, start: d.start + base, end: d.end + base });
    for (const lf of result.findings) {
      const f = lf.finding;
      const rule = getRule(lf.ruleId)!;
      const start = f.start + base;
      const end = f.end + base;
      const d: Diagnostic = {
        ruleId: lf.ruleId,
        messageId: f.messageId,
        severity: lf.severity,
        message: lf.message,
        source: 'interview-lint',
        url: docsUrl(rule.meta.id),
        range: { start: lines.position(start), end: lines.position(end) },
        offsets: { start, end },
        answerIndex: index,
      };
      if (f.actual !== undefined) d.actual = f.actual;
      if (f.expected !== undefined) d.expected = f.expected;
      if (f.fix) d.fix = shiftFix(f.fix, base);
      if (f.suggestions) d.suggestions = f.suggestions.map((s: Suggestion) => ({ title: s.title, fix: shiftFix(s.fix, base) }));
      diagnostics.push(d);
    }
  });

  const filtered = applyDirectives(diagnostics, directives, lines, problems);
  filtered.sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end || a.ruleId.localeCompare(b.ruleId));

  let answers: Answer[] | undefined;
  const model: DocumentModel = {
    text,
    ...(frontMatter ? { frontMatter } : {}),
    // Shifting every answer's offsets costs time on a large bank; do it only when asked.
    get answers(): Answer[] {
      answers ??= results.map(({ chunk, result }, i) => shiftAnswer({ ...result.model.answer, range: { start: 0, end: chunk.end - chunk.start } }, chunk.start, i));
      return answers;
    },
  };
  return { diagnostics: filtered, model, problems };
}

/** Lints one text with a fresh linter (no cache). */
export function lint(text: string, config?: ResolvedConfig): LintResult {
  return new Linter(config).lint(text);
}
