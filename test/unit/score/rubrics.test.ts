import { describe, expect, it } from 'vitest';
import { lint, scoreLintResult, shippedRubrics, type RubricScore } from '../../../src/core/index.js';
import { CASES } from './cases.js';

function score(rubric: string, question: string, answer: string): RubricScore {
  const text = `---\nrubric: ${rubric}\nquestion: "${question}"\n---\n\n${answer}\n`;
  const report = scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics });
  expect(report.problems).toEqual([]);
  const r = report.answers[0]!.rubrics.find((x) => x.id === rubric);
  expect(r, `${rubric} was not scored`).toBeDefined();
  return r!;
}

const levels = (r: RubricScore): string => r.criteria.map((c) => c.level ?? '-').join('');
const quotes = (r: RubricScore, id: string): string[] => r.criteria.find((c) => c.id === id)!.evidence.map((e) => e.text);
/** Evidence is quoted as whole claims: each phrase must sit inside one of them. */
const quotedPhrases = (r: RubricScore, id: string, phrases: string[]): void => {
  const all = quotes(r, id);
  for (const p of phrases)
    expect(
      all.some((q) => q.includes(p)),
      `"${p}" in ${JSON.stringify(all)}`,
    ).toBe(true);
};

/** Expected criterion levels ('-' = not scored for this answer) and red flags, per rubric. */
const EXPECTED: Record<string, { strong: string; weak: string; weakFlags: string[] }> = {
  'tech-bias-variance': { strong: '555', weak: '221', weakFlags: [] },
  'tech-attention': { strong: '555', weak: '111', weakFlags: [] },
  'tech-transformer-ffn': { strong: '555', weak: '111', weakFlags: ['ffn-produces-probabilities'] },
  'tech-bootstrap-oob': { strong: '555', weak: '212', weakFlags: ['bootstrap-without-replacement'] },
  'tech-rag-vs-finetuning': { strong: '555', weak: '111', weakFlags: ['finetuning-adds-knowledge', 'it-depends'] },
  'elevator-pitch': { strong: '5555', weak: '1111', weakFlags: [] },
  // "I can learn anything quickly" offers nothing in place of the gap: the adjacent skill is 1.
  'honesty-floor': { strong: '554', weak: '112', weakFlags: ['bluff'] },
  'project-end-to-end': { strong: '5555', weak: '2221', weakFlags: ['tutorial-or-kaggle', 'all-the-features'] },
  delivery: { strong: '555555', weak: '121121', weakFlags: ['unmeasured-result'] },
  'time-series-forecasting': { strong: '555', weak: '2-1', weakFlags: ['accurate-without-metric'] },
  'data-modeling-analysis': { strong: '5--', weak: '1--', weakFlags: ['static-schema'] },
  'python-data-libraries': { strong: '455', weak: '2-2', weakFlags: [] },
  'database-data-pipelines': { strong: '-55', weak: '121', weakFlags: ['just-sync-it'] },
  'business-insight-communication': { strong: '534', weak: '12-', weakFlags: ['better-without-metric'] },
};

describe('every shipped rubric has a strong and a weak case', () => {
  it('covers each shipped rubric', () => {
    expect(CASES.map((c) => c.rubric).sort()).toEqual(
      shippedRubrics()
        .rubrics.map((r) => r.rubric.id)
        .sort(),
    );
  });

  for (const c of CASES) {
    const expected = EXPECTED[c.rubric]!;
    it(`${c.rubric}: the strong answer reaches ${expected.strong} and passes`, () => {
      const r = score(c.rubric, c.question, c.strong);
      expect(levels(r)).toBe(expected.strong);
      expect(r.pass).toBe(true);
      expect(r.findings).toEqual([]);
      // Every level reached on phrases quotes them (confidence and length rest on findings and word counts).
      for (const crit of r.criteria)
        if (crit.level !== null && crit.level > 1 && !['confidence', 'length'].includes(crit.id)) expect(crit.evidence.length, crit.id).toBeGreaterThan(0);
    });
    it(`${c.rubric}: the weak answer stays at ${expected.weak} and fails`, () => {
      const r = score(c.rubric, c.question, c.weak);
      expect(levels(r)).toBe(expected.weak);
      expect(r.pass).toBe(false);
      expect(r.findings.map((f) => f.id)).toEqual(expected.weakFlags);
      for (const crit of r.criteria) if (crit.level !== null && crit.level < 5) expect(crit.next, crit.id).toBeTruthy();
    });
  }
});

