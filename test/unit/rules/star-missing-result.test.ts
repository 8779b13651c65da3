import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/core/index.js';
import { lintWith, ruleTester } from '../../helpers/ruleTester.js';

const MISSING = 'This STAR answer stops before its Result. Close with what changed and by how much (20-30 seconds, with a metric).';
const UNTOLD = 'This story stops before its result: say what came of your work, and by how much (a %, $, time saved, users, before → after).';
const WITH_LEARNING =
  'This STAR answer has a learning but no Result: a lesson is not an outcome. Add what changed and by how much (20-30 seconds, with a metric) before the learning.';

ruleTester('star-missing-result', {
  valid: [
    '**Situation:** Spend doubled.\n\n**Action:** I moved jobs to spot nodes.\n\n**Result:** Spend fell 38%.\n',
    // Synonyms and combined labels are results.
    '**Context:** Spend doubled.\n\n**Approach:** I moved jobs to spot nodes.\n\n**Outcome:** Spend fell 38%.\n',
    '**Context:** Spend doubled.\n\n**Approach:** I moved jobs to spot nodes.\n\n**Impact:** Spend fell 38%.\n',
    '## Situation\n\nSpend doubled.\n\n## Action\n\nI moved jobs.\n\n## Results & learnings\n\nSpend fell 38%; measure first.\n',
    'S - Spend doubled.\nA - I moved jobs to spot nodes.\nR - Spend fell 38%.\n',
    '> **The mistake:** I split at random.\n>\n> **How I fixed it:** I split by month.\n>\n> **The result:** Accuracy held at 89%.\n',
    // One STAR part is not STAR-shaped, and a sketch of a story is not judged on its result.
    '**Action:** I moved jobs to spot nodes and spend fell.\n',
    'Spend doubled, so I moved the batch jobs to spot nodes and cached requests.\n',
    // Told without labels, a story that says what came of it, with or without a number.
    '## Tell me about a time you made a mistake?\n\nI pushed a feature change without running the backtest. The category manager noticed the shift before I did. I rolled it back the same afternoon and the forecasts recovered by the next run. I learned there are no trivial changes to a model.\n',
    // A walk-through with no outcome is result-needs-metric's to report.
    '## Walk me through your most impactful project?\n\nMy most impactful project was a churn model for a telecom client. I pulled two years of billing and support data from the warehouse, built the features in pandas and trained an XGBoost model with a time-based split. I then packaged it as a FastAPI service.\n',
    // A setback is what came of the work: the story is told to its end.
    '## Tell me about a time you failed?\n\nI led a team building a new data pipeline for the finance reports. We planned it carefully, but upstream schema changes broke our loads every week. I added contract tests and a staging copy of the source tables. In the end the launch slipped by a quarter.\n',
    // A setback the story opens on is its problem, and the story goes on to what came of it.
    '## Tell me about a project that went wrong?\n\nOur churn model release slipped a month because the joins were wrong. I rebuilt the joins on the customer table and added a row-count check to the Airflow job, and the release went live the next sprint with the checks in place.\n',
    // Work finished on schedule and a relationship that got better are what came of a conflict.
    "In my previous role, a peer and I disagreed on the project's priorities. I set up a one-on-one, got clear on the goals we shared and asked what constraints they had. We agreed a revised timeline and one joint plan. The project shipped on time and our working relationship got better.\n",
    // A learning label alone does not make an answer STAR-shaped.
    'Spend doubled, so I moved the jobs to spot nodes.\n\n**Learning:** Measure before you optimise.\n',
    // Every answer of a story bank is judged on its own.
    '## Tell me about a cost cut?\n\n**Situation:** Spend doubled.\n\n**Result:** Spend fell 38%.\n\n## Tell me about yourself?\n\n**Action:** nothing to see.\n',
  ],
  invalid: [
    // Told without labels, a story with no outcome at all: the last sentence before the lesson.
    {
      code: '## Tell me about a time you made a mistake?\n\nI pushed a feature change without running the backtest. The category manager noticed the shift before I did. I rolled it back the same afternoon and added the backtest to our checklist. I learned there are no trivial changes to a model.\n',
      errors: [{ text: 'I rolled it back the same afternoon and added the backtest to our checklist.', messageId: 'untold', message: UNTOLD }],
    },
    {
      code: '**Situation:** Marketing wanted three tiers.\n\n**Action:** I rolled five clusters into three tiers.\n\n**Learnings:** Meet stakeholders where they are.\n',
      errors: [{ text: '**Learnings:**', messageId: 'missingWithLearning', message: WITH_LEARNING }],
    },
    {
      code: '## Tell me about a cost cut?\n\n## Situation\n\nSpend doubled.\n\n## Action\n\nI moved jobs to spot nodes.\n',
      errors: [{ text: '## Action', messageId: 'missing', message: MISSING }],
    },
    { code: 'S - Spend doubled.\nT - I had to halve it.\nA - I moved jobs to spot nodes.\n', errors: [{ text: 'A -' }] },
    { code: 'S - Spend doubled. T - I had to halve it. A - I moved jobs to spot nodes.\n', errors: [{ text: 'A -' }] },
    { code: 'Situation: Spend doubled.\nAction: I moved jobs to spot nodes.\n', errors: [{ text: 'Action:' }] },
    // STAR from front matter, with no labels: the finding sits on the question heading.
    {
      code: '---\nformat: STAR\n---\n\n## Tell me about a cost cut?\n\nSpend doubled, so I moved jobs to spot nodes.\n',
      errors: [{ text: '## Tell me about a cost cut?' }],
    },
    // ... or on the first sentence when the question is only in front matter.
    {
      code: '---\nformat: STAR\nquestion: Tell me about a cost cut\n---\n\nSpend doubled. I moved jobs to spot nodes.\n',
      errors: [{ text: 'Spend doubled.' }],
    },
    // "What I learned" is not "what happened".
    {
      code: '> **The mistake:** I split at random.\n>\n> **How I fixed it:** I split by month.\n>\n> **What I learned:** Check leakage.\n',
      errors: [{ text: '**What I learned:**', messageId: 'missingWithLearning' }],
    },
  ],
});

