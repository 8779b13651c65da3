import type { LintResult } from '../../core/index.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The lint tool's answer to a model: one line per finding, as `line:column severity rule-id:
 * message`, 1-based like the editor shows, so the model can quote the rule and place it.
 */
export function lintResultText(args: { file: string; result: LintResult; answerFile: boolean }): string {
  const { file, result } = args;
  const answers = result.model.answers.filter((a) => a.kind === 'answer').length;
  const ds = result.diagnostics;
  const lines = [`${file}: ${ds.length === 0 ? 'no problems' : plural(ds.length, 'problem')} in ${plural(answers, 'answer')}.`];
  if (!args.answerFile) lines.push('The editor does not lint this file as an answer (setting interviewLint.files); it was linted on request.');
  for (const d of ds) {
    lines.push(`${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.ruleId}: ${d.message}${d.fix ? ' (fixed by Fix all)' : ''}`);
  }
  for (const p of result.problems) lines.push(`config problem${p.file ? ` in ${p.file}` : ''}${p.field ? ` (${p.field})` : ''}: ${p.message}`);
  return lines.join('\n');
}
