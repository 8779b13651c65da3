import fc from 'fast-check';

/**
 * Generators of hostile-but-plausible answer drafts. Each document is a list of blocks
 * (lines) joined with one line-ending style, so the cost of a case is dominated by the
 * lint, not by the generation. The vocabulary mixes the phrases the rules look for with
 * the characters that break naive offset arithmetic (surrogate pairs, combining marks,
 * CR, NUL, BOM, zero-width and right-to-left text).
 */

// prettier-ignore
const HEDGES = [
  'I think', 'I think that', "I'm not sure but", 'I’m not sure but', 'kind of', 'sort of', 'basically', 'I guess', 'maybe',
  'probably', 'hopefully', 'just', 'a bit', 'somewhat', 'fairly', 'I believe', 'I feel like', 'more or less',
  'to some extent', 'pretty good', 'pretty familiar', 'some familiarity with', 'I’d say', 'perhaps',
];
const FILLERS = ['um', 'Um,', 'uh', 'you know,', ', like,', 'I mean', 'so yeah', 'erm', 'uhh'];
// prettier-ignore
const RED_FLAGS = [
  "because it's the best", 'I just followed a tutorial', 'I got the data from Kaggle', 'I used all the features',
  'the data engineering team gave me bad data', 'it depends', 'it depends on the use case, if latency matters',
];
// prettier-ignore
const TRAPS = [
  'the kind of problems', 'this sort of issue', 'I think about edge cases', 'Maybelline', 'improbably', 'about 40%',
  'just-in-time', 'justify', 'I like XGBoost', 'models like BERT',
];
const METRICS = [
  '40%',
  '$2M',
  '3x',
  '120 ms',
  '1,200 users',
  'from 9 hours to 40 minutes',
  'p95 latency 80ms',
  'AUC 0.91',
  'accuracy of 97%',
  'F1 0.82',
  'two weeks',
  '€300k',
  '-> 12%',
];
// prettier-ignore
const WORDS = [
  'we', 'We', 'I', 'our team', 'built', 'shipped', 'a model', 'the pipeline', 'owned', 'feature engineering', 'and',
  'then', 'because', 'churn', 'forecast', 'latency', 'stakeholders', 'Result', 'result', 'the result was', 'impact',
  'improved', 'reduced', 'data', 'Kaggle', 'tutorial', 'accuracy', 'precision', 'recall', 'e.g.', 'i.e.', 'vs.',
];
// prettier-ignore
const ODD = [
  '🚀', '👩🏽‍💻', '🇫🇷', 'e\u0301', 'n\u0303o', 'Z\u0351\u0352\u0353', 'ﬁ', 'ß', 'İ', 'ǅ', 'مرحبا بالعالم', 'שלום', '日本語の回答', '한국어',
  '\u200B', '\u200D', '\uFEFF', '\u2028', '\u00A0', '\t', '\0', 'a\0b', '&amp;', '&#x1F600;', '\\*', '\\', '*', '_', '**', '`', '``',
  '<', '>', '[', ']', '(', ')', '|', '~', '#', '-->', '<!--', '[link](http://example.com/a_b?x=1)', '<https://example.com>',
  '![img](x.png "t")', '[ref][1]', '`I think` code', '<b>maybe</b>', '<br/>', '$x^2$', '\u{1D54F}', '\uD800', '\uDC00x',
];

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

/** One token of prose; mostly words, now and then a hostile character. */
const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: pick(WORDS) },
  { weight: 4, arbitrary: pick(HEDGES) },
  { weight: 2, arbitrary: pick(FILLERS) },
  { weight: 1, arbitrary: pick(RED_FLAGS) },
  { weight: 2, arbitrary: pick(TRAPS) },
  { weight: 3, arbitrary: pick(METRICS) },
  { weight: 3, arbitrary: pick(ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(token, { minLength: 1, maxLength: 12 }), pick(['.', '.', '!', '?', '', ';', '…', '."', '.)']))
  .map(([ts, end]) => ts.join(' ') + end);

const prose: fc.Arbitrary<string> = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));

