import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/core/index.js';
import { lintWith, ruleTester } from '../../helpers/ruleTester.js';

const MESSAGE =
  'These lines are indented four spaces (or a tab), so markdown reads them as a code block: nothing in them is linted or scored. Remove the indent to have them read as your answer.';
const NOTES =
  '# What have you done with Kubernetes?\n\n    Worked on building a Docker orchestration platform, with Kubernetes to deploy the containers.\n    Looked after the masters and the worker nodes, patching them with security updates.\n';

ruleTester('indented-prose', {
  valid: [
    // Code stays code, indented or fenced.
    '# How do you find duplicates?\n\n    SELECT order_id, COUNT(*) FROM orders GROUP BY order_id HAVING COUNT(*) > 1;\n',
    '# Show me the install.\n\n    $ pip install interview-lint and then run the command on every answer file\n',
    '# Q?\n\n    def score(answer):\n        return len(answer.split()) / 150\n',
    "# Q?\n\n```text\nA fenced block of plain words is the writer's choice and is never flagged here.\n```\n",
    // A few indented words are too little to be an answer.
    '# Q?\n\nI log the run ids.\n\n    run_2024_11_03\n',
    // Lines indented inside a list item are the item's, not code.
    '# Q?\n\n- I rebuilt the pipeline on Airflow\n  and moved the joins into dbt models that the analysts already used.\n',
  ],
  invalid: [
    { code: NOTES, errors: [{ text: 'Worked on building a Docker orchestration platform, with Kubernetes to deploy the containers.', message: MESSAGE }] },
    // A block that opens on a line of spaces (and a line separator, which trim() removes) is
    // marked on its first line with words.
    {
      code: '# Why this role?\n\n     \u2028\r    I have spent three years on fraud models and I want to own the decision layer next.\n',
      errors: [{ text: 'I have spent three years on fraud models and I want to own the decision layer next.' }],
    },
    // A tab indents as much as four spaces.
    {
      code: '# Why this role?\n\n\tI have spent three years on fraud models and I want to own the decision layer next.\n',
      errors: [{ text: 'I have spent three years on fraud models and I want to own the decision layer next.' }],
    },
  ],
});

describe('indented-prose suggestion', () => {
  it('takes one indent off every line of the block, and the answer is then read as prose', () => {
    const [d] = lintWith('indented-prose', NOTES);
    expect(d!.fix).toBeUndefined();
    expect(d!.suggestions!.map((s) => s.title)).toEqual(['Remove the indent']);
    const fixed = applyFixes(NOTES, [d!.suggestions![0]!.fix]).text;
    expect(fixed).toBe(
      '# What have you done with Kubernetes?\n\nWorked on building a Docker orchestration platform, with Kubernetes to deploy the containers.\nLooked after the masters and the worker nodes, patching them with security updates.\n',
    );
    expect(lintWith('indented-prose', fixed)).toEqual([]);
  });

  it('keeps CRLF line endings', () => {
    const crlf = NOTES.replace(/\n/g, '\r\n');
    const [d] = lintWith('indented-prose', crlf);
    expect(applyFixes(crlf, [d!.suggestions![0]!.fix]).text).toBe(
      '# What have you done with Kubernetes?\r\n\r\nWorked on building a Docker orchestration platform, with Kubernetes to deploy the containers.\r\nLooked after the masters and the worker nodes, patching them with security updates.\r\n',
    );
  });
});
