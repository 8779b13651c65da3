import type { Nodes } from 'mdast';
import { answerTypeFromContent, answerTypeFromQuestion } from '../detect/answerType.js';
import type { Answer, AnswerType, FrontMatter, OffsetRange, Section, SectionKind } from '../types.js';
import { countWords } from '../text/words.js';
import { LETTER_KINDS, matchLabel } from './labels.js';
import { isQuestionHeading } from './split.js';
import { splitSentences } from './sentences.js';
import { parseFrontMatter } from './frontMatter.js';
import { parseMarkdown } from './parse.js';
import { type Directive, readDirective } from './directives.js';

/** What one answer (chunk) of a file yields, in offsets relative to the chunk. */
export interface ChunkModel {
  answer: Answer;
  frontMatter?: FrontMatter;
  directives: Directive[];
}

export interface BuildOptions {
  /** Index of the answer in its file. */
  index: number;
  kind: 'answer' | 'preamble';
  /** The file's front matter when it is not part of this chunk (later answers of a bank). */
  fileFrontMatter?: FrontMatter;
  /** True when the file holds this one answer only (front matter then describes it). */
  soleAnswer: boolean;
}

// "Q1:", "Interviewer:", and a follow-up the interviewer asks mid-answer ("**Follow-up:** so what did you do?").
const QUESTION_LINE = /^(?:\*\*|__)?(?:q\s*\d*|question\s*\d*|interviewer|follow[- ]?up(?: question)?)\s*[:.)](?:\*\*|__)?\s*/i;
const ANSWER_MARKER = /^(?:a\s*\d*|answer|me|candidate)\s*[:.)]\s+/i;
const LETTER_LINE = /^([STAR])\s*(?:[-–—:)])\s*/;
const WORD_LABEL = /^([A-Za-z][A-Za-z '’/&+,]{0,38}?(?:\s*\([^)\n]{0,24}\))?)\s*(?::|\s[-–—]\s|—|–)\s*/;
const OPENING_QUESTION = /^[^.!?\n]{1,200}\?/;
const SECOND_PERSON = /\b(?:you|your|you['’](?:ve|re|d|ll))\b/i;
// Emoji before a label ("📈 **Result:**") decorate it.
const DECORATION = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D\u20E3]+[ \t]*)+/u;
// A further letter label on the same line, after a sentence ends: "S - Slow jobs. T - I owned the fix."
const INLINE_LETTER = /[.!?]["'”’)]*\s+([STAR])\s*[-–—:]\s+/g;

interface Walk {
  text: string;
  /** The candidate's words in place, everything else a space (line breaks kept): UTF-16 code units. */
  prose: Uint16Array;
  paragraphs: OffsetRange[];
  headings: { text: string; range: OffsetRange; level: number }[];
  strongStarts: Map<number, { start: number; end: number; text: string }>;
  interviewer: { text: string; range: OffsetRange }[];
  directives: Directive[];
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

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
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

/** The text with everything but the candidate's words as spaces, line breaks kept. */
function blankCopy(text: string): Uint16Array {
  const prose = new Uint16Array(text.length).fill(SPACE);
  // Line breaks are few: find them natively instead of testing every character.
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) prose[i] = LF;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) prose[i] = CR;
  return prose;
}

/** Code units to a string, in slices: one call with a huge argument list would overflow the stack. */
function toText(units: Uint16Array): string {
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
    case 'inlineCode':
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
function walk(w: Walk, root: Nodes): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(w, node)) pushChildren(stack, node);
  }
}

/**
 * `prose` with the given ranges as spaces (line breaks kept). The ranges are few (labels,
 * question lines, answer markers): slicing the string costs less than a second conversion
 * of the whole code-unit buffer.
 */
function blankRanges(prose: string, ranges: OffsetRange[]): string {
  if (ranges.length === 0) return prose;
  ranges.sort((a, b) => a.start - b.start);
  let out = '';
  let copied = 0;
  for (const r of ranges) {
    const start = Math.max(r.start, copied);
    if (r.end <= start) continue;
    out += prose.slice(copied, start) + prose.slice(start, r.end).replace(/[^\r\n]/g, ' ');
    copied = r.end;
  }
  return out + prose.slice(copied);
}

interface LabelHit {
  kinds: SectionKind[];
  label: string;
  style: Section['style'];
  range: OffsetRange;
  /** Where the section's content begins (after the label's punctuation). */
  contentStart: number;
  letter?: string;
}

function lineEnd(prose: string, i: number, limit: number): number {
  while (i < limit) {
    const c = prose.charCodeAt(i);
    if (c === LF || c === CR) break;
    i++;
  }
  return i;
}

