import snippets from '../../../snippets/markdown.json';
import { PLACEHOLDER_WORDS, escapeWord } from '../lexicon/index.js';
import type { Rule } from '../types.js';
import { escapeRegExp } from './util/context.js';

/**
 * An unfinished draft: a slot left for a number or a name, a mark to come back to, a template
 * question never replaced, or the sample text of an answer template left as it was. A draft
 * like that is not ready to say aloud, whatever else it does well.
 */

// "[X]%", "[number]", "[your project]", "[company name]", "XX%", "<your team>", "<done X at this
// scale>". Bracketed words followed by "(" are a link's text, not a slot.
const BRACKET_INSIDE = [
  String.raw`x{1,3}`,
  'n',
  String.raw`\?+`,
  String.raw`\.\.\.`,
  '…',
  'tbd',
  'todo',
  'number',
  'metric',
  'figure',
  'name',
  'company',
  'project',
  String.raw`[a-z]+ name`,
  String.raw`[a-z]+ here`,
  String.raw`your [^\]\n]{1,40}`,
  String.raw`insert [^\]\n]{1,40}`,
];
const BRACKET_SLOT = new RegExp(String.raw`\[(?:${BRACKET_INSIDE.join('|')})\](?!\()(?:\s?%)?`, 'gi');
// "I'm ______, a student at ______": a fill-in-the-blank line. A run of underscores touching a
// word is emphasis ("___very___"), and a line of nothing but underscores is a thematic break.
const BLANK_SLOT = /(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_])/gu;
const RULE_LINE = /^[ \t]*(?:_[ \t]*){3,}$/;
const LETTER_PERCENT = /(?<![\p{L}\p{N}])(?:X{1,3}|N)\s?%/gu;
// An angle-bracket slot has a space inside and is no HTML tag of the few a draft may hold.
const HTML_TAGS = 'a|b|i|u|em|strong|br|p|div|span|img|code|pre|sub|sup|details|summary|kbd|mark|small|table|tr|td|th|ul|ol|li|hr|h[1-6]';
const ANGLE_SLOT = new RegExp(String.raw`<(?!\/|!--|(?:${HTML_TAGS})\b)[a-z][^<>\n=]{0,60}\s[^<>\n=]{0,60}>`, 'gi');
// Case as written: "TODO" is a mark, a "todo list" is not.
const MARKS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PLACEHOLDER_WORDS.map(escapeWord).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
// HTML comments, fenced code and inline code.
const NOT_SPOKEN = /<!--[\s\S]*?(?:-->|$)|^[ \t]*(?:```|~~~)[\s\S]*?(?:^[ \t]*(?:```|~~~)|(?![\s\S]))|`[^`\n]*`/gm;
// "# Tell me about a time you ...": a template question that still ends in an ellipsis.
const ELLIPSIS_QUESTION = /(?:\.\.\.|…)\s*\??\s*$/;

// A sample of eight words or more is a sentence of someone's story; a shorter one ("changes how
// the model behaves") is a formula any answer may use.
const MIN_SAMPLE_WORDS = 8;

/** The sample sentences of the answer templates (snippets/markdown.json). */
function templateSamples(): string[] {
  const out = new Set<string>();
  for (const snippet of Object.values(snippets as Record<string, { body: string[] }>)) {
    for (const line of snippet.body) {
      for (const m of line.matchAll(/\$\{\d+:([^}]+)\}/g)) {
        const sample = m[1]!.trim();
        if (sample.split(/\s+/).length >= MIN_SAMPLE_WORDS) out.add(sample.toLowerCase());
      }
    }
  }
  return [...out];
}
const SAMPLES = templateSamples();
// Any sample at all, in one scan: most answers hold none, and a search per sample costs a
// pass over the answer each.
const ANY_SAMPLE = new RegExp(SAMPLES.map(escapeRegExp).join('|'));

/** The line holding `at`; lines end at \n, \r\n or a lone \r, as the editor counts them. */
function lineAround(body: string, at: number): string {
  const isBreak = (i: number): boolean => body[i] === '\n' || body[i] === '\r';
  let start = at;
  while (start > 0 && !isBreak(start - 1)) start--;
  let end = at;
  while (end < body.length && !isBreak(end)) end++;
  return body.slice(start, end);
}

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    description: 'The draft is unfinished: a slot, a TODO, a template question or the sample text of a template is still in it.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      slot: '"{slot}" is a slot still waiting for your own words or number: fill it in before you rehearse this answer.',
      mark: '"{slot}" marks something left to do: finish it, then remove the mark.',
      question: 'The question is still the template\'s ("{slot}"): write the question this answer replies to.',
      sample: "This is the template's sample text, not your story: replace it with what you did and what changed.",
    },
  },
  check({ answer, text, report }) {
    if (answer.kind === 'preamble') return;
    const body = text.slice(answer.range.start, answer.range.end);
    const base = answer.range.start;
    const seen: { start: number; end: number }[] = [];
    const add = (messageId: string, start: number, end: number, slot: string): void => {
      if (seen.some((r) => start < r.end && end > r.start)) return;
      seen.push({ start, end });
      report({ messageId, data: { slot }, start, end, actual: slot, expected: 'your own words' });
    };
    const q = answer.question;
    if (q && ELLIPSIS_QUESTION.test(q.text)) {
      // The question's own words, without the heading's "#" or the line's prefix.
      const words = q.text.trim();
      const at = text.indexOf(words, q.range.start);
      if (at >= 0 && at < q.range.end) add('question', at, at + words.length, words);
    }
    // Slots in the raw text (an angle-bracket slot is set apart from the prose as HTML), but
    // not inside a comment or code: those are notes and examples, not the spoken answer.
    // Each slot needs its bracket or its percent sign: most answers skip the scans (this runs on every keystroke).
    const slotPatterns = [
      body.includes('[') && BRACKET_SLOT,
      body.includes('%') && LETTER_PERCENT,
      body.includes('<') && ANGLE_SLOT,
      body.includes('___') && BLANK_SLOT,
    ].filter((re): re is RegExp => re !== false);
    // What is set apart is found once a pattern matches: most answers have a percent sign, few a slot.
    let apart: { start: number; end: number }[] | undefined;
    // Exec loops, not matchAll: matchAll copies the pattern on every call. No pattern here matches
    // an empty string, so each match moves the scan on.
    for (const re of slotPatterns) {
      re.lastIndex = 0;
      for (let m = re.exec(body); m !== null; m = re.exec(body)) {
        apart ??= [...body.matchAll(NOT_SPOKEN)].map((n) => ({ start: n.index, end: n.index + n[0].length }));
        if (apart.some((r) => m.index >= r.start && m.index < r.end)) continue;
        if (re === BLANK_SLOT && RULE_LINE.test(lineAround(body, m.index))) continue;
        add('slot', base + m.index, base + m.index + m[0].length, m[0]);
      }
    }
    // Marks and sample text only in the candidate's own words, not in comments or code.
    const prose = answer.prose;
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(prose); m !== null; m = MARKS.exec(prose))
      add('mark', answer.proseStart + m.index, answer.proseStart + m.index + m[0].length, m[0]);
    const lower = prose.toLowerCase();
    if (!ANY_SAMPLE.test(lower)) return;
    for (const sample of SAMPLES) {
      const at = lower.indexOf(sample);
      if (at >= 0) add('sample', answer.proseStart + at, answer.proseStart + at + sample.length, prose.slice(at, at + sample.length));
    }
  },
};
