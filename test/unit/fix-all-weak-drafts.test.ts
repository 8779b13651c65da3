import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, fixUntilStable, type LintResult } from '../../src/core/index.js';

/**
 * Fix-all on drafts as candidates write them: the weak examples and every labelled answer
 * graded weak. It should take most hedges out, leave nothing it could still fix, and leave
 * the text grammatical (no new lower-case sentence start, no stray comma or double space).
 */

const root = join(__dirname, '..', '..');
const weakDrafts = [
  ...readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.weak.md'))
    .map((f) => join(root, 'examples', f)),
  ...readdirSync(join(root, 'test', 'labelled'))
    .filter((f) => f.endsWith('.md') && /^\s*quality:\s*weak\b/m.test(readFileSync(join(root, 'test', 'labelled', f), 'utf8')))
    .map((f) => join(root, 'test', 'labelled', f)),
];

function fixAll(text: string): { text: string; before: LintResult; after: LintResult } {
  const before = new Linter().lint(text);
  const out = fixUntilStable({ text, result: before, lint: (t) => new Linter().lint(t) });
  return { text: out.text, before, after: out.result };
}

const hedges = (r: LintResult): number => r.diagnostics.filter((d) => d.ruleId === 'hedge').length;
const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

describe('fix-all on weak drafts', () => {
  it('removes most hedges, leaves nothing fixable and keeps the text grammatical', () => {
    expect(weakDrafts.length).toBeGreaterThan(200);
    let before = 0;
    let after = 0;
    const broken: string[] = [];
    for (const file of weakDrafts) {
      const text = readFileSync(file, 'utf8');
      const fixed = fixAll(text);
      before += hedges(fixed.before);
      after += hedges(fixed.after);
      expect(fixed.after.diagnostics.filter((d) => d.fix)).toEqual([]);
      const checks: [string, RegExp][] = [
        ['a sentence that starts in lower case', /[.!?]\s+(?![a-z]+[.)])(?:\*\*)?[a-z]/g],
        ['a doubled comma', /,\s*,/g],
        ['a space before a comma or full stop', /\w [,.](?!\.)/g],
        ['a double space', /\S {2,}\S/g],
      ];
      for (const [what, re] of checks) if (count(fixed.text, re) > count(text, re)) broken.push(`${file}: ${what}`);
      // "and The drift": a word capitalised mid-sentence that the draft writes in lower case ("Saturday" is fine).
      for (const m of fixed.text.matchAll(/\b(?:and|but|so|because|which|that) ([A-Z][a-z]+)\b/g)) {
        const word = m[1]!;
        if (new RegExp(`\\b${word.toLowerCase()}\\b`).test(text) && !new RegExp(`\\b(?:and|but|so|because|which|that) ${word}\\b`).test(text))
          broken.push(`${file}: "${m[0]}"`);
      }
    }
    // 847 hedges before, 382 after at the time of writing.
    expect(after / before).toBeLessThan(0.5);
    expect(broken).toEqual([]);
  });

  it('fixes the weak examples as a coach would', () => {
    const rag = fixAll(readFileSync(join(root, 'examples', 'rag-vs-finetuning.weak.md'), 'utf8')).text;
    expect(rag).toContain(
      'It depends on the use case. RAG is retrieval plus generation, and fine-tuning\n' +
        'is when you train the model more on your data so it learns the new knowledge.\n' +
        'Both are pretty good, and we used RAG',
    );
    const pitch = fixAll(readFileSync(join(root, 'examples', 'pitch.weak.md'), 'utf8')).text;
    expect(pitch).toContain("So I have been working in data for about thirteen years now and I'm pretty familiar\n");
    expect(pitch).toContain('charts and narrative generation, which was a big project and the team did\n');
    expect(pitch).toContain(
      "Then I joined another company in April and I'm exploring\nmulti-agent systems there. I'm looking for something more senior, maybe with more\n",
    );
    const churn = fixAll(readFileSync(join(root, 'examples', 'churn-star.weak.md'), 'utf8')).text;
    expect(churn).toContain('**Action:** We looked at the data and we found some kind of leakage, so we\n');
    expect(churn).toContain('**What I learned:** Validation strategy is as important as the model.');
  });

  it.each([
    ['Um, I think accuracy was around 91%.', 'Accuracy was around 91%.'],
    ['Uh, I think those are the main points.', 'Those are the main points.'],
    ['**Result:** I think it went really well, and the planners kept it.', '**Result:** It went really well, and the planners kept it.'],
    ['The final model had an accuracy of 0.93, which I believe was a big jump.', 'The final model had an accuracy of 0.93, which was a big jump.'],
    ['Out-of-bag error, I guess, is the error on the rows a tree never saw.', 'Out-of-bag error is the error on the rows a tree never saw.'],
    ['So I feel like it was a big success: churn fell from 27% to 21%.', 'So it was a big success: churn fell from 27% to 21%.'],
    ['Basically, I think we kind of rebuilt the scoring model in 6 weeks.', 'We rebuilt the scoring model in 6 weeks.'],
  ])('%s', (draft, expected) => {
    const text = `# Tell me about a project\n\n${draft}\n`;
    expect(fixAll(text).text).toBe(`# Tell me about a project\n\n${expected}\n`);
  });
});