/** Labels, question lines and answer markers at the start of each line of each paragraph (`prose` as a string, before labels are blanked). */
function scanLines(
  w: Walk,
  prose: string,
): { labels: LabelHit[]; letters: LabelHit[]; questionLines: { text: string; range: OffsetRange }[]; answerMarkers: OffsetRange[] } {
  const labels: LabelHit[] = [];
  const letters: LabelHit[] = [];
  const questionLines: { text: string; range: OffsetRange }[] = [];
  const answerMarkers: OffsetRange[] = [];
  for (const p of w.paragraphs) {
    let i = p.start;
    let lettered = false;
    let inlineFrom = 0;
    while (i < p.end) {
      while (i < p.end && (prose.charCodeAt(i) === SPACE || prose.charCodeAt(i) === TAB)) i++;
      const eol = lineEnd(prose, i, p.end);
      // Emoji are outside ASCII: most lines need no decoration check.
      const decoration = prose.charCodeAt(i) > 127 ? DECORATION.exec(prose.slice(i, Math.min(eol, i + 16))) : null;
      if (decoration && i + decoration[0].length < eol) i += decoration[0].length;
      if (i < eol) {
        const line = prose.slice(i, eol);
        let lineKinds: SectionKind[] | undefined;
        const strong = w.strongStarts.get(i);
        const strongKinds = strong ? matchLabel(strong.text) : undefined;
        let m: RegExpExecArray | null;
        if (strong && strongKinds) {
          let after = strong.end;
          const rest = /^\s*[:—–-]?\s*/.exec(w.text.slice(after, Math.min(eol, after + 4)));
          after += rest ? rest[0].length : 0;
          labels.push({
            kinds: strongKinds,
            label: strong.text.replace(/[\s:—–-]+$/, ''),
            style: 'bold',
            range: { start: strong.start, end: strong.end },
            contentStart: after,
          });
        } else if ((m = QUESTION_LINE.exec(line))) {
          questionLines.push({ text: line.slice(m[0].length).trim(), range: { start: i, end: eol } });
        } else if ((m = LETTER_LINE.exec(line))) {
          const kind = LETTER_KINDS[m[1]!.toLowerCase()]!;
          letters.push({
            kinds: [kind],
            label: m[1]!,
            style: 'letter',
            range: { start: i, end: i + m[0].trimEnd().length },
            contentStart: i + m[0].length,
            letter: m[1]!,
          });
          lettered = true;
          inlineFrom = m[0].length;
        } else if ((m = WORD_LABEL.exec(line))) {
          const kinds = matchLabel(m[1]!);
          if (kinds)
            labels.push({ kinds, label: m[1]!.trim(), style: 'prefix', range: { start: i, end: i + m[0].trimEnd().length }, contentStart: i + m[0].length });
          else if ((m = ANSWER_MARKER.exec(line))) answerMarkers.push({ start: i, end: i + m[0].length });
        } else if (line.trimEnd().length <= 40 && (lineKinds = matchLabel(line.trimEnd()))) {
          // A label alone on its line, as pasted from plain text: "Situation" then the story below.
          labels.push({
            kinds: lineKinds,
            label: line.trimEnd(),
            style: 'prefix',
            range: { start: i, end: i + line.trimEnd().length },
            contentStart: i + line.trimEnd().length,
          });
        } else if ((m = ANSWER_MARKER.exec(line))) {
          answerMarkers.push({ start: i, end: i + m[0].length });
        }
        // Once a paragraph is lettered, later parts may follow on the same or a wrapped line.
        if (lettered) {
          INLINE_LETTER.lastIndex = inlineFrom;
          let n: RegExpExecArray | null;
          while ((n = INLINE_LETTER.exec(line)) !== null) {
            const letter = n[1]!;
            const at = i + n.index + n[0].search(/[STAR]\s*[-–—:]\s+$/);
            letters.push({
              kinds: [LETTER_KINDS[letter.toLowerCase()]!],
              label: letter,
              style: 'letter',
              range: { start: at, end: i + n.index + n[0].trimEnd().length },
              contentStart: i + n.index + n[0].length,
              letter,
            });
          }
        }
        inlineFrom = 0;
      }
      i = eol + 1;
    }
  }
  return { labels, letters, questionLines, answerMarkers };
}

function answerTypeFrom(value: unknown): AnswerType | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.toLowerCase().replace(/[\s_]+/g, '-');
  if (/pitch|elevator|intro|about-yourself/.test(v)) return 'pitch';
  if (/star|behavio|story/.test(v)) return 'behavioral';
  if (/technical|concept|definition|system-design/.test(v)) return 'technical';
  if (/project|walk-?through/.test(v)) return 'project';
  if (/honesty|gap/.test(v)) return 'honesty';
  if (v === 'general' || v === 'other') return 'general';
  return undefined;
}

function isStarFrontMatter(data: Record<string, unknown> | undefined): boolean {
  if (!data) return false;
  const f = data['format'] ?? data['framework'] ?? data['structure'];
  if (typeof f === 'string' && /^star$/i.test(f.trim())) return true;
  return data['star'] === true;
}

