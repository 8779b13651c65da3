import picomatch from 'picomatch/posix';
import { findFrontMatter } from '../../core/model/frontMatterBlock.js';

/**
 * Which markdown files are interview answers. Linting every markdown file would put hedge
 * warnings on READMEs and design docs, so only answer files are linted: files matched by
 * the globs below (or the user's `interviewLint.files`), files whose front matter says
 * `interview-lint: true`, and files the user turned on with "Lint this file as an
 * interview answer". Front matter `interview-lint: false` turns a file off in any case.
 */
export const DEFAULT_ANSWER_GLOBS: readonly string[] = ['**/answers/**/*.md', '**/interview*/**/*.md', '**/*.answer.md'];

export type FrontMatterMark = 'on' | 'off' | undefined;

const MARK = /^interview-lint[ \t]*:[ \t]*["']?(true|yes|on|false|no|off)["']?[ \t]*(?:#.*)?$/im;
/** Front matter is at the top of a file: a huge file is not scanned to its end for a closing fence. */
const FRONT_MATTER_SCAN = 64_000;

/**
 * Reads `interview-lint: true|false` from the file's YAML front matter, without parsing the
 * YAML. The block is found by the engine's own detector, so the editor decides whether a
 * file is an answer from the same front matter the engine then sets apart.
 */
export function frontMatterMark(text: string): FrontMatterMark {
  const fm = findFrontMatter(text.length > FRONT_MATTER_SCAN ? text.slice(0, FRONT_MATTER_SCAN) : text);
  if (!fm) return undefined;
  const m = MARK.exec(fm.value);
  if (!m) return undefined;
  return /^(?:true|yes|on)$/i.test(m[1]!) ? 'on' : 'off';
}

export interface AnswerFileMatcher {
  /** Whether the globs match `relativePath` (forward slashes, relative to the workspace folder). */
  matchesPath(relativePath: string): boolean;
  /** The whole decision for one file. */
  isAnswer(input: { relativePath: string | undefined; text: string; enabledByUser: boolean }): boolean;
}

/** Builds a matcher from globs; an empty or missing list means the defaults. Bad globs are skipped and returned. */
export function createAnswerFileMatcher(globs: readonly string[] | undefined): { matcher: AnswerFileMatcher; badGlobs: string[] } {
  const list = globs && globs.length > 0 ? globs : DEFAULT_ANSWER_GLOBS;
  const badGlobs: string[] = [];
  const tests: ((p: string) => boolean)[] = [];
  for (const g of list) {
    if (typeof g !== 'string' || g.trim() === '') {
      badGlobs.push(String(g));
      continue;
    }
    try {
      tests.push(picomatch(g.trim(), { dot: true }));
    } catch {
      badGlobs.push(g);
    }
  }
  const matchesPath = (relativePath: string): boolean => {
    const p = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
    return tests.some((t) => t(p));
  };
  return {
    badGlobs,
    matcher: {
      matchesPath,
      isAnswer({ relativePath, text, enabledByUser }) {
        const mark = frontMatterMark(text);
        if (mark === 'off') return false;
        if (mark === 'on' || enabledByUser) return true;
        return relativePath !== undefined && matchesPath(relativePath);
      },
    },
  };
}
