/**
 * The walk over a chunk's markdown tree: it copies the candidate's words into a buffer the
 * size of the text (everything else a space, so offsets stay those of the file) and records
 * what the model is built from: paragraphs, headings, bold runs, interviewer quotes and
 * directives. Code, images, HTML, headings and the interviewer's quotes stay spaces.
 */
import type { Nodes } from 'mdast';
import type { CodeName, FrontMatter, OffsetRange } from '../types.js';
import { type Directive, readDirective } from './directives.js';

// "Q1:", "Interviewer:", and a follow-up the interviewer asks mid-answer ("**Follow-up:** so what did you do?").
// The line scan reads question lines with it too; a quote that opens with one is the interviewer's.
export const QUESTION_LINE = /^(?:\*\*|__)?(?:q\s*\d*|question\s*\d*|interviewer|follow[- ]?up(?: question)?)\s*[:.)](?:\*\*|__)?\s*/i;
const OPENING_QUESTION = /^[^.!?\n]{1,200}\?/;
const SECOND_PERSON = /\b(?:you|your|you['’](?:ve|re|d|ll))\b/i;

/** What the walk records of a chunk, in offsets of the chunk's text. */
export interface Walk {
  text: string;
  /** The candidate's words in place, everything else a space (line breaks kept): UTF-16 code units. */
  prose: Uint16Array;
  paragraphs: OffsetRange[];
  /** Where each list item starts (its marker). */
  listItems: number[];
  headings: { text: string; range: OffsetRange; level: number }[];
  strongStarts: Map<number, { start: number; end: number; text: string }>;
  interviewer: { text: string; range: OffsetRange }[];
  directives: Directive[];
  /** Indented code blocks (four spaces or a tab, no fence): pasted notes often look like this. */
  indentedCode: OffsetRange[];
  /** Inline code spans: names from code (`TotalCharges`), kept out of the prose. */
  inlineCode: CodeName[];
  frontMatter?: FrontMatter;
}

/** Children in document order, pushed reversed so that popping a stack visits them in order. */
function pushChildren(stack: Nodes[], node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
}

// Iterative, not recursive: a line of 10,000 "> " nests 10,000 blockquotes, deeper than the call stack.
function plainText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if ('value' in n && typeof n.value === 'string' && n.type !== 'html') out += n.value;
    else pushChildren(stack, n);
  }
  return out;
}

// Code units the walk and the line scan test for.
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const TAB = 9;
const GT = 62;

function copyText(w: Walk, start: number, end: number): void {
  const { text, prose } = w;
  let lineStart = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      lineStart = true;
      continue;
    }
    // Continuation lines of a quoted or nested paragraph begin with container markers.
    if (lineStart && (c === GT || c === SPACE || c === TAB)) continue;
    lineStart = false;
    prose[i] = c;
  }
}

// One buffer for the copies of all answers up to this long, reused: a typed array of its own per
// answer cost more than filling a view of this one (each new buffer is memory outside the heap
// that the engine allocates, zeroes and tracks). A longer answer gets its own, so that one huge
// answer does not keep a huge buffer alive.
const SHARED_MAX = 1 << 16;
let shared = new Uint16Array(0);

/**
 * The text with everything but the candidate's words as spaces, line breaks kept. The buffer is
 * the shared one for most answers: the next call overwrites it, so read it before then.
 */
export function blankCopy(text: string): Uint16Array {
  let prose: Uint16Array;
  if (text.length <= SHARED_MAX) {
    if (shared.length < text.length) shared = new Uint16Array(Math.min(SHARED_MAX, Math.max(4096, text.length * 2)));
    prose = shared.subarray(0, text.length).fill(SPACE);
  } else prose = new Uint16Array(text.length).fill(SPACE);
  // Line breaks are few: find them natively instead of testing every character.
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) prose[i] = LF;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) prose[i] = CR;
  return prose;
}

// Fatal: a lone surrogate makes it throw instead of becoming U+FFFD; those units take the slow way.
// ignoreBOM: a leading U+FEFF is a code unit like any other here, not a mark to drop.
const UTF16 = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

/**
 * Code units to a string. The decoder copies them natively, several times faster than
 * `String.fromCharCode` over the units; a buffer with a lone surrogate goes that slower way,
 * in slices: one call with a huge argument list would overflow the stack.
 */
export function toText(units: Uint16Array): string {
  try {
    return UTF16.decode(units);
  } catch {
    // A lone surrogate: copied as it is below.
  }
  const SLICE = 8192;
  if (units.length <= SLICE) return String.fromCharCode.apply(null, units as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += SLICE) parts.push(String.fromCharCode.apply(null, units.subarray(i, i + SLICE) as unknown as number[]));
  return parts.join('');
}

function isInterviewerQuote(node: Nodes & { type: 'blockquote' }): boolean {
  const first = node.children[0];
  if (!first || first.type !== 'paragraph') return false;
  const t = plainText(first).trim();
  if (QUESTION_LINE.test(t)) return true;
  // "> do you know Airflow? we run everything on it": a quote that opens by asking the candidate.
  const opening = OPENING_QUESTION.exec(t);
  if (opening && SECOND_PERSON.test(opening[0])) return true;
  return node.children.length === 1 && /\?["'”’)]*$/.test(t) && t.length < 400;
}

/** Records what `node` holds; true when its children are to be visited too. */
function visit(w: Walk, node: Nodes): boolean {
  const pos = node.position;
  const start = pos?.start.offset ?? 0;
  const end = pos?.end.offset ?? start;
  switch (node.type) {
    case 'code':
      if (w.text.charCodeAt(start) === 32 || w.text.charCodeAt(start) === 9) w.indentedCode.push({ start, end });
      return false;
    case 'inlineCode':
      w.inlineCode.push({ start, end, text: node.value });
      return false;
    case 'image':
    case 'imageReference':
    case 'definition':
    case 'thematicBreak':
      return false;
    case 'html': {
      const d = readDirective(node.value, start, end);
      if (d) w.directives.push(d);
      return false;
    }
    case 'text':
      copyText(w, start, end);
      return false;
    case 'heading':
      w.headings.push({ text: plainText(node).trim(), range: { start, end }, level: node.depth });
      return false;
    case 'blockquote':
      if (isInterviewerQuote(node)) {
        w.interviewer.push({ text: plainText(node).trim(), range: { start, end } });
        return false;
      }
      break;
    case 'paragraph':
      w.paragraphs.push({ start, end });
      break;
    case 'listItem':
      w.listItems.push(start);
      break;
    case 'strong': {
      const first = node.children[0];
      const contentStart = first?.position?.start.offset;
      if (contentStart !== undefined) w.strongStarts.set(contentStart, { start, end, text: plainText(node) });
      break;
    }
    case 'link':
    case 'linkReference':
      // The link text is the candidate's words; an autolink's text is its URL.
      if ('url' in node && plainText(node) === node.url) return false;
      break;
    default:
      break;
  }
  return true;
}

/** Visits the tree in document order with an explicit stack (see plainText). */
export function walk(w: Walk, root: Nodes): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(w, node)) pushChildren(stack, node);
  }
}
