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

  it('a 20,000-character line of "- " and of "1. " lints in seconds, not minutes', () => {
    for (const unit of ['- ', '1. ', '> - ', '+ ']) {
      const text = `# Tell me about a time?\n\n${unit.repeat(Math.ceil(20_000 / unit.length))}we shipped it\n`;
      const t0 = performance.now();
      const r = lint(text);
      const ms = performance.now() - t0;
      expect(r.problems.filter((p) => p.kind === 'rule')).toEqual([]);
      expect(ms, `${unit}: ${ms.toFixed(0)} ms`).toBeLessThan(5000);
    }
  });
});
