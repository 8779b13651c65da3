/**
 * Splits a file into answers before parsing. A story bank can hold hundreds of answers;
 * parsing each on its own keeps remark at its small-document speed (its cost per byte
 * grows with document size) and lets the engine reuse the results of unchanged answers
 * on every keystroke. The scan is line-based and tracks front matter, code fences and
 * HTML comments so that a heading-like line inside them never splits an answer.
 */

export type ChunkKind = 'answer' | 'preamble';

export interface Chunk {
  start: number;
  end: number;
  kind: ChunkKind;
}

export interface HeadingLine {
  start: number;
  level: number;
  text: string;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const QUESTION_PREFIX = /^(?:q(?:uestion)?\s*\d*\s*[:.)\-–—]|question\b|interviewer\s*:)/i;

// Prompts written without a question mark ("## Explain the bias-variance trade-off"). Only
// imperatives an interviewer uses: a bare "What went wrong" heading is a part of a story.
const PROMPT = /^["'“‘]?(?:tell (?:me|us)|walk (?:me|us) through|talk (?:me|us) through|describe|explain|give (?:me|us) an example|share an example)\b/i;

/** A heading that states the interviewer's question. */
export function isQuestionHeading(text: string): boolean {
  const t = text.replace(/[*_`]/g, '').trim();
  return /\?["'”’)]*$/.test(t) || QUESTION_PREFIX.test(t) || PROMPT.test(t);
}

/** ATX headings outside front matter, code fences and HTML comments, minus section labels. */
function scanHeadings(text: string, isSectionLabel: (heading: string) => boolean): HeadingLine[] {
  const headings: HeadingLine[] = [];
  let pos = 0;
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  let first = true;
  let inFrontMatter = false;
  while (pos < text.length) {
    let eol = pos;
    while (eol < text.length) {
      const c = text.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      eol++;
    }
    const line = text.slice(pos, eol);
    const next = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;

    if (first) {
      first = false;
      if (line === '---') {
        inFrontMatter = true;
        pos = next;
        continue;
      }
    }
    if (inFrontMatter) {
      if (line === '---' || line === '...') inFrontMatter = false;
    } else if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.length && m[2]!.trim() === '') fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const f = FENCE.exec(line);
      if (f && !(f[1]![0] === '`' && f[2]!.includes('`'))) {
        fence = { char: f[1]![0]!, length: f[1]!.length };
      } else if (/^ {0,3}<!--/.test(line)) {
        if (!line.slice(line.indexOf('<!--') + 4).includes('-->')) inComment = true;
      } else {
        const h = ATX.exec(line);
        if (h) {
          const headingText = (h[2] ?? '').trim();
          if (!isSectionLabel(headingText)) headings.push({ start: pos, level: h[1]!.length, text: headingText });
        }
      }
    }
    pos = next;
  }
  return headings;
}

/**
 * Answers start at question headings. A question heading opens an answer unless it sits
 * inside one already (a deeper "### Follow-up: why XGBoost?" belongs to its parent
 * answer); a non-question heading at or above the open answer's level (a group title
 * such as "# Behavioral") closes it and starts a preamble chunk. Question headings may
 * sit at different levels in one bank ("## Why this role?" next to "#### Q10: ..."
 * under a group title). Section headings ("## Result") never split.
 */
export function splitAnswers(text: string, isSectionLabel: (heading: string) => boolean): Chunk[] {
  const headings = scanHeadings(text, isSectionLabel);
  if (!headings.some((h) => isQuestionHeading(h.text))) return [{ start: 0, end: text.length, kind: 'answer' }];

  const chunks: Chunk[] = [];
  let start = 0;
  let kind: ChunkKind = 'preamble';
  let answerLevel: number | undefined;
  for (const h of headings) {
    if (answerLevel !== undefined && h.level > answerLevel) continue;
    const question = isQuestionHeading(h.text);
    if (h.start > start) chunks.push({ start, end: h.start, kind });
    start = h.start;
    kind = question ? 'answer' : 'preamble';
    answerLevel = question ? h.level : undefined;
  }
  chunks.push({ start, end: text.length, kind });
  // A preamble that holds only a title or front matter is still reported so that every
  // offset belongs to exactly one chunk; rules decide what to check in it.
  return chunks;
}