// prettier-ignore
const STAR_LABELS = [
  'Situation', 'Task', 'Action', 'Result', 'Results', 'Outcome', 'Impact', 'Context', 'Background', 'Challenge', 'Goal',
  'Objective', 'Approach', 'What I did', 'Learning', 'Lessons learned', 'Situation / Task', 'Results and impact',
  'Context & Challenge', 'The result', 'RESULT', 'result',
];
// prettier-ignore
const QUESTIONS = [
  'Tell me about a time you failed?', 'Why do you want this role?', 'Q1: Walk me through your project',
  'Question: how do you handle missing data', 'Explain the bias-variance trade-off?', 'RAG vs fine-tuning?',
  'Tell me about yourself?', 'What is attention?', 'Interviewer: describe a conflict', 'Describe a time you disagreed',
];

type Lines = string[];

const heading: fc.Arbitrary<Lines> = fc
  .tuple(
    fc.integer({ min: 1, max: 6 }),
    fc.oneof(
      pick(QUESTIONS),
      pick(STAR_LABELS),
      prose,
      pick(STAR_LABELS).map((l) => `${l}:`),
    ),
    fc.constantFrom('atx', 'atx', 'atx', 'closed', 'setext1', 'setext2', 'indented'),
  )
  .map(([level, text, style]): Lines => {
    if (style === 'setext1') return [text, '==='];
    if (style === 'setext2') return [text, '---'];
    if (style === 'closed') return [`${'#'.repeat(level)} ${text} ${'#'.repeat(level)}`];
    if (style === 'indented') return [`   ${'#'.repeat(level)}\t${text}`];
    return [`${'#'.repeat(level)} ${text}`];
  });

/** A STAR part written in each style the model reads. */
const starLabel: fc.Arbitrary<Lines> = fc
  .tuple(pick(STAR_LABELS), prose, fc.constantFrom('bold-colon', 'bold-dash', 'prefix', 'letter', 'underscore', 'heading', 'letters-block', 'bold-inside'))
  .map(([label, body, style]): Lines => {
    switch (style) {
      case 'bold-colon':
        return [`**${label}:** ${body}`];
      case 'bold-inside':
        return [`**${label}**: ${body}`];
      case 'bold-dash':
        return [`**${label}** — ${body}`];
      case 'prefix':
        return [`${label}: ${body}`];
      case 'underscore':
        return [`__${label}__ - ${body}`];
      case 'heading':
        return [`## ${label}`, '', body];
      case 'letters-block':
        return ['S - ' + body, 'T: ' + body, 'A) ' + body, 'R – ' + body];
      default:
        return [`${label[0]!.toUpperCase()} - ${body}`];
    }
  });

const paragraph: fc.Arbitrary<Lines> = fc.array(prose, { minLength: 1, maxLength: 4 });

const list: fc.Arbitrary<Lines> = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: 4 }), pick(['-', '*', '+', '1.', '2)', '- [ ]', '- [x]']), prose)
    .map(([depth, marker, text]) => `${'  '.repeat(depth)}${marker} ${text}`),
  { minLength: 1, maxLength: 6 },
);

