import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, bankAnswersOf, competencyTopics, computeCoverage, preparedQuestions, scoreLintResult, shippedRubrics } from '../../src/core/index.js';
import { bankTree, baseName, type BankNode } from '../../src/vscode/pure/bankTree.js';

const rubrics = shippedRubrics().rubrics;
const files = ['conflict.md', 'forecast-evaluation.md', 'pipeline-failure.md', 'prep-bank.md'];
const answers = files.flatMap((f) => {
  const result = new Linter().lint(readFileSync(join(__dirname, '../fixtures/bank', f), 'utf8'));
  return bankAnswersOf({ file: `file:///ws/answers/${f}`, result, report: scoreLintResult(result, { rubrics }) });
});
const coverage = computeCoverage({ answers, competencies: competencyTopics(rubrics), questions: preparedQuestions() });
const tree = bankTree({ answers, coverage, shown: (f) => f.replace('file:///ws/', '') });
const find = (nodes: readonly BankNode[], id: string): BankNode => nodes.find((n) => n.id === id)!;
const row = (n: BankNode): string => `${n.label} | ${n.description ?? ''}`;

describe('the story bank tree', () => {
  it('has the gaps, the competencies, the questions and every answer by file', () => {
    expect(tree.map(row)).toEqual([
      'Gaps (12) | ',
      'By competency | 1 of 5 with a passing answer',
      'By question | 3 of 11 with a passing answer',
      'All answers | 7 answers in 4 files, 3 passing',
    ]);
    expect(
      find(tree, 'gaps')
        .children.slice(0, 3)
        .map((n) => n.label),
    ).toEqual(['no story for data modeling and analysis', 'no story for Python data libraries', 'no passing story for databases and data pipelines']);
  });

  it('shows each competency with its answers, and a gap as a gap', () => {
    const competencies = find(tree, 'competencies').children;
    expect(competencies.map(row)).toEqual([
      'Time Series Forecasting | 1 answer, 1 passing',
      'Data Modeling & Analysis | gap: no answer',
      'Python & Data Science Libraries | gap: no answer',
      'Database & Data Pipeline Skills | gap: 1 answer, none passing',
      'Business Insight Communication | gap: no answer',
    ]);
    expect(competencies[3]!.icon).toBe('gap');
    expect(competencies[3]!.tooltip).toBe('no passing story for databases and data pipelines');
    const [pipeline] = competencies[3]!.children;
    expect(row(pipeline!)).toBe(`pipeline-failure.md | ${pipeline!.answer!.score.toFixed(2)} fail · 5 problems · Walk me through a data pipeline failure`);
    expect(pipeline!.tooltip).toContain('Rubric database-data-pipelines: named in front matter (rubric:)');
  });

  it("names a story bank's answers by their question under the file, and by file and number elsewhere", () => {
    const bank = find(find(tree, 'files').children, 'files/file:///ws/answers/prep-bank.md');
    expect(bank.description).toBe('4 answers, 1 passing');
    expect(bank.children.map((n) => n.label)).toEqual([
      'Tell me about a time you failed',
      'How do you handle missing data?',
      'Q3: Can you walk me through your most impactful ML project?',
      'Describe a time you failed',
    ]);
    const failed = find(find(tree, 'questions').children, 'questions/question:a-time-you-failed');
    expect(failed.children.map((n) => n.label)).toEqual(['prep-bank.md #1']);
    expect(failed.children[0]!.answer!.heading.range.start).toEqual({ line: 3, column: 1 });
  });

  it('baseName reads paths and URIs', () => {
    expect(baseName('file:///ws/answers/my%20story.md')).toBe('my story.md');
    expect(baseName('answers/a.md')).toBe('a.md');
  });
});

describe('the story bank tree with saved drafts', () => {
  it('shows the change since the last draft after the score, and the trend in the hover', () => {
    const withProgress = bankTree({
      answers,
      coverage,
      shown: (f) => f.replace('file:///ws/', ''),
      progress: (a) => (a.file.endsWith('conflict.md') ? { change: '+0.60: hedges 5 -> 1, the result now has a number', trend: '3.80 -> 4.40' } : {}),
    });
    const conflict = find(find(withProgress, 'questions').children, 'questions/question:team-conflict').children[0]!;
    expect(conflict.description).toBe(`${conflict.answer!.score.toFixed(2)} pass · 0 problems · +0.60 · Describe a conflict with a team member`);
    expect(conflict.tooltip!.split('\n').slice(-2)).toEqual([
      'Since the last draft: +0.60: hedges 5 -> 1, the result now has a number',
      'Drafts: 3.80 -> 4.40',
    ]);
    const forecast = find(find(withProgress, 'competencies').children, 'competencies/time-series-forecasting').children[0]!;
    expect(forecast.tooltip).not.toContain('Since the last draft');
  });
});
