import { NUMBER_WORDS, NUMBERED_LABELS, WORD_START, oneOf } from '../../lexicon/index.js';

/**
 * Does a piece of candidate prose state a measurable result? Interviewers accept any
 * magnitude: digits, %, money, x-fold, latency, counts, number words ("halved", "three
 * clients") and a before -> after change of time scale ("from hours to minutes"), which
 * says how much even without a digit. Numbers that name things rather than measure them
 * (GPT-4, F1, p95, Q3, "phase 2", the year 2023, "13 years of experience") do not count.
 */

// Units of time from the shortest, then speeds and cadences said in words.
const TIME_SCALE = [
  '(?:milli)?seconds?',
  'minutes?',
  'hours?',
  'days?',
  'weeks?',
  'months?',
  'quarters?',
  'years?',
  'overnight',
  'real[- ]time',
  'near[- ]real[- ]time',
  'same[- ]day',
  'next[- ]day',
  'instant(?:ly)?',
  'hourly',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'annually',
].join('|');

// Words before the second scale: "down to a few minutes", "to under a day".
const SCALE_QUALIFIERS = '(?:a|an|under|just|mere|a few|few|several|single|about|around|less than|within)';
// A change of time scale is a magnitude: "from hours to minutes", "weekly to daily", "days instead of weeks".
const SCALE_CHANGE = new RegExp(
  String.raw`${WORD_START}(${TIME_SCALE})\b(?:\s+\w+){0,2}?\s+(?:down\s+|up\s+)?(?:to|into|instead of|rather than)\s+` +
    String.raw`(?:${SCALE_QUALIFIERS}\s+){0,3}(${TIME_SCALE})\b`,
  'giu',
);

// Multiples and amounts in words: "hundreds", "twice", "halved", "tenfold", "zero".
const MULTIPLES = [
  'hundreds?',
  'thousands?',
  'millions?',
  'billions?',
  'dozens?',
  'twice',
  'thrice',
  'halved',
  'halving',
  '(?:two|three|four|five|ten|hundred)fold',
  'tripled?',
  'tripling',
  'quadrupled?',
  String.raw`zero(?!\s+shot)`,
].join('|');
// Fractions and orders of size: "by half", "a third", "double digits", "six figures".
const FRACTIONS = [
  '(?:in|by) half',
  'half (?:the|of|as)',
  // "now under half a day": half of a span of time is a duration.
  'half an? (?:second|minute|hour|day|week|month|quarter|year|sprint)',
  'a (?:third|quarter)',
  'one[- ](?:third|quarter|half)',
  '(?:double|single|triple)[- ]digits?',
  'orders? of magnitude',
  '(?:five|six|seven|eight|nine)[- ]figures?',
].join('|');
const NUMBER_WORD = new RegExp(
  [
    String.raw`\b(?:${[NUMBER_WORDS.join('|'), MULTIPLES, FRACTIONS].join('|')})\b(?![-‐](?!thirds?|quarters?|fold))`,
    String.raw`\bdoubl(?:e|ed|ing)\b(?![- ](?:check|click|count|down))`,
    String.raw`\bone\s+(?:second|minute|hour|day|week|month|quarter|sprint)\b`,
    String.raw`\bsub-?(?:second|millisecond|minute)\b`,
    String.raw`\b(?:a single|one) (?:day|night|weekend|week|sprint|release|deploy)\b`,
    String.raw`\b(?:with )?(?:no|without(?: any)?) (?:downtime|data loss|lost data|outages?|incidents?|rollbacks?|customer impact)\b`,
    String.raw`\b(?:an?|one)\s+(?:minute|hour|day|week)\s+(?:a|per|each|every)\s+(?:day|week|month|quarter|year|run|report|analyst|person|head|user|ticket)\b`,
    // "Back within an hour", "fixed in under a day": how long the result took is one unit of time.
    String.raw`(?<=\b(?:within|under|inside|inside of|in less than|in under)\s)an?\s+(?:second|minute|hour|day|week|month|quarter|sprint)\b`,
  ].join('|'),
  'gi',
);

