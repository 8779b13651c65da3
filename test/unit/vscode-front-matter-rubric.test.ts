import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findFrontMatter } from '../../src/core/model/frontMatterBlock.js';
import { frontMatterRubricIds } from '../../src/core/score/select.js';
import type { OffsetEdit } from '../../src/vscode/pure/edits.js';
import { setFrontMatterRubric } from '../../src/vscode/pure/frontMatterRubric.js';

function apply(text: string, edit: OffsetEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** The rubric ids the scorer reads from the edited file's front matter. */
function rubricIds(text: string): string[] {
  const block = findFrontMatter(text);
  return block ? frontMatterRubricIds(parse(block.value) as Record<string, unknown>) : [];
}

describe('"Score with rubric...": the front matter edit', () => {
  it('adds a front matter block at the top of a file that has none', () => {
    const text = '# Tell me about a time you failed\n\nI shipped it late.\n';
    const out = apply(text, setFrontMatterRubric(text, 'delivery'));
    expect(out).toBe('---\nrubric: delivery\n---\n\n# Tell me about a time you failed\n\nI shipped it late.\n');
    expect(rubricIds(out)).toEqual(['delivery']);
  });

  it('adds a front matter block to an empty file', () => {
    expect(apply('', setFrontMatterRubric('', 'delivery'))).toBe('---\nrubric: delivery\n---\n');
  });

  it('keeps a byte-order mark first', () => {
    const text = '\uFEFF# Q\n';
    expect(apply(text, setFrontMatterRubric(text, 'delivery'))).toBe('\uFEFF---\nrubric: delivery\n---\n\n# Q\n');
  });

  it('adds the line last in existing front matter and leaves the other keys alone', () => {
    const text = '---\ntitle: Churn\ntags: [ml]\n---\n# Q\n';
    const out = apply(text, setFrontMatterRubric(text, 'tech-attention'));
    expect(out).toBe('---\ntitle: Churn\ntags: [ml]\nrubric: tech-attention\n---\n# Q\n');
    expect(rubricIds(out)).toEqual(['tech-attention']);
  });

  it('fills an empty front matter block', () => {
    const text = '---\n---\n# Q\n';
    expect(apply(text, setFrontMatterRubric(text, 'delivery'))).toBe('---\nrubric: delivery\n---\n# Q\n');
  });

  it('replaces an existing rubric line', () => {
    const text = '---\nrubric: delivery\ninterview-lint: true\n---\n# Q\n';
    const out = apply(text, setFrontMatterRubric(text, 'honesty-floor'));
    expect(out).toBe('---\nrubric: honesty-floor\ninterview-lint: true\n---\n# Q\n');
    expect(rubricIds(out)).toEqual(['honesty-floor']);
  });

  it('replaces a rubric list, inline or in block form, and a rubrics key', () => {
    const inline = '---\nrubric: [delivery, tech-attention]\n---\n';
    expect(apply(inline, setFrontMatterRubric(inline, 'elevator-pitch'))).toBe('---\nrubric: elevator-pitch\n---\n');
    const block = '---\nrubrics:\n  - delivery\n  - tech-attention\ntitle: x\n---\n';
    const out = apply(block, setFrontMatterRubric(block, 'elevator-pitch'));
    expect(out).toBe('---\nrubric: elevator-pitch\ntitle: x\n---\n');
    expect(rubricIds(out)).toEqual(['elevator-pitch']);
  });

  it('does not take a key that only starts with "rubric" or an indented one for the rubric line', () => {
    const text = '---\nrubricNotes: keep\nmeta:\n  rubric: nested\n---\n';
    expect(apply(text, setFrontMatterRubric(text, 'delivery'))).toBe('---\nrubricNotes: keep\nmeta:\n  rubric: nested\nrubric: delivery\n---\n');
  });

  it('writes CRLF line breaks into a CRLF file, with or without front matter', () => {
    const bare = '# Q\r\n\r\nText.\r\n';
    expect(apply(bare, setFrontMatterRubric(bare, 'delivery'))).toBe('---\r\nrubric: delivery\r\n---\r\n\r\n# Q\r\n\r\nText.\r\n');
    const withFm = '---\r\ntitle: x\r\n---\r\n# Q\r\n';
    expect(apply(withFm, setFrontMatterRubric(withFm, 'delivery'))).toBe('---\r\ntitle: x\r\nrubric: delivery\r\n---\r\n# Q\r\n');
    const withRubric = '---\r\nrubric: delivery\r\ntitle: x\r\n---\r\n';
    const out = apply(withRubric, setFrontMatterRubric(withRubric, 'honesty-floor'));
    expect(out).toBe('---\r\nrubric: honesty-floor\r\ntitle: x\r\n---\r\n');
    expect(rubricIds(out)).toEqual(['honesty-floor']);
  });
});
