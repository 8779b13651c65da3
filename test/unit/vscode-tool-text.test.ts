import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/core/index.js';
import { lintResultText } from '../../src/vscode/pure/toolText.js';

const CHURN = readFileSync(new URL('../e2e/workspace/answers/churn-model.md', import.meta.url), 'utf8');

describe('lintResultText', () => {
  it('gives one line per finding with its place, severity, rule id and message', () => {
    const lines = lintResultText({ file: 'answers/churn-model.md', result: lint(CHURN), answerFile: true }).split('\n');
    expect(lines[0]).toBe('answers/churn-model.md: 3 problems in 1 answer.');
    expect(lines.slice(1).map((l) => l.split(':').slice(0, 2).join(':'))).toEqual(['7:1 info filler', '13:69 warning hedge', '13:94 warning hedge']);
    expect(lines[1]).toMatch(/^7:1 info filler: "Um" is a spoken filler.* \(fixed by Fix all\)$/);
  });

  it('says when the file is clean, and when the editor would not lint it as an answer', () => {
    const text = lintResultText({
      file: 'notes/plain.md',
      result: lint('# Tell me about yourself\n\nI build forecasts that planners use.\n'),
      answerFile: false,
    });
    expect(text).toBe(
      'notes/plain.md: no problems in 1 answer.\n' + 'The editor does not lint this file as an answer (setting interviewLint.files); it was linted on request.',
    );
  });
});