// A standalone number, not part of a name such as GPT-4, F1, p95, EC2 or word2vec; "-62%" is a number.
const DIGITS = /(?<![\p{L}\p{N}_./#])(?<![\p{L}\p{N}]-)([$€£¥₹]\s?)?(\d+(?:[.,]\d+)*)(\s?(?:%|x\b|×|k\b|m\b|bn?\b|ms\b|s\b|[\p{L}]+))?/gu;

// Words after which a number is an identifier, not a quantity: "phase 2", "tier 1", "version 3".
const LABEL_BEFORE = new RegExp(String.raw`\b${oneOf(NUMBERED_LABELS)}\s*$`, 'i');

// Experience and dates describe the candidate, not the result.
const EXPERIENCE_AFTER = /^\+?\s*(?:years?|yrs?)\b/i;
// "the last six focused on LLMs", "in the past three months": a time frame, not a result.
const TIME_FRAME_AFTER = /^\s*(?:(?:years?|months?|weeks?|days?|quarters?|on|in|at|with|as|of)\b|[\p{L}]+(?:ed|ing)\b|[,.;:)]|$)/iu;
// After "the last six": a unit, a preposition, a verb or the end of the clause.
const FRAME_FOLLOWS = String.raw`(?=\s*(?:(?:years?|months?|weeks?|days?|quarters?|on|in|at|with|as|of)\b|[\p{L}]+(?:ed|ing)\b|[,.;:)]|$))`;
const EXPERIENCE_NUMBER_WORD = new RegExp(
  [
    String.raw`${WORD_START}(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:\+\s*)?years?\b`,
    String.raw`${WORD_START}the\s+(?:last|past|first|next)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\b${FRAME_FOLLOWS}`,
  ].join('|'),
  'giu',
);

function isYear(num: string, unit: string | undefined, currency: string | undefined): boolean {
  if (!/^(?:19|20)\d\d$/.test(num) || currency) return false;
  const u = (unit ?? '').trim();
  return u === '' || /^(?:s|and|to|when|where|as|i|we|the|a|an|our|my|with|in|at|on|for|after|before|while|until|,)$/i.test(u);
}

/** Spans of the numbers in `text` that measure something (see the header). */
function digitSpans(text: string, firstOnly: boolean): Span[] {
  DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  let savedTime: boolean | undefined;
  const out: Span[] = [];
  while ((m = DIGITS.exec(text)) !== null) {
    const [, currency, num, unit] = m;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const numEnd = m.index + (currency?.length ?? 0) + num!.length;
    // A bounded window: a long line with many numbers must stay linear.
    const after = text.slice(numEnd, numEnd + 40);
    if (!currency && LABEL_BEFORE.test(before)) continue;
    if (/^(?:st|nd|rd|th)\b/i.test(after)) continue;
    if (!currency && EXPERIENCE_AFTER.test(after) && !(savedTime ??= /\b(?:saved|saving|cut|reduced|faster|earlier|ahead)\b/i.test(text))) continue;
    if (!currency && /\b(?:last|past|first|next)\s*$/i.test(before) && TIME_FRAME_AFTER.test(after)) continue;
    if (isYear(num!, unit, currency)) continue;
    // "The steps are: 1. Package the model. 2. Host it": a number that opens a point of an
    // inline list numbers the point and measures nothing.
    if (!currency && !unit && num!.length <= 2 && /^[.)](?:\s|$)/.test(after) && (m.index === 0 || /(?:[:;.!?]|\()\s*$/.test(before))) continue;
    // "I'm not 100% sure", "100 percent honest": a figure of speech, not a measure.
    if (
      /^(?:100|110)$/.test(num!) &&
      /^\s?(?:%|percent|per cent)\s+(?:sure|certain|confident|honest|committed|convinced|clear|right)\b/i.test(text.slice(numEnd, numEnd + 24))
    )
      continue;
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length });
    if (firstOnly) break;
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

function metricSpans(text: string, firstOnly: boolean): Span[] {
  const out = digitSpans(text, firstOnly);
  if (firstOnly && out.length > 0) return out;
  const words = text.replace(EXPERIENCE_NUMBER_WORD, (w) => ' '.repeat(w.length));
  NUMBER_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_WORD.exec(words)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (firstOnly) return out;
  }
  SCALE_CHANGE.lastIndex = 0;
  while ((m = SCALE_CHANGE.exec(text)) !== null) {
    if (scaleKey(m[1]!) === scaleKey(m[2]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
    if (firstOnly) return out;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when `text` (candidate prose, code already blanked) states a magnitude. */
export function hasMetric(text: string): boolean {
  return metricSpans(text, true).length > 0;
}

/** Every magnitude `text` states, in order: the numbers the claim model gives a role. */
export function findMagnitudes(text: string): Span[] {
  return metricSpans(text, false);
}

function scaleKey(word: string): string {
  return word.toLowerCase().replace(/s$/, '').replace(/[- ]/g, '');
}
