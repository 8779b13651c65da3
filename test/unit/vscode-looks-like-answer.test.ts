import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.js';
import { looksLikeAnswer as looks } from '../../src/vscode/pure/looksLikeAnswer.js';

const looksLikeAnswer = (text: string): boolean => looks(text, core);

const story = (lines: string): string => `${lines}\n`;

describe('looksLikeAnswer', () => {
  it('is true for a STAR story with labels, in bold or as headings', () => {
    expect(
      looksLikeAnswer(
        story(
          '# Churn model\n\n**Situation:** Our churn model was two years old.\n\n**Task:** I had to rebuild it.\n\n**Action:** I rebuilt the features.\n\n**Result:** Churn fell from 27% to 21%.',
        ),
      ),
    ).toBe(true);
    expect(looksLikeAnswer(story('## Situation\nThe model was old.\n\n## Action\nI rebuilt it.'))).toBe(true);
  });

  it('is true under an interviewer prompt with prose of its own', () => {
    expect(
      looksLikeAnswer(
        story(
          '# Tell me about a time you disagreed with your manager\n\nMy manager wanted to ship the model before the holiday freeze. I thought the validation was too thin, so I ran a backtest on two years of data and showed him the gap.',
        ),
      ),
    ).toBe(true);
  });

  it('is false for a README, design notes, a FAQ heading or a bare list of questions', () => {
    expect(looksLikeAnswer(story('# interview-lint\n\nLints markdown drafts.\n\n## Install\n\nRun npm ci.'))).toBe(false);
    expect(
      looksLikeAnswer(
        story('# What is this repo?\n\nIt holds the scripts we use to build the data warehouse, and the notes on how the nightly jobs run and who owns them.'),
      ),
    ).toBe(false);
    expect(looksLikeAnswer(story('# Questions to practise\n\n## Tell me about yourself\n\n## Why this role?'))).toBe(false);
    expect(looksLikeAnswer(story('# Design\n\n## Task\n\nWrite the parser.'))).toBe(false);
    expect(looksLikeAnswer('')).toBe(false);
  });
});
