import type { Nodes, Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { findFrontMatter, type FrontMatterBlock } from './frontMatterBlock.js';
import { LineIndex } from '../text/lineIndex.js';

export { findFrontMatter, type FrontMatterBlock };

// One frozen processor for the whole process: building it costs more than a small parse.
const processor = unified().use(remarkParse).freeze();

const BOM = 0xfeff;

/** Moves every position of the tree `by` code units (iteratively: trees can nest thousands deep). */
function shiftPositions(tree: Root, by: number): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const pos = node.position;
    if (pos) {
      if (pos.start.offset !== undefined) pos.start.offset += by;
      if (pos.end.offset !== undefined) pos.end.offset += by;
      if (pos.start.line === 1) pos.start.column += by;
      if (pos.end.line === 1) pos.end.column += by;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

/** Deeper than any real answer nests lists or quotes; past it the parser's cost explodes. */
export const MAX_NESTING = 20;
const CONTAINER_MARKER = /[ \t]*(?:[-+*]|\d{1,9}[.)]|>)(?=[ \t\r\n]|$)/y;
// A line that opens with more markers than that, found natively. It may also find a line that
// starts after a Unicode line separator: the scan below then decides, as for any other text.
const TOO_DEEP = new RegExp(`^(?:${CONTAINER_MARKER.source}){${MAX_NESTING + 1}}`, 'm');

/**
 * micromark's cost grows with the square (or worse) of the container markers opened on
 * one line: a 20,000-character line of "- - - ..." takes minutes. Markers past
 * MAX_NESTING on a line are blanked to spaces (same length, so every offset holds); the
 * rest of such a line then reads as code or text inside the deepest item.
 */
export function limitNesting(text: string): string {
  if (!TOO_DEEP.test(text)) return text;
  let out = '';
  let copied = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let depth = 0;
    let cut = -1;
    let pos = lineStart;
    CONTAINER_MARKER.lastIndex = pos;
    while (CONTAINER_MARKER.test(text)) {
      depth++;
      pos = CONTAINER_MARKER.lastIndex;
      if (depth === MAX_NESTING) cut = pos;
    }
    if (cut >= 0 && pos > cut) {
      out += text.slice(copied, cut) + text.slice(cut, pos).replace(/[^\t]/g, ' ');
      copied = pos;
    }
    let eol = pos;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    lineStart = eol + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// Spaces and line breaks only: what is left of a chunk that holds nothing but front matter
// (blanked below), such as the preamble before a file's first question.
const BLANK = /^[ \r\n]*$/;

/**
 * The tree the parser gives a blank text: an empty root that spans it. Building the parser's
 * state costs about 30 µs a call, a twentieth of the parse of a 2 KB answer.
 */
function blankTree(text: string): Root {
  const end = new LineIndex(text).position(text.length);
  return { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { ...end, offset: text.length } } };
}

/**
 * Parses an answer. Front matter is found here and blanked to spaces (line breaks kept, so
 * every offset holds) before the parser sees it: it is YAML, not markdown, and a parser
 * extension for it costs more than the scan.
 */
export function parseMarkdown(text: string): { tree: Root; frontMatter?: FrontMatterBlock } {
  const frontMatter = findFrontMatter(text);
  const source = frontMatter
    ? text.slice(0, frontMatter.start) + text.slice(frontMatter.start, frontMatter.end).replace(/[^\r\n]/g, ' ') + text.slice(frontMatter.end)
    : text;
  const tree = BLANK.test(source) ? blankTree(source) : processor.parse(limitNesting(source));
  // micromark skips a leading byte-order mark and counts offsets from after it; the model
  // counts from the start of the text, so without this every range would sit one to the left.
  if (text.charCodeAt(0) === BOM) shiftPositions(tree, 1);
  return frontMatter ? { tree, frontMatter } : { tree };
}
