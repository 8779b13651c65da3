import type { Fix, Rule } from '../types.js';
import { firstLineBreak } from '../text/lineBreak.js';
import { answerAnchor, labelLike, labelOnOwnLine, linePrefix } from './util/star.js';
import { untoldResultAt } from './util/untoldResult.js';

const PROMPT = 'What changed, and by how much (%, $, time saved, latency, users, before → after).';

export const starMissingResult: Rule = {
  meta: {
    id: 'star-missing-result',
    description:
      'A story stops before its result: a STAR answer with no Result (Outcome, Impact) section, or an unlabelled story that never says what came of it.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      missing: 'This STAR answer stops before its Result. Close with what changed and by how much (20-30 seconds, with a metric).',
      missingWithLearning:
        'This STAR answer has a learning but no Result: a lesson is not an outcome. ' +
        'Add what changed and by how much (20-30 seconds, with a metric) before the learning.',
      untold: 'This story stops before its result: say what came of your work, and by how much (a %, $, time saved, users, before → after).',
    },
  },
  check({ answer, text, report }) {
    if (answer.kind === 'preamble') return;
    if (!answer.starShaped) {
      // Told without labels, a story owes its result all the same.
      const untold = answer.type === 'behavioral' ? untoldResultAt(answer) : undefined;
      if (untold) report({ messageId: 'untold', start: untold.start, end: untold.end, expected: 'the result, with a metric' });
      return;
    }
    if (answer.sections.some((s) => s.kinds.includes('result'))) return;
    const at = answerAnchor(answer, text);
    if (!at) return;
    const hasLearning = answer.sections.some((s) => s.kinds.includes('learning'));
    report({
      messageId: hasLearning ? 'missingWithLearning' : 'missing',
      start: at.start,
      end: at.end,
      expected: 'a Result section with a metric',
      suggestions: [{ title: 'Add a Result section', fix: resultSkeleton(answer, text) }],
    });
  },
};

/** Inserts a Result label and prompt after the last story section, before a trailing Learning. */
function resultSkeleton(answer: Parameters<Rule['check']>[0]['answer'], text: string): Fix {
  const eol = firstLineBreak(text);
  const sections = answer.sections;
  const model = [...sections].reverse().find((s) => !s.kinds.includes('learning')) ?? sections[sections.length - 1];
  const label = labelLike(text, model, 'Result');
  const body = labelOnOwnLine(text, model) ? `${label}${eol}${eol}${PROMPT}` : `${label} ${PROMPT}`;
  // The first of the Learning sections that end the answer (not the first answer part).
  let first = sections.length;
  while (first > 1 && sections[first - 1]!.kinds.every((k) => k === 'learning')) first--;
  const learning = sections[first];
  if (learning && learning.style !== 'letter') {
    const prefix = linePrefix(text, learning.labelRange.start);
    return {
      range: { start: learning.labelRange.start, end: learning.labelRange.start },
      text: `${body.split(eol).join(eol + prefix)}${eol}${prefix.trimEnd()}${eol}${prefix}`,
    };
  }
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const prefix = /^[ \t]*>/.test(linePrefixOfLine(text, end)) ? '> ' : '';
  const joined = body.split(eol).join(eol + prefix);
  return { range: { start: end, end }, text: `${eol}${prefix.trimEnd()}${eol}${prefix}${joined}` };
}

function linePrefixOfLine(text: string, at: number): string {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return text.slice(i, at);
}
