import { describe, expect, it } from 'vitest';
import { Linter, defaultConfig } from '../../../src/core/index.js';
import { listItems } from '../../../src/core/detect/listItems.js';

const linter = new Linter(defaultConfig());
function items(text: string): string[] {
  const answer = linter.lint(text).model.answers.find((a) => a.kind === 'answer');
  if (!answer) throw new Error('no answer');
  return listItems(answer).map((r) => text.slice(r.start, r.end));
}

describe('list items', () => {
  it('reads each markdown item once, by its first sentence', () => {
    expect(items('How I work on it:\n\n- I set time limits. I keep to them.\n- I ask for feedback early\n1. I use the 80/20 rule\n')).toEqual([
      'I set time limits.',
      'I ask for feedback early',
      'I use the 80/20 rule',
    ]);
  });
  it('reads numbered items written inline, in brackets or with a full stop', () => {
    expect(items('Fixes: (1) Get more data. (2) use a simpler model. Steps: 1. Continuous monitoring: watch drift. 2. Versioning.\n')).toEqual([
      '(1) ',
      '(2) ',
      '1. ',
      '2. ',
    ]);
  });
  it('leaves alone a figure that ends a sentence and a decimal', () => {
    expect(items('We cut the queue to 2. Then recall rose to 0.91. The p-value was 0.05.\n')).toEqual([]);
  });
});
