/**
 * Splits a file into answers before parsing. A story bank can hold hundreds of answers;
 * parsing each on its own keeps remark at its small-document speed (its cost per byte
 * grows with document size) and lets the engine reuse the results of unchanged answers
 * on every keystroke. The scan is line-based and tracks front matter, code fences and
 * HTML comments so that a heading-like line inside them never splits an answer.
 */

import { findFrontMatter } from './frontMatterBlock.js';

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

// Section labels repeat across the answers of a bank ("### Situation" hundreds of times):
// remember each heading's verdict so a keystroke does not re-match every label.
const labelVerdicts = new WeakMap<(heading: string) => boolean, Map<string, boolean>>();

function memoLabel(isSectionLabel: (heading: string) => boolean): (heading: string) => boolean {
  let seen = labelVerdicts.get(isSectionLabel);
  if (!seen) labelVerdicts.set(isSectionLabel, (seen = new Map<string, boolean>()));
  const verdicts = seen;
  return (heading) => {
    let v = verdicts.get(heading);
    if (v === undefined) {
      if (verdicts.size >= 4096) verdicts.clear();
      v = isSectionLabel(heading);
      verdicts.set(heading, v);
    }
    return v;
  };
}

// Heading lines repeat too ("## Result", "### Situation"); a line's parse depends on its text only.
const atxLines = new Map<string, { level: number; text: string } | null>();

function atxHeading(line: string): { level: number; text: string } | null {
  let h = atxLines.get(line);
  if (h === undefined) {
    const m = ATX.exec(line);
    h = m ? { level: m[1]!.length, text: (m[2] ?? '').trim() } : null;
    if (atxLines.size >= 4096) atxLines.clear();
    atxLines.set(line, h);
  }
  return h;
}

const questionVerdicts = new Map<string, boolean>();

function isQuestionHeadingMemo(text: string): boolean {
  let v = questionVerdicts.get(text);
  if (v === undefined) {
    v = isQuestionHeading(text);
    if (questionVerdicts.size >= 4096) questionVerdicts.clear();
    questionVerdicts.set(text, v);
  }
  return v;
}

const SPACE = 32;
const HASH = 35;
const BACKTICK = 96;
const TILDE = 126;
const LT = 60;

/** Offset of the first character after at most three leading spaces of the line at `pos`. */
function indentEnd(text: string, pos: number, eol: number): number {
  let i = pos;
  while (i < eol && i - pos < 3 && text.charCodeAt(i) === SPACE) i++;
  return i;
}

/**
 * ATX headings outside front matter, code fences and HTML comments, minus section labels.
 * Runs on every keystroke over the whole file, so a line is only sliced and matched when
 * its first non-space character can start a fence, a comment or a heading.
 */
function scanHeadings(text: string, isSectionLabel: (heading: string) => boolean): HeadingLine[] {
  const isLabel = memoLabel(isSectionLabel);
  const headings: HeadingLine[] = [];
  const length = text.length;
  // The next \n and \r at or after `pos`, found natively and searched again only once passed.
  let nextLf = -2;
  let nextCr = -2;
  let pos = 0;
  let fence: { char: number; length: number } | undefined;
  let inComment = false;
  // Where the next "-->" starts: searched once, not once per line of a long comment.
  let commentClose = -1;
  // Front matter is YAML: a "# comment" line in it is no heading. Found as the parser finds it.
  const frontMatter = findFrontMatter(text);
  if (frontMatter) pos = lineAfter(text, frontMatter.end);
  while (pos < length) {
    if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    const eol = Math.min(nextLf === -1 ? length : nextLf, nextCr === -1 ? length : nextCr);
    const next = text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;

    if (fence) {
      if (text.charCodeAt(indentEnd(text, pos, eol)) === fence.char) {
        const m = FENCE.exec(text.slice(pos, eol));
        if (m && m[1]!.charCodeAt(0) === fence.char && m[1]!.length >= fence.length && m[2]!.trim() === '') fence = undefined;
      }
    } else if (inComment) {
      if (commentClose !== -1 && commentClose < pos) commentClose = text.indexOf('-->', pos);
      if (commentClose !== -1 && commentClose + 3 <= eol) inComment = false;
    } else {
      const c = text.charCodeAt(indentEnd(text, pos, eol));
      if (c === BACKTICK || c === TILDE || c === LT || c === HASH) {
        const line = text.slice(pos, eol);
        const f = c === BACKTICK || c === TILDE ? FENCE.exec(line) : null;
        if (f && !(f[1]![0] === '`' && f[2]!.includes('`'))) {
          fence = { char: f[1]!.charCodeAt(0), length: f[1]!.length };
        } else if (c === LT && /^ {0,3}<!--/.test(line)) {
          if (!line.slice(line.indexOf('<!--') + 4).includes('-->')) {
            inComment = true;
            commentClose = text.indexOf('-->', next);
          }
        } else if (c === HASH) {
          const h = atxHeading(line);
          if (h && !isLabel(h.text)) headings.push({ start: pos, level: h.level, text: h.text });
        }
      }
    }
    pos = next;
  }
  return headings;
}

/** Start of the line after the one that ends at `eol`. */
function lineAfter(text: string, eol: number): number {
  return text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
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
  const questions = headings.map((h) => isQuestionHeadingMemo(h.text));
  if (!questions.includes(true)) return [{ start: 0, end: text.length, kind: 'answer' }];

  const chunks: Chunk[] = [];
  let start = 0;
  let kind: ChunkKind = 'preamble';
  let answerLevel: number | undefined;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    if (answerLevel !== undefined && h.level > answerLevel) continue;
    const question = questions[i]!;
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
