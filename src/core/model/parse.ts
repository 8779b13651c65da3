import type { Nodes, Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';

// One frozen processor for the whole process: building it costs more than a small parse.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

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

export function parseMarkdown(text: string): Root {
  const tree = processor.parse(text) as Root;
  // micromark skips a leading byte-order mark and counts offsets from after it; the model
  // counts from the start of the text, so without this every range would sit one to the left.
  if (text.charCodeAt(0) === BOM) shiftPositions(tree, 1);
  return tree;
}
