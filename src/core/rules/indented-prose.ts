import type { Fix, Rule } from '../types.js';

// Prose, not code: mostly letters, enough words to say something, and no line that opens or
// closes like code ("$ pip install", ">>> df.head()", "SELECT ...;", "{", "def f():").
const MIN_WORDS = 8;
const MIN_LETTER_SHARE = 0.85;
const WORD = /\p{L}{2,}/gu;
const CODE_OPENERS = [
  '\\$',
  '>>>',
  '#include',
  '#!',
  'def ',
  'class ',
  'import ',
  'from \\S+ import',
  'function ',
  'const ',
  'let ',
  'var ',
  'return ',
  'if \\(',
  'for \\(',
  'SELECT ',
  'INSERT ',
  'UPDATE ',
  'DELETE ',
  'CREATE ',
  'ALTER ',
  'WITH ',
];
const CODE_LINE = new RegExp(`^(?:${CODE_OPENERS.join('|')})|[;{}]\\s*$|^[{}[\\]]`, 'i');

/** An indented line's indent: up to four spaces or one tab, as markdown reads it. */
const INDENT = /^(?: {1,4}|\t)/;

function looksLikeProse(lines: string[]): boolean {
  let letters = 0;
  let visible = 0;
  let words = 0;
  for (const line of lines) {
    const body = line.trim();
    if (body === '') continue;
    if (CODE_LINE.test(body)) return false;
    for (const ch of body) {
      if (ch === ' ' || ch === '\t') continue;
      visible++;
      if (/[\p{L}'’,.]/u.test(ch)) letters++;
    }
    WORD.lastIndex = 0;
    words += body.match(WORD)?.length ?? 0;
  }
  return words >= MIN_WORDS && visible > 0 && letters / visible >= MIN_LETTER_SHARE;
}

export const indentedProse: Rule = {
  meta: {
    id: 'indented-prose',
    description: 'Lines of the answer indented four spaces or a tab, which markdown reads as a code block: nothing in them is linted or scored.',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: true,
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      indented:
        'These lines are indented four spaces (or a tab), so markdown reads them as a code block: nothing in them is linted or scored. ' +
        'Remove the indent to have them read as your answer.',
    },
  },
  check({ answer, text, report }) {
    for (const block of answer.indentedCode ?? []) {
      const parts = text.slice(block.start, block.end).split(/(\r\n|\r|\n)/);
      const lines = parts.filter((_, i) => i % 2 === 0);
      if (!looksLikeProse(lines)) continue;
      // The squiggle sits on the first line with words (a block may open on a line of spaces);
      // the suggestion takes the indent off every line.
      let at = block.start;
      let i = 0;
      while (i < parts.length - 1 && parts[i]!.trim() === '') {
        at += parts[i]!.length + parts[i + 1]!.length;
        i += 2;
      }
      const first = parts[i]!;
      const lead = first.length - first.trimStart().length;
      report({
        messageId: 'indented',
        start: at + lead,
        end: at + first.trimEnd().length,
        expected: 'the answer as plain paragraphs',
        suggestions: [{ title: 'Remove the indent', fix: unindent(text, block.start, block.end) }],
      });
    }
  },
};

/** The block with one level of indent (up to four spaces or a tab) taken off each line. */
function unindent(text: string, start: number, end: number): Fix {
  const parts = text.slice(start, end).split(/(\r\n|\r|\n)/);
  for (let i = 0; i < parts.length; i += 2) parts[i] = parts[i]!.replace(INDENT, '');
  return { range: { start, end }, text: parts.join('') };
}
