import type { AnswerScore, ScoreReport } from './types.js';

function fixed(n: number): string {
  return n.toFixed(2);
}

function bar(level: number | null): string {
  return level === null ? '-----' : '#'.repeat(level) + '.'.repeat(5 - level);
}

/** Markdown escapes for text quoted from an answer (tables and emphasis must not break). */
function md(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]|<>])/g, '\\$1');
}

function answerMarkdown(a: AnswerScore, file: string | undefined, many: boolean): string[] {
  const out: string[] = [];
  const title = many ? `Answer ${a.answerIndex + 1}${a.question ? `: ${md(a.question)}` : ''}` : file ? md(file) : 'Score';
  out.push(`${many ? '###' : '##'} ${title}`, '');
  out.push(`**${fixed(a.score)} / 5** against a pass mark of ${fixed(a.passMark)}: **${a.pass ? 'pass' : 'fail'}**`, '');
  for (const n of a.notes) out.push(`> ${md(n)}`, '');
  for (const r of a.rubrics) {
    out.push(`#### ${md(r.title)} (\`${r.id}\`): ${fixed(r.score)} / 5, ${r.pass ? 'pass' : 'fail'} (pass mark ${fixed(r.passMark)})`, '');
    out.push('| Criterion | Weight | Level | Evidence | Next level |', '| --- | --- | --- | --- | --- |');
    for (const c of r.criteria) {
      const evidence = c.evidence.map((e) => `"${md(e.text)}" (${e.range.start.line}:${e.range.start.column})`).join('; ');
      const level = c.level === null ? `n/a (${md(c.notes.join('; '))})` : `${c.level} / 5`;
      out.push(`| ${md(c.title)} | ${c.weight} | ${level} | ${evidence || '-'} | ${c.next ? md(c.next) : '-'} |`);
    }
    out.push('');
    for (const f of r.findings)
      out.push(`- **${f.kind === 'misconception' ? 'Misconception' : 'Red flag'}** (${f.range.start.line}:${f.range.start.column}): ${md(f.message)}`);
    if (r.findings.length) out.push('');
  }
  return out;
}

/** A report as markdown (CLI `--format markdown`, the webview's "Copy as markdown"). */
export function scoreToMarkdown(report: ScoreReport, file?: string): string {
  const many = report.answers.length > 1;
  const out: string[] = [];
  if (many) out.push(`## ${file ? md(file) : 'Scores'}: ${fixed(report.score)} / 5, ${report.pass ? 'pass' : 'fail'}`, '');
  if (report.answers.length === 0) out.push(`## ${file ? md(file) : 'Score'}`, '', 'No answer to score.', '');
  for (const a of report.answers) out.push(...answerMarkdown(a, file, many));
  return `${out.join('\n').trimEnd()}\n`;
}

/** A report as plain text for a terminal. */
export function scoreToText(report: ScoreReport, file: string): string {
  const out: string[] = [];
  if (report.answers.length === 0) out.push(`${file}: no answer to score`);
  for (const a of report.answers) {
    const where = report.answers.length > 1 ? ` answer ${a.answerIndex + 1}` : '';
    out.push(`${file}${where}: ${fixed(a.score)} / 5 (pass mark ${fixed(a.passMark)}) ${a.pass ? 'PASS' : 'FAIL'}`);
    for (const n of a.notes) out.push(`  ${n}`);
    for (const r of a.rubrics) {
      out.push(`  ${r.id}: ${fixed(r.score)} ${r.pass ? 'pass' : 'fail'} (pass mark ${fixed(r.passMark)})`);
      for (const c of r.criteria) {
        const level = c.level === null ? 'n/a' : `${c.level}/5`;
        out.push(`    ${bar(c.level)} ${level.padEnd(4)} ${c.title}`);
        for (const e of c.evidence.slice(0, 3)) out.push(`         ${e.range.start.line}:${e.range.start.column} "${e.text.replace(/\s+/g, ' ')}"`);
        if (c.level === null) for (const n of c.notes) out.push(`         ${n}`);
        else if (c.next) out.push(`         next: ${c.next}`);
      }
      // "rubric flag <id>", not "red-flag": the text must not read like the lint rule of that name.
      for (const f of r.findings)
        out.push(`    ${f.range.start.line}:${f.range.start.column} ${f.kind === 'misconception' ? 'misconception' : 'rubric flag'} ${f.id}: ${f.message}`);
    }
  }
  return out.join('\n');
}
