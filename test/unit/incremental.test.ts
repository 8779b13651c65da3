import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Linter, lint, type LintResult } from '../../src/core/index.js';
import { answer, rng } from '../../bench/corpus.js';

/*
 * The Linter reuses the results of unchanged answers after an edit. Whatever the edit, a
 * re-lint must give exactly what a fresh lint of the edited text gives: same diagnostics
 * (ranges, positions, messages, fixes, suggestions), same problems, same answer model.
 */

// Blocks that move answer boundaries or the fence/comment/front-matter state when edited.
const BLOCKS = [
  '## Tell me about a time you failed?',
  '### Q2: why XGBoost?',
  '# Behavioral',
  '## Result',
  '### Situation',
  '#### Follow-up: what would you change?',
  '**Result:** I think we cut latency by 40%.',
  'S - We had a churn problem.\nT - I had to fix it.\nA - I kind of rebuilt the model.\nR - Churn fell 12%.',
  'Situation: the pipeline broke. Action: I just fixed it. Result: it was pretty good.',
  '```python\n## not a heading\nx = 1\n```',
  '```',
  '~~~~',
  '<!-- note\n## hidden heading?\n-->',
  '<!--',
  '-->',
  '<!-- interview-lint-disable hedge -->',
  '<!-- interview-lint-disable-next-line filler -->',
  '> Q: how did you measure it?',
  '- um, we basically shipped it\n- I guess it worked',
  'We built a model. Maybe it helped, you know, a bit.',
  'I owned the feature pipeline and cut p95 latency from 420 ms to 95 ms.',
  '| a | b |\n|---|---|\n| 1 | 2 |',
];

const SNIPPETS = [
  '#',
  '## ',
  '?',
  '\n',
  '\n\n',
  '```',
  '~~~',
  '<!--',
  '-->',
  '---',
  'x',
  ' ',
  '\r\n',
  'I think ',
  '**Result:** ',
  '\n## Why?\n',
  '\n# Group\n',
  'Q: ',
  'um, ',
  '>',
];

const bankArb = fc
  .record({
    frontMatter: fc.constantFrom('', '---\ntype: behavioral\nformat: star\n---\n', '---\nbroken: [\n---\n'),
    blocks: fc.array(
      fc.oneof(
        fc.constantFrom(...BLOCKS),
        fc.integer({ min: 0, max: 1e6 }).map((seed) => answer(rng(seed), seed % 7)),
      ),
      { minLength: 1, maxLength: 12 },
    ),
    crlf: fc.boolean(),
  })
  .map(({ frontMatter, blocks, crlf }) => {
    const text = frontMatter + blocks.join('\n\n') + '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

type Edit = { at: number; where: 'anywhere' | 'line-start' | 'line-end'; remove: number; insert: string };

const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  where: fc.constantFrom('anywhere', 'line-start', 'line-end'),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 80 })),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 })),
});

function applyEdit(text: string, e: Edit): string {
  let at = Math.floor(e.at * (text.length + 1));
  if (e.where !== 'anywhere') {
    // Edits at line starts turn headings, fences and labels into plain lines and back; at
    // line ends they add or drop a heading's "?", which decides whether it opens an answer.
    const points = e.where === 'line-start' ? [0] : [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '\n') continue;
      points.push(e.where === 'line-start' ? i + 1 : i > 0 && text[i - 1] === '\r' ? i - 1 : i);
    }
    if (e.where === 'line-end') points.push(text.length);
    at = points[Math.floor(e.at * points.length) % points.length]!;
  }
  const end = Math.min(text.length, at + e.remove);
  return text.slice(0, at) + e.insert + text.slice(end);
}

function expectSame(incremental: LintResult, fresh: LintResult): void {
  expect(incremental.diagnostics).toStrictEqual(fresh.diagnostics);
  expect(incremental.problems).toStrictEqual(fresh.problems);
  expect(incremental.model.frontMatter).toStrictEqual(fresh.model.frontMatter);
  expect(incremental.model.answers).toStrictEqual(fresh.model.answers);
}

describe('incremental re-lint', () => {
  it('equals a fresh lint after every edit of a random bank', () => {
    fc.assert(
      fc.property(bankArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (bank, edits) => {
        const linter = new Linter();
        let text = bank;
        expectSame(linter.lint(text), lint(text));
        for (const e of edits) {
          text = applyEdit(text, e);
          expectSame(linter.lint(text), lint(text));
        }
      }),
      { numRuns: 100 },
    );
  }, 180_000);

  it('equals a fresh lint when an edit is undone, and when nothing changed', () => {
    const bank = [0, 1, 2, 3, 4].map((i) => answer(rng(i), i)).join('\n');
    const linter = new Linter();
    linter.lint(bank);
    const mid = bank.length >> 1;
    const edited = bank.slice(0, mid) + '\n## Why did you pick Kafka?\n' + bank.slice(mid);
    expectSame(linter.lint(edited), lint(edited));
    expectSame(linter.lint(bank), lint(bank));
    expectSame(linter.lint(bank), lint(bank));
  });

  it('re-lints only the answer an edit touched', () => {
    const bank = Array.from({ length: 20 }, (_, i) => `## Why did you pick tool ${i}?\n\nI think it was the best fit, um, for the team.\n`).join('\n');
    const linter = new Linter();
    linter.lint(bank);
    expect(linter.reusedAnswers).toBe(0);
    const at = bank.indexOf('tool 10') + 5;
    const edited = bank.slice(0, at) + 'x' + bank.slice(at);
    expectSame(linter.lint(edited), lint(edited));
    expect(linter.reusedAnswers).toBe(19);
    linter.lint(edited);
    expect(linter.reusedAnswers).toBe(20);
    // The front matter applies to every answer: changing it re-lints them all.
    linter.lint('---\ntype: pitch\n---\n' + edited);
    expect(linter.reusedAnswers).toBe(0);
  });

  it('reports positions after the edit moved by the inserted line', () => {
    const bank = '## Why this role?\n\nI think it fits.\n\n## Tell me about a failure?\n\nI guess I kind of missed it.\n';
    const linter = new Linter();
    const before = linter.lint(bank).diagnostics.filter((d) => d.offsets.start > bank.indexOf('## Tell'));
    const after = linter.lint('\n' + bank).diagnostics.filter((d) => d.offsets.start > bank.indexOf('## Tell') + 1);
    expect(before.length).toBeGreaterThan(0);
    expect(after.map((d) => [d.ruleId, d.offsets.start, d.range.start.line])).toEqual(
      before.map((d) => [d.ruleId, d.offsets.start + 1, d.range.start.line + 1]),
    );
  });
});
