import { findFrontMatter } from '../../core/model/frontMatterBlock.js';
import { firstLineBreak } from '../../core/text/lineBreak.js';
import type { OffsetEdit } from './edits.js';

/** A top-level `rubric:` or `rubrics:` key, with the indented or list lines that continue its value. */
const RUBRIC_KEY = /^(?:rubric|rubrics)[ \t]*:/;
const CONTINUATION = /^(?:[ \t]+\S|-[ \t]|-$)/;

/**
 * The one edit that makes the file's front matter name `id` as its rubric (`rubric: <id>`):
 * a front matter block is added at the top when there is none, an existing `rubric:` (or
 * `rubrics:`, one id or a list) is replaced, and otherwise the line goes last in the block.
 * The rest of the front matter is left as it is, and new lines end with the file's own line
 * break, so a CRLF file stays CRLF.
 */
export function setFrontMatterRubric(text: string, id: string): OffsetEdit {
  const nl = firstLineBreak(text);
  const line = `rubric: ${id}`;
  const block = findFrontMatter(text);
  if (!block) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { start: at, end: at, text: `---${nl}${line}${nl}---${nl}${text.length > at ? nl : ''}` };
  }
  // The lines between the fences, with their offsets.
  const lines: { start: number; end: number; next: number }[] = [];
  const contentStart = block.start + /^---[ \t]*(?:\r\n|\r|\n)/.exec(text.slice(block.start))![0].length;
  const closeStart = Math.max(text.lastIndexOf('\n', block.end - 1), text.lastIndexOf('\r', block.end - 1)) + 1;
  for (let at = contentStart; at < closeStart;) {
    const m = /\r\n|\r|\n/.exec(text.slice(at, closeStart));
    const end = m ? at + m.index : closeStart;
    const next = m ? end + m[0].length : closeStart;
    lines.push({ start: at, end, next });
    at = next;
  }
  const keyAt = lines.findIndex((l) => RUBRIC_KEY.test(text.slice(l.start, l.end)));
  if (keyAt < 0) return { start: closeStart, end: closeStart, text: `${line}${nl}` };
  let last = keyAt;
  while (last + 1 < lines.length && CONTINUATION.test(text.slice(lines[last + 1]!.start, lines[last + 1]!.end))) last++;
  return { start: lines[keyAt]!.start, end: lines[last]!.end, text: line };
}
