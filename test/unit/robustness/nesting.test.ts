import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index.js';
import { limitNesting, MAX_NESTING } from '../../../src/core/model/parse.js';

describe('deeply nested list markers on one line', () => {
  it('are blanked past the limit, keeping the length and every other character', () => {
    const line = '- '.repeat(30) + 'text';
    const out = limitNesting(`intro\n${line}\n- a normal item\n`);
    expect(out.length).toBe(line.length + 23);
    expect(out).toBe(`intro\n${'- '.repeat(MAX_NESTING)}${' '.repeat(20)}text\n- a normal item\n`);
  });

  it('leave ordinary lists, thematic breaks and quotes untouched', () => {
    const text = '- a\n  - b\n    1. c\n---\n> > quoted\n* * *\n';
    expect(limitNesting(text)).toBe(text);
  });

  // Uncapped, the parser's cost grows with the square of the markers on the line (minutes for
  // these); capped, it sees at most MAX_NESTING of them. How the time grows with the length of
  // such a line is measured in longLines.test.ts (a ratio, in the slow tests).
  it('a 20,000-character line of "- " or "1. " reaches the parser with at most MAX_NESTING markers, and lints', () => {
    for (const unit of ['- ', '1. ', '> - ', '+ ']) {
      const line = `${unit.repeat(Math.ceil(20_000 / unit.length))}we shipped it`;
      const limited = limitNesting(`# Tell me about a time?\n\n${line}\n`).split('\n')[2]!;
      expect(limited.length, unit).toBe(line.length);
      expect(limited.match(/(?:^|\s)(?:[-+>]|\d+\.)(?=\s)/g), unit).toHaveLength(MAX_NESTING);
      expect(limited.endsWith(' we shipped it'), unit).toBe(true);
      expect(
        lint(`# Tell me about a time?\n\n${line}\n`).problems.filter((p) => p.kind === 'rule'),
        unit,
      ).toEqual([]);
    }
  });
});
