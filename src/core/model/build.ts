/**
 * The model of one answer (chunk) of a file: the walk (`walk.ts`) copies the candidate's
 * words out of the markdown tree, the line scan (`lineScan.ts`) finds labels, STAR letters
 * and question lines, and this module assembles sections, question, answer type and
 * sentences from what they found.
 */
import { answerTypeFromContent, answerTypeFromQuestion } from '../detect/answerType.js';
import type { Answer, AnswerType, FrontMatter, OffsetRange, Section, SectionKind } from '../types.js';
import { countWordsOf } from '../text/words.js';
import { matchLabel } from './labels.js';
import { isQuestionHeading } from './split.js';
import { splitSentences } from './sentences.js';
import { parseFrontMatter } from './frontMatter.js';
import { parseMarkdown } from './parse.js';
import type { Directive } from './directives.js';
import { type LabelHit, scanLines, scanTrailingLabels } from './lineScan.js';
import { blankCopy, toText, walk, type Walk } from './walk.js';

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

/** The first paragraph of each list item, by its start: where an item's words begin. */
function itemParagraphs(w: Walk): Set<number> {
  const out = new Set<number>();
  let p = 0;
  for (const item of w.listItems) {
    while (p < w.paragraphs.length && w.paragraphs[p]!.start < item) p++;
    if (p < w.paragraphs.length) out.add(w.paragraphs[p]!.start);
  }
  return out;
}

export function buildChunkModel(text: string, opts: BuildOptions): ChunkModel {
  const { tree, frontMatter: block } = parseMarkdown(text);
  const w: Walk = {
    text,
    prose: blankCopy(text),
    paragraphs: [],
    listItems: [],
    headings: [],
    strongStarts: new Map(),
    interviewer: [],
    directives: [],
    indentedCode: [],
    inlineCode: [],
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
  // Labels in brackets after their parts are read only in an answer labelled no other way.
  const trailing = hits.length === 0 ? scanTrailingLabels(w, scanned) : [];

  const blanked: OffsetRange[] = [];
  for (const h of hits) blanked.push({ start: h.range.start, end: h.contentStart });
  for (const h of trailing) blanked.push(h.range);
  for (const q of questionLines) blanked.push(q.range);
  for (const a of answerMarkers) blanked.push(a);

  const sections: Section[] = hits.map((h, i) => ({
    kinds: h.kinds,
    label: h.label,
    style: h.style,
    labelRange: h.range,
    range: { start: h.range.start, end: hits[i + 1]?.range.start ?? text.length },
  }));
  // "Issue: the job died. Impact: the reports were late. Resolution: I tuned it": an impact told
  // after the setting and before any step is what the problem cost, part of the setting. An
  // impact told first, or after the steps, stays the result.
  const firstStep = sections.findIndex((s) => s.kinds.includes('action'));
  for (let i = 1; i < firstStep; i++) {
    const s = sections[i]!;
    const afterSetting = sections[i - 1]!.kinds.every((k) => k === 'situation' || k === 'task');
    if (afterSetting && s.kinds.length === 1 && s.kinds[0] === 'result' && /\bimpact\b/i.test(s.label)) sections[i] = { ...s, kinds: ['situation'] };
  }
  // A bracketed label closes its part: the part runs from the label before it to the label.
  const proseFrom = w.paragraphs[0]?.start ?? 0;
  for (const [i, h] of trailing.entries()) {
    const start = trailing[i - 1]?.range.end ?? proseFrom;
    sections.push({ kinds: h.kinds, label: h.label, style: h.style, labelRange: h.range, range: { start, end: h.range.end } });
  }

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
    [...hits, ...trailing].map((h) => h.contentStart),
    sections,
    itemParagraphs(w),
  );

  const answer: Answer = {
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
    wordCount: 0,
    kind: opts.kind,
    ...(w.indentedCode.length > 0 ? { indentedCode: w.indentedCode } : {}),
    ...(w.inlineCode.length > 0 ? { inlineCode: w.inlineCode } : {}),
  };
  answer.wordCount = countWordsOf(answer, prose);
  return {
    answer,
    ...(frontMatter ? { frontMatter } : {}),
    directives: w.directives,
  };
}
