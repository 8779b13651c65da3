import {
  Linter,
  bankAnswersOf,
  bankToJson,
  bankToMarkdown,
  bankToText,
  competencyTopics,
  computeCoverage,
  questionTopics,
  scoreLintResult,
  type BankAnswer,
  type ConfiguredQuestion,
  type LoadedRubric,
} from '../core/index.js';
import { readAnswerInputs } from './answerInputs.js';
import { RubricsByConfig } from './score.js';

export interface ReportArgs {
  files: string[];
  format: 'text' | 'json' | 'markdown';
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  config?: string;
}

/**
 * `interview-lint report`: scores every answer of the inputs and prints the story bank with
 * its coverage of the competencies and the prepared questions. Exit 0, or 2 on file, config or
 * rubric problems (the other files are still reported): a gap is news, not a failure.
 */
export async function runReport(args: ReportArgs): Promise<number> {
  const read = await readAnswerInputs(args.files, { cwd: args.cwd, ...(args.config ? { config: args.config } : {}), err: args.err });
  let troubled = read.troubled;
  const rubricSets = new RubricsByConfig(args.cwd, args.err);
  const answers: BankAnswer[] = [];
  // Answers under different configs still make one bank: their rubrics and questions are pooled.
  const allRubrics = new Map<string, LoadedRubric>();
  const configured: ConfiguredQuestion[] = [];
  const seenQuestions = new Set<string>();
  for (const { shown, text, config } of read.answers) {
    const { rubrics, first } = rubricSets.for(config);
    if (first) for (const r of rubrics) if (!allRubrics.has(r.rubric.id)) allRubrics.set(r.rubric.id, r);
    for (const q of config.questions) {
      const id = JSON.stringify(q);
      if (!seenQuestions.has(id)) configured.push(q);
      seenQuestions.add(id);
    }
    const result = new Linter(config).lint(text);
    const report = scoreLintResult(result, { rubrics, config });
    for (const p of report.problems) {
      args.err(`interview-lint: ${shown}: ${p.message}`);
      troubled = true;
    }
    answers.push(...bankAnswersOf({ file: shown, result, report }));
  }
  const coverage = computeCoverage({ answers, competencies: competencyTopics([...allRubrics.values()]), questions: questionTopics(configured) });
  if (args.format === 'json') args.out(JSON.stringify(bankToJson(answers, coverage), null, 2));
  else args.out((args.format === 'markdown' ? bankToMarkdown : bankToText)(answers, coverage).trimEnd());
  return troubled || rubricSets.troubled ? 2 : 0;
}
