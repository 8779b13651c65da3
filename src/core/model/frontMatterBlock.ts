/**
 * Where a file's YAML front matter sits. One detector for everything that needs to know:
 * the parser (which blanks it), the answer splitter (no heading inside it starts an answer)
 * and the editor (a file-wide disable comment goes after it).
 */

const BOM = 0xfeff;

/** YAML front matter: its text between the fences, and where the block (fences included) sits. */
export interface FrontMatterBlock {
  value: string;
  start: number;
  end: number;
}

const OPEN_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE_FENCE = /^---[ \t]*$/;

/**
 * Front matter as YAML front matter is read everywhere (and as remark-frontmatter reads it):
 * a `---` line first in the file (after a byte-order mark), up to the next `---` line; no
 * closing fence, no front matter.
 */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const start = text.charCodeAt(0) === BOM ? 1 : 0;
  const open = OPEN_FENCE.exec(start === 0 ? text : text.slice(start));
  if (!open) return undefined;
  const contentStart = start + open[0].length;
  let lineStart = contentStart;
  while (lineStart <= text.length) {
    let eol = lineStart;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    if (CLOSE_FENCE.test(text.slice(lineStart, eol))) {
      // The text between the fences, without the line break that ends it.
      const value = text.slice(contentStart, lineStart).replace(/(?:\r\n|\r|\n)$/, '');
      return { value, start, end: eol };
    }
    if (eol >= text.length) return undefined;
    lineStart = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  return undefined;
}
