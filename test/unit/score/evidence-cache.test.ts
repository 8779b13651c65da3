import { describe, expect, it } from 'vitest';
import { lint, parseRubricText, scoreLintResult, shippedRubrics, type LoadedRubric } from '../../../src/core/index.js';

/** A one-criterion rubric whose level 2 is its own concept `key`, made of `phrases`; suggested by `cue` in the question. */
function rubric(id: string, phrases: string[], cue: string): LoadedRubric {
  const text = `id: ${id}\ntitle: ${id}\nkind: technical\npassMark: 2\nsuggest:\n  question: ["${cue}"]\nconcepts:\n  key:\n    label: the key idea\n    phrases: [${phrases.map((p) => `"${p}"`).join(', ')}]\ncriteria:\n  - id: idea\n    title: Idea\n    weight: 1\n    levels:\n      - {level: 1, descriptor: Nothing.}\n      - {level: 2, descriptor: Names it., evidence: {concept: "key"}}\n      - {level: 3, descriptor: Three., evidence: "xyzzy-three"}\n      - {level: 4, descriptor: Four., evidence: "xyzzy-four"}\n      - {level: 5, descriptor: Five., evidence: "xyzzy-five"}\n`;
  const { rubric: r, problems } = parseRubricText(text, `${id}.yaml`);
  expect(problems).toEqual([]);
  return { rubric: r!, source: `${id}.yaml` };
}

const levels = (text: string, rubrics: LoadedRubric[], requested?: string[]): Record<string, number | null>[] =>
  scoreLintResult(lint(text), { rubrics, ...(requested ? { requested } : {}) }).answers.map((a) =>
    Object.fromEntries(a.rubrics.filter((r) => r.id !== 'delivery').map((r) => [r.id, r.criteria[0]!.level])),
  );

describe('matches kept while an answer is scored', () => {
  const caching = rubric('caching', ['eviction'], 'cache');
  const queues = rubric('queues', ['backpressure'], 'queue');

  it('two rubrics with a concept of the same name each match their own phrases', () => {
    const rubrics = [...shippedRubrics().rubrics, caching, queues];
    expect(levels('# Caches and queues\n\nAn eviction policy keeps the cache small.\n', rubrics, ['caching', 'queues'])).toEqual([{ caching: 2, queues: 1 }]);
    expect(levels('# Caches and queues\n\nBackpressure keeps the queue short.\n', rubrics, ['queues', 'caching'])).toEqual([{ queues: 2, caching: 1 }]);
  });

  it('each answer of a file is judged on its own text and its own question', () => {
    const rubrics = [...shippedRubrics().rubrics, caching, queues];
    const bank = [
      '# How do you size a cache?',
      '',
      'An eviction policy keeps the cache small and the hot keys close.',
      '',
      '# How do you keep a queue healthy?',
      '',
      'Backpressure slows the producers when the queue grows past its limit.',
      '',
      '# How do you size another cache?',
      '',
      'I measure the hit rate of the cache first and size it from that.',
      '',
    ].join('\n');
    expect(levels(bank, rubrics)).toEqual([{ caching: 2 }, { queues: 2 }, { caching: 1 }]);
  });
});
