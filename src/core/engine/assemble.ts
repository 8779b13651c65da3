import type { Answer, Diagnostic, DocumentModel, EngineProblem, Fix, FrontMatter, LintResult, OffsetRange, Suggestion } from '../types.js';
import type { Directive } from '../model/directives.js';
import { LineIndex } from '../text/lineIndex.js';
import { docsUrl } from '../registry.js';
import { applyDirectives } from '../directives.js';
import { claimsMoveWith } from '../claims/read.js';
import type { AnswerEntry } from './cache.js';
import type { AnswerProblem, ChunkResult, LocalFinding } from './rules.js';

/** A finding placed in its answer: message and docs link resolved, lines counted within the answer. */
export interface PlacedFinding {
  lf: LocalFinding;
  url: string;
  /** 1-based line within the answer, 1-based column. */
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** What an answer contributes to every file it appears in, whatever its offset. */
export interface PlacedResult {
  /** Sorted as the file's diagnostics are, so that the final sort finds them in order. */
  findings: PlacedFinding[];
  /** Line breaks in the answer: answers start at line starts, so lines add up. */
  lineBreaks: number;
}

export function place(text: string, result: ChunkResult): PlacedResult {
  const lines = new LineIndex(text);
  const findings = result.findings.map((lf): PlacedFinding => {
    const s = lines.position(lf.finding.start);
    const e = lines.position(lf.finding.end);
    return { lf, url: docsUrl(lf.ruleId), startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  });
  findings.sort((a, b) => a.lf.finding.start - b.lf.finding.start || a.lf.finding.end - b.lf.finding.end || a.lf.ruleId.localeCompare(b.lf.ruleId));
  return { findings, lineBreaks: lines.lineCount - 1 };
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
    ...(a.indentedCode ? { indentedCode: a.indentedCode.map((r) => shiftRange(r, by)) } : {}),
    ...(a.inlineCode ? { inlineCode: a.inlineCode.map((c) => ({ ...shiftRange(c, by), text: c.text })) } : {}),
  };
}

/** A problem as shown: a rule's failure names the answer by its number in the file. */
function shownProblem(p: AnswerProblem, index: number): EngineProblem {
  return p.kind === 'rule-failed' ? { kind: 'rule', ruleId: p.ruleId, message: `Rule "${p.ruleId}" failed on answer ${index + 1}: ${p.reason}` } : p;
}

export function assemble(text: string, entries: AnswerEntry[], frontMatter: FrontMatter | undefined): LintResult {
  const diagnostics: Diagnostic[] = [];
  const problems: EngineProblem[] = [];
  const directives: Directive[] = [];
  if (frontMatter?.error) problems.push({ kind: 'input', message: frontMatter.error });

  let lineBase = 0;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const { start: base, result, placed } = entry;
    if (result.problems.length > 0) for (const p of result.problems) problems.push(shownProblem(p, index));
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
      answers ??= entries.map(({ start, end, result }, i) => {
        const answer = shiftAnswer({ ...result.model.answer, range: { start: 0, end: end - start } }, start, i);
        // What the rules read of the answer's claims is not read again when the copy is scored.
        claimsMoveWith(result.model.answer, answer, start);
        return answer;
      });
      return answers;
    },
  };
  return { diagnostics: filtered, model, problems };
}
