import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Linter,
  bankAnswersOf,
  competencyTopics,
  computeCoverage,
  loadRubrics,
  preparedQuestions,
  scoreLintResult,
  shippedRubrics,
  SHIPPED_RUBRIC_SOURCES,
  type BankAnswer,
} from '../../../src/core/index.js';

const FIXTURES = join(__dirname, '../../fixtures/bank');
const rubrics = shippedRubrics().rubrics;

function bank(file: string): BankAnswer[] {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const result = new Linter().lint(text);
  return bankAnswersOf({ file, result, report: scoreLintResult(result, { rubrics }) });
}

describe('bankAnswersOf', () => {
  it('gives every scored answer of a story bank its question, heading, score, rubrics and problems', () => {
    const answers = bank('prep-bank.md');
    expect(answers.map((a) => [a.number, a.answer, a.answersInFile, a.question, a.heading.range.start])).toEqual([
      [1, 1, 4, 'Tell me about a time you failed', { line: 3, column: 1 }],
      [2, 2, 4, 'How do you handle missing data?', { line: 13, column: 1 }],
      [3, 3, 4, 'Q3: Can you walk me through your most impactful ML project?', { line: 17, column: 1 }],
      [4, 4, 4, 'Describe a time you failed', { line: 26, column: 1 }],
    ]);
    // "It depends." with nothing after it: a red flag, a fail, one lint finding.
    expect(answers[1]).toMatchObject({ pass: false, problems: 1 });
    expect(answers[1]!.rubrics[0]).toEqual({ id: 'delivery', how: 'always', reason: 'scored on every answer' });
  });

  it('takes the question from front matter and starts a heading-less answer at its text', () => {
    const [a] = bank('conflict.md');
    expect(a!.question).toBe('Describe a conflict with a team member');
    expect(a!.heading.range).toEqual({ start: { line: 5, column: 1 }, end: { line: 5, column: 1 } });
  });

  it('records the rubric named in front matter, and why', () => {
    const [a] = bank('forecast-evaluation.md');
    expect(a!.rubrics.map((r) => [r.id, r.how, r.reason])).toEqual([
      ['delivery', 'always', 'scored on every answer'],
      ['time-series-forecasting', 'front-matter', 'named in front matter (rubric:)'],
    ]);
  });
});

describe('computeCoverage', () => {
  const answers = ['conflict.md', 'forecast-evaluation.md', 'pipeline-failure.md', 'prep-bank.md', 'why-us.md'].flatMap(bank);
  const coverage = computeCoverage({ answers, competencies: competencyTopics(rubrics), questions: preparedQuestions() });
  const rowOf = (id: string) => [...coverage.competencies, ...coverage.questions].find((r) => r.topic.id === id)!;
  const files = (refs: number[]): string[] => refs.map((i) => `${answers[i]!.file}#${answers[i]!.number}`);

  it("has the five competencies in the interview's order, then the eleven questions", () => {
    expect(coverage.competencies.map((r) => r.topic.id)).toEqual([
      'time-series-forecasting',
      'data-modeling-analysis',
      'python-data-libraries',
      'database-data-pipelines',
      'business-insight-communication',
    ]);
    expect(coverage.questions).toHaveLength(11);
  });

  it('counts an answer for the competency whose rubric scored it, and for the question it answers', () => {
    expect(files(rowOf('time-series-forecasting').answers)).toEqual(['forecast-evaluation.md#1']);
    expect(files(rowOf('time-series-forecasting').passing)).toEqual(['forecast-evaluation.md#1']);
    expect(files(rowOf('question:evaluating-models').passing)).toEqual(['forecast-evaluation.md#1']);
    expect(files(rowOf('database-data-pipelines').answers)).toEqual(['pipeline-failure.md#1']);
    expect(rowOf('database-data-pipelines').passing).toEqual([]);
    expect(files(rowOf('question:team-conflict').answers)).toEqual(['conflict.md#1']);
    expect(files(rowOf('question:impactful-ml-project').answers)).toEqual(['prep-bank.md#3']);
    // "Describe a time you failed" is not "Tell me about a time you failed".
    expect(files(rowOf('question:a-time-you-failed').answers)).toEqual(['prep-bank.md#1']);
  });

  it('lists the answers that fit nowhere', () => {
    expect(files(coverage.unplaced)).toEqual(['prep-bank.md#4', 'why-us.md#1']);
  });

  it('states the gaps in words, competencies first', () => {
    expect(coverage.gaps.slice(0, 4)).toEqual([
      'no story for data modeling and analysis',
      'no story for Python data libraries',
      'no passing story for databases and data pipelines',
      'no story for business insight and communication',
    ]);
    expect(coverage.gaps).toContain('no passing answer to "How do you handle missing data?"');
    expect(coverage.gaps).toContain('no answer to "How do you deploy ML models to production?"');
    expect(coverage.gaps).not.toContain('no answer to "How do you evaluate your models?"');
    expect(rowOf('time-series-forecasting').gap).toBeUndefined();
  });

  it('adds workspace rubrics of kind competency after the shipped five', () => {
    const mlops = `id: mlops-platform\ntitle: MLOps & Platform Engineering\nkind: competency\npassMark: 3.8\ncriteria:\n  - id: c\n    title: C\n    weight: 1\n    levels:\n${[1, 2, 3, 4, 5].map((l) => `      - level: ${l}\n        descriptor: L${l}\n${l > 1 ? `        evidence: "term${l}"\n` : ''}`).join('')}`;
    const loaded = loadRubrics([...SHIPPED_RUBRIC_SOURCES, { file: 'mlops.yaml', text: mlops }]);
    expect(loaded.problems).toEqual([]);
    const topics = competencyTopics(loaded.rubrics);
    expect(topics.map((t) => t.id)).toEqual([
      'time-series-forecasting',
      'data-modeling-analysis',
      'python-data-libraries',
      'database-data-pipelines',
      'business-insight-communication',
      'mlops-platform',
    ]);
    const c = computeCoverage({ answers, competencies: topics, questions: [] });
    expect(c.gaps).toContain('no story for MLOps and Platform Engineering');
  });
});
