import type { LintResult } from '../types.js';
import type { ScoreReport } from '../score/types.js';
import { LineIndex } from '../text/lineIndex.js';
import type { BankAnswer } from './types.js';

/**
 * The bank entries of one file: each scored answer with its question, where its heading is,
 * its score and rubrics, and how many lint findings it has. `file` is how the caller names
 * the file; `result` is the lint the report was scored from.
 */
export function bankAnswersOf(args: { file: string; result: LintResult; report: ScoreReport }): BankAnswer[] {
  const { file, result, report } = args;
  const lines = new LineIndex(result.model.text);
  const problems = new Map<number, number>();
  const byRule = new Map<number, Record<string, number>>();
  for (const d of result.diagnostics) {
    problems.set(d.answerIndex, (problems.get(d.answerIndex) ?? 0) + 1);
    const counts = byRule.get(d.answerIndex) ?? {};
    counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
    byRule.set(d.answerIndex, counts);
  }
  return report.answers.map((a, i) => {
    const answer = result.model.answers.find((x) => x.index === a.answerIndex);
    // The question heading when the text has one; a question from front matter points at the front matter, so start at the first sentence.
    const q = answer?.question;
    const fm = result.model.frontMatter?.range;
    const inText = q !== undefined && !(fm && q.range.start < fm.end);
    const start = inText ? q.range.start : (answer?.sentences[0]?.start ?? answer?.range.start ?? 0);
    const end = inText ? q.range.end : start;
    return {
      file,
      answer: a.answerIndex,
      number: i + 1,
      answersInFile: report.answers.length,
      ...(a.question !== undefined ? { question: a.question } : {}),
      heading: { offsets: { start, end }, range: { start: lines.position(start), end: lines.position(end) } },
      score: a.score,
      passMark: a.passMark,
      pass: a.pass,
      rubrics: a.rubrics.map((r) => ({ id: r.id, how: r.selection.how, reason: r.selection.reason })),
      problems: problems.get(a.answerIndex) ?? 0,
      findings: byRule.get(a.answerIndex) ?? {},
    };
  });
}
