import type { Diagnostic, Fix, Range } from '../core/index.js';
import { LineIndex, getRule, docsUrl } from '../core/index.js';

export interface FileReport {
  /** Path as shown to the user (relative to the working folder). */
  file: string;
  text: string;
  diagnostics: Diagnostic[];
}

/** The JSON contract: lines and columns 1-based, columns in UTF-16 code units, end exclusive. */
export interface JsonDiagnostic {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  range: Range;
  url: string;
  fix?: { range: Range; text: string };
}

function fixToJson(fix: Fix, lines: LineIndex): { range: Range; text: string } {
  return { range: { start: lines.position(fix.range.start), end: lines.position(fix.range.end) }, text: fix.text };
}

export function toJson(reports: FileReport[]): string {
  const out = reports.map((r) => {
    const lines = new LineIndex(r.text);
    return {
      file: r.file,
      diagnostics: r.diagnostics.map((d): JsonDiagnostic => {
        const j: JsonDiagnostic = { ruleId: d.ruleId, severity: d.severity, message: d.message, range: d.range, url: d.url };
        if (d.fix) j.fix = fixToJson(d.fix, lines);
        return j;
      }),
    };
  });
  return JSON.stringify(out, null, 2);
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, for code-scanning dashboards. */
export function toSarif(reports: FileReport[], version: string): string {
  const used = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.ruleId)))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'interview-lint',
            version,
            informationUri: 'https://github.com/interview-lint/interview-lint',
            rules: used.map((id) => ({ id, shortDescription: { text: getRule(id)?.meta.description ?? id }, helpUri: docsUrl(id) })),
          },
        },
        results: reports.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ruleIndex: used.indexOf(d.ruleId),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.split('\\').join('/') },
                  region: { startLine: d.range.start.line, startColumn: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

export interface TextStyle {
  color: boolean;
}

function paint(on: boolean, code: string, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

/** Human-readable: one line per finding, grouped by file, and a summary line. */
export function toText(reports: FileReport[], style: TextStyle): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of reports) {
    if (r.diagnostics.length === 0) continue;
    lines.push(paint(style.color, '4', r.file));
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      const where = `${d.range.start.line}:${d.range.start.column}`.padEnd(8);
      const sev = paint(style.color, d.severity === 'error' ? '31' : d.severity === 'warning' ? '33' : '36', d.severity.padEnd(7));
      lines.push(`  ${where} ${sev} ${d.message}  ${paint(style.color, '2', d.ruleId)}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) lines.push(`No problems in ${reports.length} file${reports.length === 1 ? '' : 's'}.`);
  else
    lines.push(
      `${total} problem${total === 1 ? '' : 's'} ` +
        `(${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) ` +
        `in ${reports.length} file${reports.length === 1 ? '' : 's'}.`,
    );
  return lines.join('\n');
}
