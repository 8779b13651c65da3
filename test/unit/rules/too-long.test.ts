import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../helpers/ruleTester.js';

/** `n` sentences of exactly ten spoken words each. */
const sentences = (n: number): string => Array.from({ length: n }, (_, i) => `Step ${i + 1} moved one more join into the Spark job.`).join(' ');

const long = (extra: string): string => `## Walk me through your pipeline project?\n\n${sentences(30)} ${extra}\n`;
const pitch = (words: number): string => {
  const w = Array.from({ length: words - 1 }, () => 'data').join(' ');
  return `---\ntype: pitch\n---\n\nI ${w}.\n`;
};

describe('helpers', () => {
  it('build the word counts the tests rely on', () => {
    expect(sentences(1).split(/\s+/).length).toBe(10);
  });
});

ruleTester('too-long', {
  valid: [
    // Exactly 300 words = 2 minutes at 150 wpm.
    `## Walk me through your pipeline project?\n\n${sentences(30)}\n`,
    pitch(90),
    pitch(40),
    // Code, comments and the interviewer's lines are not spoken.
    `## Walk me through your pipeline project?\n\n${sentences(29)}\n\n\`\`\`python\n${'x = 1\n'.repeat(200)}\`\`\`\n\n<!-- ${'note '.repeat(100)} -->\n`,
    // A faster speaker gets more words.
    { code: long('The job now runs in 40 minutes.'), options: { maxSeconds: 150 } },
    { code: pitch(100), options: { pitchMaxWords: 100 } },
    // Why a move, with no word of who the candidate is: a motivation answer has no 30-second budget.
    `${"I'm looking for a bigger team where I can learn from engineers who have run larger systems than mine. ".repeat(6)}\n`,
    // A group preamble is not an answer.
    `# My notes\n\n${sentences(40)}\n\n## Tell me about yourself?\n\nI build ML systems.\n`,
  ],
  invalid: [
    {
      code: long('The job now runs in 40 minutes.'),
      errors: [
        {
          text: 'The job now runs in 40 minutes.',
          messageId: 'answer',
          message:
            'This answer is 307 words, about 2 min 3 s at 150 words a minute: past 2 min the interviewer loses the thread. Aim for about 1 min 30 s (225 words); from here on, stop and offer to go deeper.',
        },
      ],
    },
    {
      code: pitch(91),
      errors: [
        {
          messageId: 'pitch',
          message:
            'This elevator pitch is 91 words, about 36 s aloud: keep it to 75-90 words (about 30 seconds): one positioning line, one flagship project with one metric, what you want next. The budget runs out here.',
        },
      ],
    },
    // The sentence in which the budget runs out, even when it started before.
    {
      code: `## Tell me about yourself?\n\n${sentences(8)} This sentence carries the pitch over its ninety word budget by a little.\n`,
      errors: [{ text: 'This sentence carries the pitch over its ninety word budget by a little.' }],
    },
    { code: long('The job now runs in 40 minutes.'), options: { maxSeconds: 60 }, errors: [{ text: 'Step 16 moved one more join into the Spark job.' }] },
  ],
});

describe('too-long speaking rate', () => {
  it('uses the configured words per minute for the budget and the message', async () => {
    const { Linter } = await import('../../../src/core/index.js');
    const { onlyRule } = await import('../../helpers/ruleTester.js');
    const config = onlyRule('too-long');
    config.settings.wordsPerMinute = 120;
    const code = `## Walk me through your pipeline project?\n\n${sentences(25)}\n`;
    const [d, ...rest] = new Linter(config).lint(code).diagnostics;
    expect(rest).toEqual([]);
    expect(d!.message).toBe(
      'This answer is 250 words, about 2 min 5 s at 120 words a minute: past 2 min the interviewer loses the thread. Aim for about 1 min 30 s (180 words); from here on, stop and offer to go deeper.',
    );
    expect(code.slice(d!.offsets.start, d!.offsets.end)).toBe('Step 25 moved one more join into the Spark job.');
  });
});
