import type { BankAnswer, Coverage, TopicCoverage } from './types.js';

/** The report's JSON: the answers, then one coverage row per competency and per question (counts). */
export interface BankJson {
  answers: { file: string; answer: number; question: string | null; score: number; pass: boolean; rubrics: string[] }[];
  coverage: { id: string; title: string; answers: number; passing: number }[];
}

export function bankToJson(answers: readonly BankAnswer[], coverage: Coverage): BankJson {
  return {
    answers: answers.map((a) => ({
      file: a.file,
      answer: a.answer,
      question: a.question ?? null,
      score: a.score,
      pass: a.pass,
      rubrics: a.rubrics.map((r) => r.id),
    })),
    coverage: [...coverage.competencies, ...coverage.questions].map((r) => ({
      id: r.topic.id,
      title: r.topic.title,
      answers: r.answers.length,
      passing: r.passing.length,
    })),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 answers, 1 passing", or the gap when none passes. */
export function coverageSummary(row: TopicCoverage): string {
  if (row.answers.length === 0) return 'no answer';
  return `${plural(row.answers.length, 'answer')}, ${row.passing.length} passing`;
}

/** Where an answer is: the file, and which answer of a story bank. */
export function answerLabel(a: BankAnswer): string {
  return a.answersInFile > 1 ? `${a.file} #${a.number}` : a.file;
}

function headline(answers: readonly BankAnswer[]): string {
  const files = new Set(answers.map((a) => a.file)).size;
  return `${plural(answers.length, 'answer')} in ${plural(files, 'file')}, ${answers.filter((a) => a.pass).length} passing`;
}

/** The report for a terminal. */
export function bankToText(answers: readonly BankAnswer[], coverage: Coverage): string {
  const out: string[] = [`Story bank: ${headline(answers)}`, '', 'Answers'];
  const width = Math.min(48, Math.max(0, ...answers.map((a) => answerLabel(a).length)));
  for (const a of answers) {
    const rubrics = a.rubrics.filter((r) => r.how !== 'always').map((r) => r.id);
    out.push(
      `  ${answerLabel(a).padEnd(width)}  ${a.score.toFixed(2)} ${a.pass ? 'PASS' : 'FAIL'}  ${plural(a.problems, 'problem')}` +
        `${a.question ? `  "${a.question}"` : ''}${rubrics.length ? `  [${rubrics.join(', ')}]` : ''}`,
    );
  }
  const rows = (title: string, list: TopicCoverage[]): void => {
    out.push('', title);
    const w = Math.max(0, ...list.map((r) => r.topic.title.length));
    for (const r of list) out.push(`  ${r.topic.title.padEnd(w)}  ${coverageSummary(r)}`);
  };
  rows('Competencies', coverage.competencies);
  rows('Questions', coverage.questions);
  out.push('', coverage.gaps.length ? `Gaps (${coverage.gaps.length})` : 'Gaps: none');
  for (const g of coverage.gaps) out.push(`  - ${g}`);
  return out.join('\n');
}

function md(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]|<>])/g, '\\$1');
}

/** The report as markdown: an answers table, a coverage table and the gaps. */
export function bankToMarkdown(answers: readonly BankAnswer[], coverage: Coverage): string {
  const out: string[] = ['## Story bank', '', `${headline(answers)}.`, ''];
  out.push('| Answer | Question | Score | Pass | Problems | Rubrics |', '| --- | --- | --- | --- | --- | --- |');
  for (const a of answers)
    out.push(
      `| ${md(answerLabel(a))} | ${a.question ? md(a.question) : '-'} | ${a.score.toFixed(2)} | ${a.pass ? 'pass' : 'fail'} | ${a.problems} | ` +
        `${a.rubrics.map((r) => `\`${r.id}\``).join(', ')} |`,
    );
  out.push('', '## Coverage', '', '| Competency or question | Answers | Passing |', '| --- | --- | --- |');
  for (const r of [...coverage.competencies, ...coverage.questions]) out.push(`| ${md(r.topic.title)} | ${r.answers.length} | ${r.passing.length} |`);
  out.push('', '## Gaps', '');
  if (coverage.gaps.length === 0) out.push('None: every competency and question has a passing answer.');
  for (const g of coverage.gaps) out.push(`- ${md(g)}`);
  return `${out.join('\n')}\n`;
}
