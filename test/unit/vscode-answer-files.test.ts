import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/core/model/parse.js';
import { createAnswerFileMatcher, DEFAULT_ANSWER_GLOBS, frontMatterMark } from '../../src/vscode/pure/answerFiles.js';

const { matcher } = createAnswerFileMatcher(undefined);
const isAnswer = (relativePath: string | undefined, text = '# Notes\n', enabledByUser = false): boolean =>
  matcher.isAnswer({ relativePath, text, enabledByUser });

describe('which markdown files are interview answers', () => {
  it('matches the documented default folders and suffix', () => {
    expect(DEFAULT_ANSWER_GLOBS).toEqual(['**/answers/**/*.md', '**/interview*/**/*.md', '**/*.answer.md']);
    expect(isAnswer('answers/churn.md')).toBe(true);
    expect(isAnswer('prep/answers/behavioral/conflict.md')).toBe(true);
    expect(isAnswer('interview-prep/pitch.md')).toBe(true);
    expect(isAnswer('interviews/acme/why-acme.md')).toBe(true);
    expect(isAnswer('notes/pitch.answer.md')).toBe(true);
  });

  it('leaves a README and other markdown alone', () => {
    expect(isAnswer('README.md')).toBe(false);
    expect(isAnswer('docs/design.md')).toBe(false);
    expect(isAnswer('answers.md')).toBe(false);
    expect(isAnswer('notes/answers-draft.md')).toBe(false);
    expect(isAnswer('answers/diagram.png')).toBe(false);
    expect(isAnswer(undefined)).toBe(false);
  });

  it('accepts Windows separators and a leading slash', () => {
    expect(isAnswer('answers\\churn.md')).toBe(true);
    expect(isAnswer('/home/me/answers/churn.md')).toBe(true);
  });

  it('front matter interview-lint: true opts in, false opts out even under answers/', () => {
    expect(isAnswer('notes/why.md', '---\ninterview-lint: true\n---\n# Why us?\n')).toBe(true);
    expect(isAnswer('answers/scratch.md', '---\ntitle: x\ninterview-lint: false\n---\ntext\n')).toBe(false);
    expect(isAnswer('notes/why.md', '# Why us?\n\ninterview-lint: true\n')).toBe(false);
  });

  it('the command "Lint this file as an interview answer" opts a file in; front matter false still wins', () => {
    expect(isAnswer('README.md', '# x\n', true)).toBe(true);
    expect(isAnswer('README.md', '---\ninterview-lint: no\n---\n', true)).toBe(false);
  });

  it('reads the front matter mark in its YAML spellings and ignores the body', () => {
    expect(frontMatterMark('---\r\ninterview-lint: yes\r\n---\r\nx')).toBe('on');
    expect(frontMatterMark('---\ninterview-lint: "off"  # not now\n---\n')).toBe('off');
    expect(frontMatterMark('\uFEFF---\nInterview-Lint: TRUE\n---\n')).toBe('on');
    expect(frontMatterMark('---\ninterview-lint-level: true\n---\n')).toBeUndefined();
    expect(frontMatterMark('text\n---\ninterview-lint: true\n---\n')).toBeUndefined();
  });

  it('finds the front matter where the engine does: CR-only line ends count, a `...` fence does not close it', () => {
    const cases: [string, 'on' | 'off' | undefined][] = [
      ['---\rinterview-lint: true\r---\rI think it went well.\r', 'on'],
      ['\uFEFF---\rinterview-lint: off\r---\r', 'off'],
      ['---\r\ninterview-lint: true\r\n---\r\nx', 'on'],
      ['---\ninterview-lint: true\n...\nI think it went well.\n', undefined],
      ['---\rinterview-lint: true\r...\r', undefined],
      ['---\ninterview-lint: true\n', undefined],
    ];
    for (const [text, mark] of cases) {
      expect(frontMatterMark(text), JSON.stringify(text)).toBe(mark);
      // The editor turns a file on or off only from front matter the engine also sets apart.
      expect(parseMarkdown(text).frontMatter !== undefined, JSON.stringify(text)).toBe(mark !== undefined);
    }
  });

  it('uses the globs from the setting instead of the defaults, and reports bad ones', () => {
    const custom = createAnswerFileMatcher(['drafts/**/*.md', '', '[']);
    expect(custom.matcher.isAnswer({ relativePath: 'drafts/q1.md', text: '', enabledByUser: false })).toBe(true);
    expect(custom.matcher.isAnswer({ relativePath: 'answers/q1.md', text: '', enabledByUser: false })).toBe(false);
    expect(custom.badGlobs).toContain('');
  });

  it('an empty list in the setting means the defaults', () => {
    expect(createAnswerFileMatcher([]).matcher.matchesPath('answers/a.md')).toBe(true);
  });
});
