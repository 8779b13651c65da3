import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';

// One frozen processor for the whole process: building it costs more than a small parse.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
