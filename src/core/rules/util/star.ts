import type { Answer, OffsetRange, Section } from '../../types.js';

/** Where a STAR finding about the answer as a whole points: its last section label, else its question, else its first sentence. */
export function answerAnchor(answer: Answer, text: string): OffsetRange | undefined {
  const last = answer.sections[answer.sections.length - 1];
  if (last) return last.labelRange;
  const q = answer.question;
  // A question taken from front matter has the front matter's range: too wide to point at.
  if (q && !text.slice(q.range.start, q.range.end).startsWith('---')) return firstLine(text, q.range);
  const first = answer.sentences[0];
  return first ? { start: first.start, end: first.end } : undefined;
}

function firstLine(text: string, r: OffsetRange): OffsetRange {
  const nl = text.slice(r.start, r.end).search(/[\r\n]/);
  return nl < 0 ? r : { start: r.start, end: r.start + nl };
}

/** The container markers ("> ", "  ") before `at` on its line, when only markers precede it. */
export function linePrefix(text: string, at: number): string {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  const before = text.slice(i, at);
  return /^[ \t>]*$/.test(before) ? before : '';
}

// A STAR letter with its word spelled out after it: "S – Situation".
const SPELLED_LETTER = /^([STAR]\s*[-–—:)]\s*)\p{L}{2,}/u;

/** A new label written the way the answer writes its others: "## Result", "**Result:**", "Result:", "R -". */
export function labelLike(text: string, model: Section | undefined, word: string): string {
  if (!model) return `**${word}:**`;
  const written = text.slice(model.labelRange.start, model.labelRange.end);
  switch (model.style) {
    case 'heading': {
      const hashes = /^\s*(#{1,6})/.exec(written)?.[1] ?? '##';
      return `${hashes} ${word}`;
    }
    case 'letter': {
      // "S – Situation" spells its word out, so the new label does too: "R – Result".
      const spelled = SPELLED_LETTER.exec(written);
      return spelled ? `${word[0]}${spelled[1]!.slice(1)}${word}` : `${word[0]}${written.slice(1)}`;
    }
    case 'prefix':
      return `${word}${/[—–-]\s*$/.test(written) ? ' —' : ':'}`;
    default:
      return `**${word}:**`;
  }
}

/**
 * True when the section's label stands alone, its text on the lines below: a heading, or a
 * letter with its word spelled out ("A – Action").
 */
export function labelOnOwnLine(text: string, model: Section | undefined): boolean {
  if (model?.style === 'heading') return true;
  return model?.style === 'letter' && SPELLED_LETTER.test(text.slice(model.labelRange.start, model.labelRange.end));
}