describe('evidence is quoted from the answer', () => {
  it('attention: the scale and its reason', () => {
    const c = CASES.find((x) => x.rubric === 'tech-attention')!;
    const r = score(c.rubric, c.question, c.strong);
    quotedPhrases(r, 'scaling', ['square root of d_k', 'saturate', 'vanishing gradients']);
    quotedPhrases(r, 'mechanism', ['query']);
  });

  it('bootstrap: with replacement, the share of unique rows, out-of-bag', () => {
    const c = CASES.find((x) => x.rubric === 'tech-bootstrap-oob')!;
    const r = score(c.rubric, c.question, c.strong);
    quotedPhrases(r, 'bootstrap', ['with replacement', '63%', '37%', 'out-of-bag']);
  });

  it('delivery: the result is quoted as its claims, never as lone words, with 1-based ranges', () => {
    const c = CASES.find((x) => x.rubric === 'delivery')!;
    const r = score(c.rubric, c.question, c.strong);
    const result = r.criteria.find((x) => x.id === 'quantified-result')!;
    expect(result.evidence.map((e) => e.text)).toEqual(['Preparation time fell from 8 hours to 20 minutes', 'which saved about 300 analyst hours a year.']);
    // Front matter (4 lines), a blank line, then Situation, Task and Action each followed by a blank line.
    const resultLine = '**Result:** Preparation time fell from 8 hours to 20 minutes, which saved about 300 analyst hours a year.';
    const column = resultLine.indexOf('Preparation') + 1;
    expect(result.evidence[0]!.range).toEqual({
      start: { line: 12, column },
      end: { line: 12, column: column + 'Preparation time fell from 8 hours to 20 minutes'.length },
    });
  });

  it('a misconception is a finding with its range and message', () => {
    const c = CASES.find((x) => x.rubric === 'tech-transformer-ffn')!;
    const text = `---\nrubric: ${c.rubric}\n---\n\n${c.weak}\n`;
    const report = scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics });
    const f = report.answers[0]!.findings.find((x) => x.id === 'ffn-produces-probabilities')!;
    expect(f.kind).toBe('misconception');
    expect(text.slice(f.offsets.start, f.offsets.end)).toBe('FFN');
    expect(f.range).toEqual({ start: { line: 5, column: 5 }, end: { line: 5, column: 8 } });
    expect(f.message).toMatch(/does not produce probabilities/);
    expect(f.affects).toEqual(['what-it-is', 'output-head']);
  });

  it('a correct answer that mentions the FFN and the softmax together is not a misconception', () => {
    const r = score('tech-transformer-ffn', 'What does the FFN do?', 'Unlike the FFN, the softmax that gives probabilities lives only in the output head.');
    expect(r.findings).toEqual([]);
  });
});

describe('honesty-floor hears the gap, the adjacent work and the plan in plain phrasings', () => {
  it('"Not directly ... what I know well ... I\'d reproduce" reaches the upper levels', () => {
    const r = score(
      'honesty-floor',
      'Have you worked with Kafka?',
      "Not directly, and not in production. Our event bus is Kinesis, so that is what I know well: I wrote the consumers that feed our fraud features, about 2,000 events a second. In the first month I'd reproduce one of your Kafka consumers end to end and find out where my Kinesis habits break before I change anything.",
    );
    expect(levels(r)).toBe('535');
    quotedPhrases(r, 'adjacent', ['what I know well']);
    quotedPhrases(r, 'plan', ['first month', 'reproduce']);
  });
});

describe('honesty-floor reads the adjacent work and the plan from the claims, not only from set phrases', () => {
  it('a step of ones own that names something concrete is adjacent work; "I\'d love to" is a plan', () => {
    const r = score(
      'honesty-floor',
      "You don't have any healthcare experience, do you?",
      "I haven't worked in healthcare. When I moved from retail into fintech, I mapped the whole industry in a week: the major players, regulation like PSD2, and the trends in open banking. I'd love to do the same for HIPAA and value-based care.",
    );
    const level = (id: string): number | null => r.criteria.find((c) => c.id === id)!.level;
    expect(level('adjacent')).toBe(3);
    expect(level('plan')).toBeGreaterThanOrEqual(2);
  });
});

describe('elevator-pitch: what you want next', () => {
  const pitch = (close: string): string =>
    `I'm a data scientist who builds experimentation tooling for checkout teams. At a marketplace I introduced sequential testing, and checkout experiments now reach a decision in 9 days instead of 21. ${close}`;
  const next = (r: RubricScore): number | null => r.criteria.find((c) => c.id === 'next')!.level;

  it('"I\'d like to think I\'m good at ..." is a hedge, not a next step', () => {
    expect(
      next(score('elevator-pitch', 'Tell me about yourself.', pitch("I'd like to think I'm good at turning vague questions into clean experiments."))),
    ).toBe(1);
  });

  it('"I\'d like to own ..." states one', () => {
    expect(
      next(score('elevator-pitch', 'Tell me about yourself.', pitch("Next I'd like to own experimentation for a whole product line."))),
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('elevator-pitch: the experience behind the role', () => {
  it('years said in words anchor the thesis as digits do', () => {
    const thesis = (text: string): number | null => score('elevator-pitch', 'Tell me about yourself.', text).criteria.find((c) => c.id === 'thesis')!.level;
    const words = thesis("I'm a service manager with six years in retail support, and I specialise in leading teams through peak season.");
    const digits = thesis("I'm a service manager with 6 years in retail support, and I specialise in leading teams through peak season.");
    expect(words).toBe(digits);
    expect(words).toBeGreaterThanOrEqual(4);
  });
});

describe('project-end-to-end: batch scoring is serving too', () => {
  it('"scoring as a dbt model" and "what I took away" reach the production criterion', () => {
    const r = score(
      'project-end-to-end',
      'Walk me through a project from idea to production.',
      "Retention was sending discounts to every lapsed customer. I built a churn score and wrote the scoring as a dbt model plus one Python step that runs nightly, with a drift alert on the score distribution. What I took away: agree the threshold's business metric before modelling.",
    );
    expect(r.criteria.find((c) => c.id === 'production')!.level).toBe(5);
    quotedPhrases(r, 'production', ['scoring as', 'dbt']);
  });
});
