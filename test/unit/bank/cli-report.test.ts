import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { capture, workspace } from '../../helpers/cli.js';

const ROOT = join(__dirname, '../../..');

interface ReportJson {
  answers: { file: string; answer: number; question: string | null; score: number; pass: boolean; rubrics: string[] }[];
  coverage: { id: string; title: string; answers: number; passing: number }[];
}

async function report(args: string[], cwd = ROOT): Promise<{ code: number; json: ReportJson; stderr: string[] }> {
  const io = capture(cwd);
  const code = await main(['report', '--format', 'json', ...args], io);
  return { code, json: JSON.parse(io.stdout.join('\n')) as ReportJson, stderr: io.stderr };
}

describe('interview-lint report', () => {
  it('prints exactly the JSON contract for the examples', async () => {
    const { code, json, stderr } = await report(['examples/']);
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    expect(Object.keys(json)).toEqual(['answers', 'coverage']);
    for (const a of json.answers) expect(Object.keys(a)).toEqual(['file', 'answer', 'question', 'score', 'pass', 'rubrics']);
    for (const c of json.coverage) expect(Object.keys(c)).toEqual(['id', 'title', 'answers', 'passing']);
    expect(json.answers.map((a) => `${a.file}#${a.answer}`)).toEqual([
      'examples/churn-star.strong.md#0',
      'examples/churn-star.weak.md#0',
      'examples/pitch.strong.md#0',
      'examples/pitch.weak.md#0',
      'examples/rag-vs-finetuning.strong.md#1',
      'examples/rag-vs-finetuning.weak.md#1',
      'examples/story-bank.md#1',
      'examples/story-bank.md#2',
      'examples/story-bank.md#3',
    ]);
    const rag = json.answers.find((a) => a.file === 'examples/rag-vs-finetuning.strong.md')!;
    expect(rag).toMatchObject({ question: 'When would you choose RAG over fine-tuning?', pass: true, rubrics: ['delivery', 'tech-rag-vs-finetuning'] });
    expect(json.coverage.map((c) => c.id).slice(0, 6)).toEqual([
      'time-series-forecasting',
      'data-modeling-analysis',
      'python-data-libraries',
      'database-data-pipelines',
      'business-insight-communication',
      'question:impactful-ml-project',
    ]);
    expect(json.coverage).toHaveLength(16);
    // The story bank's "How do you prevent overfitting?" is the prepared question; its two stories are not.
    expect(json.coverage.find((c) => c.id === 'question:preventing-overfitting')).toEqual({
      id: 'question:preventing-overfitting',
      title: 'How do you prevent overfitting?',
      answers: 1,
      passing: 1,
    });
    expect(json.coverage.filter((c) => c.answers > 0).map((c) => c.id)).toEqual(['question:preventing-overfitting']);
  });

  it("adds the config's questions and counts a fixture bank by competency and question", async () => {
    const { code, json } = await report(['test/fixtures/bank']);
    expect(code).toBe(0);
    const counts = Object.fromEntries(json.coverage.filter((c) => c.answers > 0).map((c) => [c.id, [c.answers, c.passing]]));
    expect(counts).toEqual({
      'time-series-forecasting': [1, 1],
      'database-data-pipelines': [1, 0],
      'question:impactful-ml-project': [1, 1],
      'question:evaluating-models': [1, 1],
      'question:missing-data': [1, 0],
      'question:a-time-you-failed': [1, 0],
      'question:team-conflict': [1, 1],
      'question:why-do-you-want-to-join-our-team': [1, 1],
      'question:pipeline-failure': [1, 0],
    });
    expect(json.coverage.slice(-2).map((c) => c.title)).toEqual(['Why do you want to join our team?', 'Walk me through a data pipeline failure']);
    const conflict = json.answers.find((a) => a.file.endsWith('conflict.md'))!;
    expect(conflict).toEqual({
      file: 'test/fixtures/bank/conflict.md',
      answer: 0,
      question: 'Describe a conflict with a team member',
      score: conflict.score,
      pass: true,
      rubrics: ['delivery'],
    });
  });

  it('says the gaps in words in text and markdown', async () => {
    const text = capture(ROOT);
    expect(await main(['report', 'test/fixtures/bank'], text)).toBe(0);
    const out = text.stdout.join('\n');
    expect(out).toMatch(/^Story bank: 8 answers in 5 files, 4 passing\n/);
    expect(out).toContain('\n  test/fixtures/bank/prep-bank.md #2         1.44 FAIL  1 problem  "How do you handle missing data?"\n');
    expect(out).toContain(
      '\nGaps (13)\n  - no story for data modeling and analysis\n  - no story for Python data libraries\n  - no passing story for databases and data pipelines\n',
    );
    const md = capture(ROOT);
    expect(await main(['report', '--format', 'markdown', 'test/fixtures/bank'], md)).toBe(0);
    const m = md.stdout.join('\n');
    expect(m).toContain('| Database & Data Pipeline Skills | 1 | 0 |');
    expect(m).toContain('- no passing answer to "How do you handle missing data?"');
  });

  it('exits 2 on a missing file or a bad option, and still reports the other files', async () => {
    const dir = workspace({ 'a.md': '# How do you prevent overfitting?\n\nI regularise until the validation gap closes, and check on a temporal holdout.\n' });
    const { code, json, stderr } = await report(['a.md', 'missing.md'], dir);
    expect(code).toBe(2);
    expect(stderr.join('\n')).toMatch(/missing\.md/);
    expect(json.answers.map((a) => a.file)).toEqual(['a.md']);
    const bad = capture(dir);
    expect(await main(['report', '--format', 'sarif', 'a.md'], bad)).toBe(2);
    expect(bad.stderr).toEqual(['interview-lint: unexpected --format "sarif", expected text, json, markdown']);
  });

  it('exits 2 and names the field of a bad questions entry', async () => {
    const dir = workspace({
      '.interview-lint.jsonc': '{ "questions": [{ "txt": "Why us?" }] }',
      'a.md': '# Why us?\n\nBecause your team ships models that planners use every week.\n',
    });
    const { code, stderr } = await report(['a.md'], dir);
    expect(code).toBe(2);
    expect(stderr[0]).toMatch(/^interview-lint: \.interview-lint\.jsonc: Unexpected .* at questions\[0\]/);
  });
});
