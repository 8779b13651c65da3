import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BankIndex, defaultConfig, loadConfigText, shippedRubrics } from '../../../src/core/index.js';

const FIXTURES = join(__dirname, '../../fixtures/bank');
const read = (f: string): string => readFileSync(join(FIXTURES, f), 'utf8');
const rubrics = shippedRubrics().rubrics;

describe('BankIndex', () => {
  it('scores a file once and keeps its answers while text, config and rubrics stay the same', () => {
    const index = new BankIndex();
    const config = defaultConfig();
    const first = index.update({ file: 'prep-bank.md', text: read('prep-bank.md'), config, rubrics });
    expect(first.map((a) => a.question)).toEqual([
      'Tell me about a time you failed',
      'How do you handle missing data?',
      'Q3: Can you walk me through your most impactful ML project?',
      'Describe a time you failed',
    ]);
    expect(index.update({ file: 'prep-bank.md', text: read('prep-bank.md'), config, rubrics })).toBe(first);
    // An edit: the missing-data answer gets its decision criteria and no longer fails on "It depends."
    const edited = read('prep-bank.md').replace(
      'It depends.',
      'I check whether values are missing at random first, because that decides whether imputing by group is safe; above 40% missing I drop the column.',
    );
    const after = index.update({ file: 'prep-bank.md', text: edited, config, rubrics });
    expect(after).not.toBe(first);
    expect(after[1]!.problems).toBe(0);
    expect(first[1]!.problems).toBe(1);
    // Another config or rubric set scores again.
    expect(index.update({ file: 'prep-bank.md', text: edited, config: defaultConfig(), rubrics })).not.toBe(after);
  });

  it('pools the answers, rubrics and configured questions of every file in its snapshot, by file', () => {
    const index = new BankIndex();
    const { config } = loadConfigText(read('.interview-lint.jsonc'), '.interview-lint.jsonc');
    for (const f of ['why-us.md', 'conflict.md', 'forecast-evaluation.md']) index.update({ file: f, text: read(f), config, rubrics });
    const { answers, coverage } = index.snapshot();
    expect(answers.map((a) => a.file)).toEqual(['conflict.md', 'forecast-evaluation.md', 'why-us.md']);
    expect(coverage.questions.map((r) => r.topic.id).slice(-2)).toEqual(['question:why-do-you-want-to-join-our-team', 'question:pipeline-failure']);
    expect(coverage.questions.find((r) => r.topic.id === 'question:why-do-you-want-to-join-our-team')!.answers).toEqual([2]);
    // One file's answers without a snapshot (the score report asks for them on each rescore).
    expect(index.answersOf('conflict.md')).toEqual(answers.filter((a) => a.file === 'conflict.md'));
    expect(index.answersOf('missing.md')).toEqual([]);
    expect(index.remove('why-us.md')).toBe(true);
    expect(index.remove('why-us.md')).toBe(false);
    expect(index.files()).toEqual(['conflict.md', 'forecast-evaluation.md']);
  });
});