const blockquote: fc.Arbitrary<Lines> = fc
  .tuple(
    fc.integer({ min: 1, max: 5 }),
    fc.array(fc.oneof(prose, pick(QUESTIONS), pick(['Q: why did you choose XGBoost?', 'Interviewer: what was the impact?', 'A: I think we shipped it.'])), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.boolean(),
  )
  .map(([depth, lines, lazy]) => lines.map((l, i) => (lazy && i > 0 ? l : `${'>'.repeat(depth)} ${l}`)));

const interviewerLines: fc.Arbitrary<Lines> = fc.array(
  fc.oneof(
    pick(['Q: Why this model?', 'Interviewer: Tell me about a time you failed.', 'A: We basically shipped it.', 'Answer: I think so.', 'Me: um, yes.']),
    prose,
  ),
  { minLength: 1, maxLength: 4 },
);

const fenced: fc.Arbitrary<Lines> = fc
  .tuple(
    pick(['```', '~~~', '````', '```python', '~~~~ js', '``` weird `info`']),
    fc.array(fc.oneof(prose, pick(['# Heading inside code?', 'I think this is code', '---', '```', '<!-- not a comment -->'])), { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([fence, body, closed]) => [fence, ...body, ...(closed ? [fence.replace(/[^`~]/g, '').trim() || '```'] : [])]);

const indentedCode: fc.Arbitrary<Lines> = fc.array(
  prose.map((p) => `    ${p}`),
  { minLength: 1, maxLength: 3 },
);

const RULE_IDS = [
  'hedge',
  'filler',
  'result-needs-metric',
  'vague-we',
  'red-flag',
  'no-such-rule',
  'Hedge',
  'too-long',
  '',
  'hedge,filler',
  'star-missing-result',
];

const html: fc.Arbitrary<Lines> = fc.oneof(
  pick([
    ['<div>', 'I think this is inside html', '</div>'],
    ['<details><summary>maybe</summary>', '', 'We basically did it.', '', '</details>'],
    ['<br>'],
    ['<p align="center">um, hi</p>'],
  ]),
  prose.map((p) => [`<!-- ${p} -->`]),
  prose.map((p) => [`<!-- never closed ${p}`]),
  prose.map((p) => [`<!--`, p, `-->`]),
  fc
    .tuple(
      pick(['disable', 'enable', 'disable-next-line', 'disable-line', 'disable-file', 'disable-nextline', 'Disable']),
      fc.array(pick(RULE_IDS), { maxLength: 3 }),
      fc.boolean(),
    )
    .map(([kind, ids, inline]) => [`${inline ? 'Um, I think. ' : ''}<!-- interview-lint-${kind} ${ids.join(' ')} -->`]),
);

const table: fc.Arbitrary<Lines> = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.array(fc.array(fc.oneof(pick(WORDS), pick(HEDGES), pick(METRICS), pick(ODD)), { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 3 }),
    fc.boolean(),
  )
  .map(([cols, rows, broken]) => [
    `| ${Array.from({ length: cols }, (_, i) => `h${i}`).join(' | ')} |`,
    broken ? '|---' : `|${' --- |'.repeat(cols)}`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ]);

const LONG = 20_000;
const repeatTo = (unit: string): string => unit.repeat(Math.ceil(LONG / unit.length)).slice(0, LONG);

/**
 * What a 20,000-character line is made of. The parser needs up to ~2.5 s for the costliest
 * (thousands of links, emphasis runs or lone CRs on one line), so the generated documents
 * draw from the cheaper half and `longLines.test.ts` lints every kind once.
 */
export const LONG_LINE_UNITS = {
  cheap: ['a', 'word ', 'I think we basically shipped it. ', 'um, ', '`', '|', '🚀', 'e\u0301', '\0', '- ', '\t'],
  costly: ['*a ', '> ', '[x](y) ', '\\', 'x\r', '<', '&amp;', '[', '_a '],
} as const;

export function longLineOf(unit: string): string {
  return repeatTo(unit);
}

const longLine: fc.Arbitrary<Lines> = pick(LONG_LINE_UNITS.cheap).map((u) => [repeatTo(u)]);

const noise: fc.Arbitrary<Lines> = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 })).map((s) => [s]);

const block: fc.Arbitrary<Lines> = fc.oneof(
  { weight: 6, arbitrary: heading },
  { weight: 6, arbitrary: starLabel },
  { weight: 10, arbitrary: paragraph },
  { weight: 3, arbitrary: list },
  { weight: 3, arbitrary: blockquote },
  { weight: 2, arbitrary: interviewerLines },
  { weight: 2, arbitrary: fenced },
  { weight: 1, arbitrary: indentedCode },
  { weight: 3, arbitrary: html },
  { weight: 1, arbitrary: table },
  { weight: 2, arbitrary: noise },
);

// prettier-ignore
const VALID_FRONT_MATTER = [
  ['type: pitch'], ['type: behavioral', 'format: STAR'], ['question: "Tell me about a time you failed?"', 'star: true'],
  ['rubrics: [delivery, elevator-pitch]'], ['title: ünïcödé 🚀', 'tags:', '  - ml', '  - mlops'], [], ['type: technical', 'rubric: tech-attention'],
];
// prettier-ignore
const BROKEN_FRONT_MATTER = [
  ['type: [unclosed'], [': :'], ['a: *missing_alias'], ['- just', '- a list'], ['\tindented: with tab'], ['key: "unterminated'],
  ['dup: 1', 'dup: 2'], ['x: &a [*a]'], ['just a string'], ['type: pitch', '  bad: indent', ' worse'], ['? complex', ': key'],
];

const frontMatter: fc.Arbitrary<Lines> = fc.oneof(
  { weight: 3, arbitrary: pick(VALID_FRONT_MATTER).map((l) => ['---', ...l, '---']) },
  { weight: 3, arbitrary: pick(BROKEN_FRONT_MATTER).map((l) => ['---', ...l, '---']) },
  { weight: 1, arbitrary: pick(VALID_FRONT_MATTER).map((l) => ['---', ...l]) },
  { weight: 1, arbitrary: pick(VALID_FRONT_MATTER).map((l) => ['---', ...l, '...']) },
);

const EOLS = ['\n', '\r\n', '\r'] as const;

export interface GeneratedDoc {
  text: string;
  /** What made this case, for the failure report. */
  eol: string;
}

/** Shows a failing case in a few lines: a 20,000-character line would drown the report. */
function generated(text: string, eol: string): GeneratedDoc {
  return {
    text,
    eol,
    [fc.toStringMethod]: () =>
      `${text.length} chars, eol ${eol}: ${JSON.stringify(text.length > 600 ? `${text.slice(0, 400)} [...] ${text.slice(-150)}` : text)}`,
  } as GeneratedDoc;
}

/**
 * A whole document: optional front matter, then blocks separated by a blank line or
 * (sometimes) none, every line ended by the document's line ending, or a mix of all three.
 */
export const markdownDocument: fc.Arbitrary<GeneratedDoc> = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: frontMatter }),
    fc.array(fc.tuple(block, fc.boolean()), { minLength: 0, maxLength: 12 }),
    // One document in two hundred carries a 20,000-character line somewhere among its blocks.
    fc.oneof({ weight: 199, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(longLine, fc.nat()) }),
    fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\r', 'mixed'),
    fc.array(fc.constantFrom(...EOLS), { minLength: 1, maxLength: 7 }),
    fc.constantFrom('', '', '\n', '\n\n', '\uFEFF', ' '),
    fc.boolean(),
    // A byte-order mark at the very start: the parser counts offsets from after it.
    fc.constantFrom('', '', '', '', '', '', '', '', '', '\uFEFF'),
  )
  .map(([fm, blocks, long, eolStyle, mixed, ending, finalNewline, start]) => {
    const lines: string[] = [...(fm ?? [])];
    if (long) blocks.splice(long[1] % (blocks.length + 1), 0, [long[0], false]);
    for (const [b, tight] of blocks) {
      if (lines.length > 0 && !tight) lines.push('');
      lines.push(...b);
    }
    let text = '';
    lines.forEach((l, i) => {
      const eol = eolStyle === 'mixed' ? mixed[i % mixed.length]! : eolStyle;
      text += l + (i < lines.length - 1 || finalNewline ? eol : '');
    });
    return generated(start + text + ending, JSON.stringify(eolStyle));
  });

/** Documents dense in fixable phrases, for the fix properties. */
export const fixableDocument: fc.Arbitrary<GeneratedDoc> = fc
  .tuple(
    fc.array(
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .array(fc.oneof(pick(HEDGES), pick(FILLERS), pick(WORDS), pick(TRAPS), pick(METRICS), pick(['.', ',', '—', '(', ')', '*', '**', '"'])), {
              minLength: 1,
              maxLength: 14,
            })
            .map((t) => [t.join(' ') + '.']),
        },
        { weight: 2, arbitrary: starLabel },
        { weight: 1, arbitrary: heading },
        { weight: 1, arbitrary: list },
        { weight: 1, arbitrary: blockquote },
        { weight: 1, arbitrary: fenced },
        { weight: 1, arbitrary: html },
      ),
      { minLength: 1, maxLength: 8 },
    ),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([blocks, eol]) => generated(blocks.map((b) => b.join(eol)).join(eol + eol) + eol, JSON.stringify(eol)));
