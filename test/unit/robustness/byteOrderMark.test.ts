import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index.js';
import { allRulesOn, resultViolations } from './checks.js';

/**
 * A text that starts with a byte-order mark (an editor or a pipe may pass one through):
 * every range must point at the same characters as without the mark, one code unit later.
 */
describe('robustness: a leading byte-order mark', () => {
  const config = allRulesOn();
  const drafts = [
    'I think we basically shipped it.\n\n## Result\n\nThe team was happy, um, mostly.\n',
    '---\ntype: behavioral\n---\n# Tell me about a time you failed?\n\n**Situation:** We kind of missed a deadline.\n\n**Action:** I guess I rewrote the pipeline.\r\n',
    '# Q1: Why this role?\r\n\r\nMaybe because I like data.\r\n\r\n# Q2: Tell me about yourself?\r\n\r\nUm, I build models.\r\n',
  ];
  for (const draft of drafts) {
    it(`${JSON.stringify(draft.slice(0, 40))}: the same findings, shifted by one, on the same text`, () => {
      const plain = lint(draft, config);
      const text = `\uFEFF${draft}`;
      const marked = lint(text, config);
      expect(resultViolations(text, marked, config)).toEqual([]);
      const show = (t: string, ds: typeof plain.diagnostics, by: number): string[] =>
        ds.map((d) => `${d.ruleId} ${d.offsets.start + by}-${d.offsets.end + by} ${JSON.stringify(t.slice(d.offsets.start, d.offsets.end))}`);
      expect(show(text, marked.diagnostics, 0)).toEqual(show(draft, plain.diagnostics, 1));
      expect(marked.model.answers.map((a) => a.sections.map((s) => text.slice(s.labelRange.start, s.labelRange.end)))).toEqual(
        plain.model.answers.map((a) => a.sections.map((s) => draft.slice(s.labelRange.start, s.labelRange.end))),
      );
      expect(marked.model.frontMatter?.data).toEqual(plain.model.frontMatter?.data);
      expect(marked.problems).toEqual(plain.problems);
    });
  }
});
