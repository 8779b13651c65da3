/**
 * The scan of each paragraph's lines for what marks the parts of an answer: section labels
 * ("**Result:**", "Situation -", a label alone on its line), STAR letters ("S - ..."),
 * the interviewer's question lines and the candidate's answer markers ("A:").
 */
import type { OffsetRange, Section, SectionKind } from '../types.js';
import { LETTER_KINDS, matchLabel } from './labels.js';
import { CR, LF, QUESTION_LINE, SPACE, TAB, type Walk } from './walk.js';

const ANSWER_MARKER = /^(?:a\s*\d*|answer|me|candidate)\s*[:.)]\s+/i;
const LETTER_LINE = /^([STAR])\s*(?:[-–—:)])\s*/;
const WORD_LABEL = /^([A-Za-z][A-Za-z '’/&+,]{0,38}?(?:\s*\([^)\n]{0,24}\))?)\s*(?::|\s[-–—]\s|—|–)\s*/;
const BOLD_LABEL_TAIL = /^[ \t]{0,3}(?:\([^)\n]{0,24}\)[ \t]?(?=[:—–-]|$))?[:—–-]?\s*/;
// Emoji before a label ("📈 **Result:**") decorate it.
const DECORATION = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D\u20E3]+[ \t]*)+/u;
// A further letter label on the same line, after a sentence ends: "S - Slow jobs. T - I owned the fix."
const INLINE_LETTER = /[.!?]["'”’)]*\s+([STAR])\s*[-–—:]\s+/g;
// A further word label after a sentence ends, in a paragraph that opened with one:
// "Situation: ... checkout. Task: I owned the frontend. Action: ..." told as one paragraph.
const INLINE_WORD_LABEL = /[.!?]["'”’)]*\s+([A-Z][A-Za-z '’/&]{0,38}?)\s*:\s+/g;

// What each line pattern needs at the start of the line, tested by code before the pattern runs:
// most lines of an answer are prose that none of them matches, and a pattern call costs more
// than the test. Under the non-Unicode "i" flag an ASCII letter matches its own two cases only.
const lower = (c: number): number => c | 0x20;
/** "**", "__", "Q", "Question", "Interviewer", "Follow-up". */
const mayOpenQuestion = (c: number): boolean => c === 42 || c === 95 || lower(c) === 113 || lower(c) === 105 || lower(c) === 102;
/** "A", "Answer", "Me", "Candidate". */
const mayOpenAnswer = (c: number): boolean => lower(c) === 97 || lower(c) === 109 || lower(c) === 99;
/** S, T, A or R, in capitals. */
const isStarLetter = (c: number): boolean => c === 83 || c === 84 || c === 65 || c === 82;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A word label ends at a colon, a dash or a hyphen: a line with none of them holds none. */
const LABEL_MARK = /[:\-–—]/;
const hasLabelMark = (line: string): boolean => LABEL_MARK.test(line);

/** A section label (heading, bold or prefix) or a STAR letter, and where its content starts. */
export interface LabelHit {
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

/** What the scan finds, in offsets of the chunk's text. */
export interface ScannedLines {
  labels: LabelHit[];
  letters: LabelHit[];
  questionLines: { text: string; range: OffsetRange }[];
  answerMarkers: OffsetRange[];
}

/**
 * Labels, question lines and answer markers at the start of each line of each paragraph
 * (`prose` as a string, before labels are blanked).
 */
export function scanLines(w: Walk, prose: string): ScannedLines {
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
          // A time budget copied from a skeleton belongs to the label: "**Result** (30 sec):".
          const rest = BOLD_LABEL_TAIL.exec(w.text.slice(after, Math.min(eol, after + 32)));
          after += rest ? rest[0].length : 0;
          labels.push({
            kinds: strongKinds,
            label: strong.text.replace(/[\s:—–-]+$/, ''),
            style: 'bold',
            range: { start: strong.start, end: strong.end },
            contentStart: after,
          });
        } else if (mayOpenQuestion(line.charCodeAt(0)) && (m = QUESTION_LINE.exec(line))) {
          questionLines.push({ text: line.slice(m[0].length).trim(), range: { start: i, end: eol } });
        } else if (isStarLetter(line.charCodeAt(0)) && (m = LETTER_LINE.exec(line))) {
          const kind = LETTER_KINDS[m[1]!.toLowerCase()]!;
          // "S – Situation" alone on its line: the word spelled out is the label too, not a claim.
          const spelled = line.length - m[0].length <= 24 && matchLabel(line.slice(m[0].length).trimEnd())?.includes(kind);
          const labelEnd = spelled ? line.trimEnd().length : m[0].trimEnd().length;
          letters.push({
            kinds: [kind],
            label: m[1]!,
            style: 'letter',
            range: { start: i, end: i + labelEnd },
            contentStart: spelled ? eol : i + m[0].length,
            letter: m[1]!,
          });
          lettered = true;
          inlineFrom = spelled ? line.length : m[0].length;
        } else if (isAsciiLetter(line.charCodeAt(0)) && hasLabelMark(line) && (m = WORD_LABEL.exec(line))) {
          const kinds = matchLabel(m[1]!);
          if (kinds) {
            labels.push({ kinds, label: m[1]!.trim(), style: 'prefix', range: { start: i, end: i + m[0].trimEnd().length }, contentStart: i + m[0].length });
            inlineLabels(line, i, m[0].length, labels);
          } else if (mayOpenAnswer(line.charCodeAt(0)) && (m = ANSWER_MARKER.exec(line))) answerMarkers.push({ start: i, end: i + m[0].length });
        } else if (line.trimEnd().length <= 40 && (lineKinds = matchLabel(line.trimEnd()))) {
          // A label alone on its line, as pasted from plain text: "Situation" then the story below.
          labels.push({
            kinds: lineKinds,
            label: line.trimEnd(),
            style: 'prefix',
            range: { start: i, end: i + line.trimEnd().length },
            contentStart: i + line.trimEnd().length,
          });
        } else if (mayOpenAnswer(line.charCodeAt(0)) && (m = ANSWER_MARKER.exec(line))) {
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

// "... the results it expected (Situation). Management wanted it confirmed (Task)." A label in
// brackets after the text it names, at the end of a sentence or a line.
const TRAILING_LABEL = /\(\s*([A-Za-z][A-Za-z ]{0,23}?)\s*\)(?=[.!?;:]?["'”’]?(?:\s|$))/g;

/**
 * Labels written in brackets after their part. Each closes the part it names, so they count
 * only when at least two parts of a story are marked this way: one "(context)" is an aside.
 */
export function scanTrailingLabels(w: Walk, prose: string): LabelHit[] {
  const out: LabelHit[] = [];
  const parts = new Set<SectionKind>();
  for (const p of w.paragraphs) {
    const para = prose.slice(p.start, p.end);
    if (!para.includes('(')) continue;
    TRAILING_LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TRAILING_LABEL.exec(para)) !== null) {
      // The text it names comes before it on its line.
      const before = para.slice(0, m.index);
      const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
      if (before.slice(lineStart).trim().length === 0) continue;
      const kinds = matchLabel(m[1]!);
      if (!kinds) continue;
      for (const k of kinds) if (k !== 'learning') parts.add(k);
      const start = p.start + m.index;
      const end = start + m[0].length;
      out.push({ kinds, label: m[1]!.trim(), style: 'trailing', range: { start, end }, contentStart: end });
    }
  }
  return parts.size >= 2 ? out : [];
}

/** Word labels later in a line that opened with one, each after the end of a sentence. */
function inlineLabels(line: string, lineStart: number, from: number, labels: LabelHit[]): void {
  INLINE_WORD_LABEL.lastIndex = from;
  let n: RegExpExecArray | null;
  while ((n = INLINE_WORD_LABEL.exec(line)) !== null) {
    const kinds = matchLabel(n[1]!);
    if (!kinds) continue;
    const at = lineStart + n.index + n[0].indexOf(n[1]!);
    labels.push({
      kinds,
      label: n[1]!.trim(),
      style: 'prefix',
      range: { start: at, end: lineStart + n.index + n[0].trimEnd().length },
      contentStart: lineStart + n.index + n[0].length,
    });
  }
}
