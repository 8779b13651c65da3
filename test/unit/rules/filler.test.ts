import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../helpers/ruleTester.js';

ruleTester('filler', {
  valid: [
    'I like XGBoost for tabular data, and models like BERT for text.',
    'So you know which features drift, I log their PSI daily.',
    'By recall I mean the share of churners we caught.',
    'Do you know the schema before the first batch?',
    'We moved the tensors to CUDA UM to avoid copies.',
    'The umbrella team owns the uh-huh intent.',
    '```text\num, uh, you know\n```\nI shipped it.',
    '> Interviewer: Um, so, tell me about a time you failed?\n\nI trained on leaked features.',
  ],
  invalid: [
    {
      code: 'Um, we had two weeks.',
      errors: [{ text: 'Um', messageId: 'filler', message: '"Um" is a spoken filler: leave it out of the script and pause instead.' }],
      output: 'We had two weeks.',
    },
    { code: 'It was, you know, a tight deadline.', errors: [{ text: 'you know' }], output: 'It was a tight deadline.' },
    { code: 'It was slow, you know.', errors: [{ text: 'you know' }], output: 'It was slow.' },
    // A stutter is one finding with one fix: fixing the last repeat alone would leave the first one flagged.
    { code: 'We shipped it, I mean I mean.', errors: [{ text: 'I mean I mean' }], output: 'We shipped it.' },
    { code: 'I mean, it worked in the end.', errors: [{ text: 'I mean' }], output: 'It worked in the end.' },
    { code: 'The gain was, like, thin.', errors: [{ text: 'like' }], output: 'The gain was thin.' },
    { code: 'We uh retrained it, erm, twice. So yeah.', errors: [{ text: 'uh' }, { text: 'erm' }, { text: 'So yeah' }] },
    { code: 'Ummm, the model drifted.', errors: [{ text: 'Ummm' }], output: 'The model drifted.' },
  ],
});

describe('filler fix with a space before the comma', () => {
  it('removes a repeated filler with the commas that set it off, in one fix', async () => {
    const { lintWith } = await import('../../helpers/ruleTester.js');
    const { applyFixes } = await import('../../../src/core/index.js');
    const code = 'It was slow, I mean I mean , we fixed it.';
    const fixed = applyFixes(
      code,
      lintWith('filler', code).flatMap((d) => (d.fix ? [d.fix] : [])),
    ).text;
    expect(fixed).toBe('It was slow we fixed it.');
    expect(lintWith('filler', fixed)).toEqual([]);
  });
});
