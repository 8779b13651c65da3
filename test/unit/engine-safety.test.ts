import { describe, expect, it, vi } from 'vitest';

// Simulates a parser or model bug on one answer of a bank: the real builder, except that it
// throws on an answer holding the word TRIGGER.
vi.mock('../../src/core/model/build.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/model/build.js')>();
  return {
    ...real,
    buildChunkModel: (text: string, opts: Parameters<typeof real.buildChunkModel>[1]) => {
      if (text.includes('TRIGGER')) throw new Error('simulated model failure');
      return real.buildChunkModel(text, opts);
    },
  };
});

const { Linter } = await import('../../src/core/index.js');
const { onlyRule } = await import('../helpers/ruleTester.js');

describe('an answer the model cannot read', () => {
  it('is skipped with a problem, and the other answers are still linted', () => {
    const text = '## Q1: first?\n\nUm, one.\n\n## Q2: second?\n\nUm, TRIGGER.\n\n## Q3: third?\n\nUm, three.\n';
    const r = new Linter(onlyRule('filler')).lint(text);
    expect(r.problems).toEqual([{ kind: 'input', message: 'An answer could not be read and was not linted (simulated model failure)' }]);
    expect(r.diagnostics.map((d) => d.range.start.line)).toEqual([3, 11]);
    expect(r.model.answers).toHaveLength(3);
  });
});