export function buildChunkModel(text: string, opts: BuildOptions): ChunkModel {
  const { tree, frontMatter: block } = parseMarkdown(text);
  const w: Walk = {
    text,
    prose: blankCopy(text),
    paragraphs: [],
    headings: [],
    strongStarts: new Map(),
    interviewer: [],
    directives: [],
  };
  if (block) w.frontMatter = parseFrontMatter(block.value, { start: block.start, end: block.end });
  walk(w, tree);

  const scanned = toText(w.prose);
  const { labels, letters, questionLines, answerMarkers } = scanLines(w, scanned);
  const hasQuestionLines = questionLines.length > 0 || w.interviewer.length > 0;
  // Under "Q:" lines an "A:" line is the answer marker, unless an S or T letter came first
  // (then it is the Action of a lettered STAR answer).
  letters.sort((a, b) => a.range.start - b.range.start);
  let seenSituationOrTask = false;
  const starLetters = letters.filter((l) => {
    if (l.letter === 'S' || l.letter === 'T') seenSituationOrTask = true;
    return !(hasQuestionLines && l.letter === 'A' && !seenSituationOrTask);
  });
  const letterSet = new Set(starLetters.map((l) => l.letter));
  const acceptedLetters = letterSet.size >= 2 ? starLetters : [];
  for (const l of letters) {
    if (!acceptedLetters.includes(l) && hasQuestionLines && l.letter === 'A') answerMarkers.push({ start: l.range.start, end: l.contentStart });
  }

  const hits: LabelHit[] = [...labels, ...acceptedLetters];
  for (const h of w.headings) {
    const kinds = matchLabel(h.text);
    if (kinds) hits.push({ kinds, label: h.text.replace(/[\s:—–-]+$/, ''), style: 'heading', range: h.range, contentStart: h.range.end });
  }
  hits.sort((a, b) => a.range.start - b.range.start);

  const blanked: OffsetRange[] = [];
  for (const h of hits) blanked.push({ start: h.range.start, end: h.contentStart });
  for (const q of questionLines) blanked.push(q.range);
  for (const a of answerMarkers) blanked.push(a);

  const sections: Section[] = hits.map((h, i) => ({
    kinds: h.kinds,
    label: h.label,
    style: h.style,
    labelRange: h.range,
    range: { start: h.range.start, end: hits[i + 1]?.range.start ?? text.length },
  }));

  const frontMatter = w.frontMatter;
  const fm = (frontMatter ?? opts.fileFrontMatter)?.data;
  const fmApplies = opts.soleAnswer || frontMatter !== undefined;

  // The question: a question heading, an interviewer line or quote, or front matter.
  let question: Answer['question'];
  const qHeading = w.headings.find((h) => isQuestionHeading(h.text) && !matchLabel(h.text));
  if (qHeading) question = { text: qHeading.text, range: qHeading.range };
  else if (questionLines[0]) question = questionLines[0];
  else if (w.interviewer[0]) question = w.interviewer[0];
  else if (fmApplies && typeof fm?.['question'] === 'string') question = { text: fm['question'], range: frontMatter?.range ?? { start: 0, end: 0 } };

  const starKinds = new Set<SectionKind>();
  for (const s of sections) for (const k of s.kinds) if (k !== 'learning') starKinds.add(k);
  const starShaped = starKinds.size >= 2 || (fmApplies && isStarFrontMatter(fm));

  let type: AnswerType = 'general';
  let typeSource: Answer['typeSource'] = 'default';
  const fmType = fmApplies ? answerTypeFrom(fm?.['type']) : undefined;
  const headingType = question ? answerTypeFromQuestion(question.text) : w.headings[0] ? answerTypeFromQuestion(w.headings[0].text) : undefined;
  if (fmType) {
    type = fmType;
    typeSource = 'front-matter';
  } else if (headingType) {
    type = headingType;
    typeSource = 'heading';
  } else if (starShaped) {
    type = 'behavioral';
  }

  const prose = blankRanges(scanned, blanked);
  if (typeSource === 'default' && !starShaped && opts.kind === 'answer') {
    type = answerTypeFromContent(prose);
    typeSource = 'content';
  }
  const sentences = splitSentences(
    prose,
    w.paragraphs,
    hits.map((h) => h.contentStart),
    sections,
  );

  return {
    answer: {
      index: opts.index,
      range: { start: 0, end: text.length },
      ...(question ? { question } : {}),
      type,
      typeSource,
      starShaped: opts.kind === 'answer' && starShaped,
      sections,
      prose,
      proseStart: 0,
      sentences,
      wordCount: countWords(prose),
      kind: opts.kind,
    },
    ...(frontMatter ? { frontMatter } : {}),
    directives: w.directives,
  };
}
