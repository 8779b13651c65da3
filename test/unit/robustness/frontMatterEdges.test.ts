import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index.js';
import { splitAnswers } from '../../../src/core/model/split.js';
import { isSectionHeading } from '../../../src/core/model/labels.js';
import { afterFrontMatter } from '../../../src/vscode/pure/edits.js';

/** Which answer each question heading of `text` opens, as the splitter cuts the file. */
function answerStarts(text: string): string[] {
  return splitAnswers(text, isSectionHeading)
    .filter((c) => c.kind === 'answer')
    .map((c) => text.slice(c.start, c.end).split(/\r?\n/)[0]!);
}

/**
 * The parser, the answer splitter and the editor's "disable in this file" comment agree on
 * where front matter ends (one detector, src/core/model/frontMatterBlock.ts). Before, the
 * splitter had its own: it missed front matter after a byte-order mark, and took "..." as
 * a closing fence and an unclosed block as running to the end of the file, where the
 * parser saw markdown.
 */
describe('robustness: front matter at the edges', () => {
  const bank = '# Q1: Why this role?\n\nI build models.\n\n# Q2: Tell me about a failure?\n\nI missed a deadline.\n';

  it('after a byte-order mark: a "# ...?" line inside it opens no answer, and its data is read', () => {
    const text = '\uFEFF---\ntype: behavioral\n# note to self: keep it short?\n---\n' + bank;
    expect(answerStarts(text)).toEqual(['# Q1: Why this role?', '# Q2: Tell me about a failure?']);
    expect(lint(text).model.frontMatter?.range.start).toBe(1);
    expect(afterFrontMatter(text)).toBe(text.indexOf('# Q1'));
  });

  it('closed by "..." is no front matter for any of them (the parser reads it as markdown)', () => {
    const text = '---\ntype: behavioral\n...\n' + bank;
    expect(lint(text).model.frontMatter).toBeUndefined();
    expect(answerStarts(text)).toEqual(['# Q1: Why this role?', '# Q2: Tell me about a failure?']);
    expect(afterFrontMatter(text)).toBe(0);
  });

  it('never closed: no front matter, and the headings below still split the bank', () => {
    const text = '---\ntype: behavioral\n\n' + bank;
    expect(lint(text).model.frontMatter).toBeUndefined();
    expect(answerStarts(text)).toEqual(['# Q1: Why this role?', '# Q2: Tell me about a failure?']);
  });

  it('fences with trailing spaces, CRLF line breaks, or nothing between them', () => {
    const spaced = '---  \r\ntype: pitch\r\n---\t\r\n# Q1: Why this role?\r\n\r\nI build models.\r\n';
    expect(lint(spaced).model.frontMatter?.data).toEqual({ type: 'pitch' });
    expect(afterFrontMatter(spaced)).toBe(spaced.indexOf('# Q1'));
    const empty = '---\n---\n' + bank;
    expect(afterFrontMatter(empty)).toBe(empty.indexOf('# Q1'));
    expect(answerStarts(empty)).toEqual(['# Q1: Why this role?', '# Q2: Tell me about a failure?']);
    const atEnd = '---\ntype: pitch\n---';
    expect(afterFrontMatter(atEnd)).toBe(atEnd.length);
  });
});
