import { describe, expect, it } from 'vitest';
import { Linter, applyFixes, fixUntilStable, lint } from '../../src/core/index.js';
import {
  afterFrontMatter,
  disableForLineEdit,
  disableInFileEdit,
  fixAllEdits,
  fixAllSummary,
  spanningEdit,
  type OffsetEdit,
} from '../../src/vscode/pure/edits.js';

function apply(text: string, edit: OffsetEdit | undefined): string {
  if (!edit) return text;
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe('"Disable <rule> for this line"', () => {
  it('inserts a disable-next-line comment above the finding line', () => {
    const text = '# Q\n\nI think we shipped it.\n';
    const at = text.indexOf('I think');
    expect(apply(text, disableForLineEdit(text, at + 2, 'hedge'))).toBe('# Q\n\n<!-- interview-lint-disable-next-line hedge -->\nI think we shipped it.\n');
  });

  it('keeps the indentation and quote markers of the line, and CRLF line ends', () => {
    const text = '# Q\r\n\r\n  > I think so.\r\n';
    expect(apply(text, disableForLineEdit(text, text.indexOf('think'), 'hedge'))).toBe(
      '# Q\r\n\r\n  > <!-- interview-lint-disable-next-line hedge -->\r\n  > I think so.\r\n',
    );
  });

  it('adds a second rule to the comment already above the line, and does nothing when the rule is there', () => {
    const text = '<!-- interview-lint-disable-next-line hedge -->\nUm, I think so.\n';
    const once = apply(text, disableForLineEdit(text, text.indexOf('Um'), 'filler'));
    expect(once).toBe('<!-- interview-lint-disable-next-line hedge filler -->\nUm, I think so.\n');
    expect(disableForLineEdit(once, once.indexOf('Um'), 'filler')).toBeUndefined();
  });

  it('the engine honours the comment it writes', () => {
    const text = '# Tell me about a project\n\nI think we shipped it.\n';
    const before = lint(text).diagnostics.filter((d) => d.ruleId === 'hedge');
    expect(before.length).toBeGreaterThan(0);
    const after = apply(text, disableForLineEdit(text, before[0]!.offsets.start, 'hedge'));
    expect(lint(after).diagnostics.filter((d) => d.ruleId === 'hedge')).toEqual([]);
  });
});

describe('"Disable <rule> in this file"', () => {
  it('goes at the top, after front matter', () => {
    const text = '---\ntype: behavioral\n---\n# Q\n\nUm, yes.\n';
    expect(afterFrontMatter(text)).toBe(text.indexOf('# Q'));
    expect(apply(text, disableInFileEdit(text, 'filler'))).toBe('---\ntype: behavioral\n---\n<!-- interview-lint-disable-file filler -->\n# Q\n\nUm, yes.\n');
  });

  it('goes on the first line when there is no front matter, and extends an existing comment', () => {
    const text = '# Q\n\nUm, I think so.\n';
    const once = apply(text, disableInFileEdit(text, 'filler'));
    expect(once).toBe('<!-- interview-lint-disable-file filler -->\n# Q\n\nUm, I think so.\n');
    expect(apply(once, disableInFileEdit(once, 'hedge'))).toBe('<!-- interview-lint-disable-file filler hedge -->\n# Q\n\nUm, I think so.\n');
    expect(disableInFileEdit(once, 'filler')).toBeUndefined();
  });

  it('gives the comment its own line after front matter at the very end of the file', () => {
    const text = '---\ninterview-lint: true\n---';
    expect(apply(text, disableInFileEdit(text, 'hedge'))).toBe('---\ninterview-lint: true\n---\n<!-- interview-lint-disable-file hedge -->\n');
  });

  it('the engine honours it', () => {
    const text = '---\ntype: behavioral\n---\n# Tell me about a time\n\nUm, I think it basically worked.\n';
    const after = apply(text, disableInFileEdit(text, 'hedge'));
    expect(lint(after).diagnostics.filter((d) => d.ruleId === 'hedge')).toEqual([]);
    expect(lint(after).diagnostics.filter((d) => d.ruleId === 'filler')).toHaveLength(1);
  });
});

describe('"Fix all"', () => {
  it('applies exactly the fixes applyFixes applies, never suggestions', () => {
    const text = '# Tell me about a time you improved a model\n\nUm, so yeah, I think the model is basically better, you know.\n';
    const { diagnostics } = lint(text);
    const edits = fixAllEdits({ text, diagnostics, applyFixes });
    let out = text;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    expect(out).toBe(
      applyFixes(
        text,
        diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
      ).text,
    );
    expect(out).not.toBe(text);
    // The edits never overlap, so VS Code can apply them as one WorkspaceEdit.
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
  });

  it('skips a fix that overlaps one before it', () => {
    const text = 'abcdef';
    const diagnostics = [
      { fix: { range: { start: 0, end: 3 }, text: 'X' } },
      { fix: { range: { start: 2, end: 4 }, text: 'Y' } },
      { fix: { range: { start: 4, end: 6 }, text: 'Z' } },
    ] as unknown as Parameters<typeof fixAllEdits>[0]['diagnostics'];
    expect(fixAllEdits({ text, diagnostics, applyFixes })).toEqual([
      { start: 0, end: 3, text: 'X' },
      { start: 4, end: 6, text: 'Z' },
    ]);
  });
});

describe('"Fix all" with re-linting (what --fix does)', () => {
  // Two fillers side by side overlap: the first pass removes one, the second the other, and
  // only then is "I think" the opener that can go.
  const text = '# Tell me about a time you shipped\n\nUm, uh, I think we shipped it. I built the pipeline myself and cut latency by 40%.\n';
  const relint = { lint: (t: string) => new Linter().lint(t), fixUntilStable };

  it('one pass leaves fixable findings in this answer', () => {
    const once = applyFixes(
      text,
      lint(text).diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
    ).text;
    expect(
      lint(once)
        .diagnostics.filter((d) => d.fix)
        .map((d) => d.ruleId),
    ).not.toEqual([]);
  });

  it('returns one edit that leaves nothing fixable, the same text as the CLI --fix loop', () => {
    const edits = fixAllEdits({ text, diagnostics: lint(text).diagnostics, applyFixes, relint });
    expect(edits).toEqual([{ start: text.indexOf('Um'), end: text.indexOf('we shipped') + 1, text: 'W' }]);
    const fixed = apply(text, edits[0]);
    expect(fixed).toBe('# Tell me about a time you shipped\n\nWe shipped it. I built the pipeline myself and cut latency by 40%.\n');
    expect(fixed).toBe(fixUntilStable({ text, result: lint(text), lint: (t) => lint(t) }).text);
    expect(lint(fixed).diagnostics.filter((d) => d.fix)).toEqual([]);
  });

  it('keeps the per-fix edits when one pass settles everything', () => {
    const simple = '# Tell me about a time\n\nI built the model, um, in two weeks and cut churn by 12%.\n';
    const { diagnostics } = lint(simple);
    expect(fixAllEdits({ text: simple, diagnostics, applyFixes })).toHaveLength(1);
    expect(fixAllEdits({ text: simple, diagnostics, applyFixes, relint })).toEqual(fixAllEdits({ text: simple, diagnostics, applyFixes }));
  });

  it('spanningEdit is the smallest single replacement', () => {
    expect(spanningEdit('abcdef', 'abXYef')).toEqual({ start: 2, end: 4, text: 'XY' });
    expect(spanningEdit('aaa', 'aa')).toEqual({ start: 2, end: 3, text: '' });
    expect(spanningEdit('same', 'same')).toEqual({ start: 4, end: 4, text: '' });
  });
});

describe('fixAllSummary', () => {
  const ds = (...ids: string[]): { ruleId: string }[] => ids.map((ruleId) => ({ ruleId }));
  it('says how many it fixed and which rules need the writer, most findings first', () => {
    expect(
      fixAllSummary(
        ds('hedge', 'hedge', 'filler', 'hedge', 'hedge', 'vague-we', 'result-needs-metric', 'vague-we'),
        ds('result-needs-metric', 'vague-we', 'vague-we'),
      ),
    ).toBe('Fixed 5 of 8; 3 need your words: vague-we, result-needs-metric');
  });
  it('says when everything or nothing was fixed', () => {
    expect(fixAllSummary(ds('hedge', 'filler'), [])).toBe('Fixed 2 of 2.');
    expect(fixAllSummary(ds('vague-we'), ds('vague-we'))).toBe('Nothing to fix automatically (1 found); 1 needs your words: vague-we');
  });
  it('works on a real weak draft', () => {
    const text = '# Tell me about a time you shipped\n\nUm, I think we shipped it. We built the pipeline and it was maybe faster.\n';
    const before = lint(text).diagnostics;
    const after = fixUntilStable({ text, result: lint(text), lint }).result.diagnostics;
    expect(fixAllSummary(before, after)).toBe('Fixed 4 of 5; 1 needs your words: hedge');
  });
});
