import { describe, expect, it } from 'vitest';
import { resolveToolTarget } from '../../src/vscode/pure/toolTarget.js';

const ONE = [{ name: 'prep', path: '/home/me/prep' }];
const TWO = [...ONE, { name: 'notes', path: '/home/me/notes' }];

describe('resolveToolTarget', () => {
  it('takes the active document when no path is given', () => {
    expect(resolveToolTarget({ folders: ONE })).toEqual({ kind: 'active' });
    expect(resolveToolTarget({ path: '  ', folders: ONE })).toEqual({ kind: 'active' });
  });

  it('resolves a workspace-relative path, tidying . and .. inside it', () => {
    expect(resolveToolTarget({ path: 'answers/churn.md', folders: ONE })).toEqual({ kind: 'file', folder: 0, segments: ['answers', 'churn.md'] });
    expect(resolveToolTarget({ path: './answers/../answers/churn.md', folders: ONE })).toEqual({ kind: 'file', folder: 0, segments: ['answers', 'churn.md'] });
    expect(resolveToolTarget({ path: 'answers\\churn.MD', folders: ONE })).toEqual({ kind: 'file', folder: 0, segments: ['answers', 'churn.MD'] });
  });

  it('resolves an absolute path inside a folder, and a folder named first in a multi-root workspace', () => {
    expect(resolveToolTarget({ path: '/home/me/notes/pitch.md', folders: TWO })).toEqual({ kind: 'file', folder: 1, segments: ['pitch.md'] });
    expect(resolveToolTarget({ path: 'notes/pitch.md', folders: TWO })).toEqual({ kind: 'file', folder: 1, segments: ['pitch.md'] });
    expect(resolveToolTarget({ path: 'C:\\Users\\me\\prep\\a.md', folders: [{ name: 'prep', path: '/c:/Users/me/prep' }] })).toEqual({
      kind: 'file',
      folder: 0,
      segments: ['a.md'],
    });
  });

  it('refuses what is not a markdown file in the workspace, naming the field', () => {
    expect(resolveToolTarget({ path: '../secrets.md', folders: ONE })).toEqual({
      kind: 'error',
      message: '"../secrets.md" (field "path") climbs out of the workspace folder',
    });
    expect(resolveToolTarget({ path: '/home/me/prep/../other/a.md', folders: ONE })).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('outside the workspace') as string,
    });
    expect(resolveToolTarget({ path: '/home/me/prepared/a.md', folders: ONE })).toMatchObject({ kind: 'error' });
    expect(resolveToolTarget({ path: '/etc/passwd', folders: ONE })).toEqual({
      kind: 'error',
      message: '"/etc/passwd" (field "path") is not a markdown file: give a .md or .markdown file',
    });
    expect(resolveToolTarget({ path: 42, folders: ONE })).toEqual({ kind: 'error', message: 'the field "path" must be a string, not number' });
    expect(resolveToolTarget({ path: 'a.md', folders: [] })).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('no workspace folder') as string,
    });
  });
});