describe('star-missing-result suggestion', () => {
  const suggest = (code: string): string => {
    const [d] = lintWith('star-missing-result', code);
    expect(d?.suggestions?.length).toBe(1);
    expect(d!.fix).toBeUndefined();
    return applyFixes(code, [d!.suggestions![0]!.fix]).text;
  };
  const PROMPT = 'What changed, and by how much (%, $, time saved, latency, users, before → after).';

  it('adds a bold Result after the last part', () => {
    expect(suggest('**Situation:** Spend doubled.\n\n**Action:** I moved jobs.\n')).toBe(
      `**Situation:** Spend doubled.\n\n**Action:** I moved jobs.\n\n**Result:** ${PROMPT}\n`,
    );
  });

  it('puts the Result before a trailing Learning', () => {
    expect(suggest('**Situation:** Spend doubled.\n\n**Action:** I moved jobs.\n\n**Learning:** Measure first.\n')).toBe(
      `**Situation:** Spend doubled.\n\n**Action:** I moved jobs.\n\n**Result:** ${PROMPT}\n\n**Learning:** Measure first.\n`,
    );
  });

  it('writes a heading at the level of the other section headings', () => {
    expect(suggest('## Tell me about a cost cut?\n\n### Situation\n\nSpend doubled.\n\n### Action\n\nI moved jobs.\n')).toBe(
      `## Tell me about a cost cut?\n\n### Situation\n\nSpend doubled.\n\n### Action\n\nI moved jobs.\n\n### Result\n\n${PROMPT}\n`,
    );
  });

  it('writes a letter line for lettered answers and keeps CRLF', () => {
    expect(suggest('S - Spend doubled.\r\nA - I moved jobs.\r\n')).toBe(`S - Spend doubled.\r\nA - I moved jobs.\r\n\r\nR - ${PROMPT}\r\n`);
  });

  it('spells the word out on its own line when the letters do', () => {
    expect(suggest('S – Situation\n\nSpend doubled.\n\nA – Action\n\nI moved jobs.\n')).toBe(
      `S – Situation\n\nSpend doubled.\n\nA – Action\n\nI moved jobs.\n\nR – Result\n\n${PROMPT}\n`,
    );
  });

  it('keeps the line ending of a CR-only file, as the editor edits do', () => {
    expect(suggest('S - Spend doubled.\rA - I moved jobs.\r')).toBe(`S - Spend doubled.\rA - I moved jobs.\r\rR - ${PROMPT}\r`);
  });

  it('stays inside a blockquoted answer', () => {
    expect(suggest('> **The mistake:** I split at random.\n>\n> **How I fixed it:** I split by month.\n>\n> **What I learned:** Check leakage.\n')).toBe(
      `> **The mistake:** I split at random.\n>\n> **How I fixed it:** I split by month.\n>\n> **Result:** ${PROMPT}\n>\n> **What I learned:** Check leakage.\n`,
    );
    expect(suggest('> **The mistake:** I split at random.\n>\n> **How I fixed it:** I split by month.\n')).toBe(
      `> **The mistake:** I split at random.\n>\n> **How I fixed it:** I split by month.\n>\n> **Result:** ${PROMPT}\n`,
    );
  });

  it('inserts at the end of its own answer in a story bank', () => {
    const code =
      '## Tell me about a cost cut?\n\n**Situation:** Spend doubled.\n\n**Action:** I moved jobs.\n\n## Tell me about yourself?\n\nI am an engineer.\n';
    expect(suggest(code)).toBe(
      `## Tell me about a cost cut?\n\n**Situation:** Spend doubled.\n\n**Action:** I moved jobs.\n\n**Result:** ${PROMPT}\n\n## Tell me about yourself?\n\nI am an engineer.\n`,
    );
  });
});
