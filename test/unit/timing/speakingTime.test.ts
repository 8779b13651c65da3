import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Linter, answerTimeText, answerTimings, budgetText, clock, partTimeText, STAR_BUDGETS } from '../../../src/core/index.js';

const FORECAST = readFileSync(new URL('../../e2e/workspace/answers/demand-forecast.md', import.meta.url), 'utf8');
const PITCH = readFileSync(new URL('../../e2e/workspace/answers/pitch.answer.md', import.meta.url), 'utf8');

function timings(text: string, wpm = 150) {
  return answerTimings(new Linter().lint(text).model, wpm);
}

describe('answerTimings', () => {
  it('times each STAR part of a labelled answer against its budget', () => {
    const [t] = timings(FORECAST);
    expect(t!.parts.map(partTimeText)).toEqual([
      'Situation 0:10 · under the 15-20 s budget',
      'Task 0:07 · under the 10-15 s budget',
      'Action 1:36 · over the 60-90 s budget',
      'Result 0:11 · under the 20-30 s budget',
      'Learning 0:06',
    ]);
    expect(answerTimeText(t!)).toBe('Answer 2:10 · 325 words · over the 1-2 min budget');
    expect(t!.parts.map((p) => FORECAST.slice(p.labelRange!.start, p.labelRange!.end))).toEqual([
      '**Situation:**',
      '**Task:**',
      '**Action:**',
      '**Result:**',
      '**Learning:**',
    ]);
    expect(FORECAST.slice(t!.anchor.start, t!.anchor.end)).toBe('# Walk me through a model you took to production');
  });

  it('agrees with the word count: the parts add up to the answer', () => {
    const [t] = timings(FORECAST);
    expect(t!.parts.reduce((n, p) => n + p.words, 0)).toBe(t!.words);
    expect(t!.parts.map((p) => p.words)).toEqual([24, 17, 241, 28, 15]);
  });

  it('follows the speaking rate', () => {
    const [t] = timings(FORECAST, 200);
    expect(t!.parts.map(partTimeText)[2]).toBe('Action 1:12 · within the 60-90 s budget');
    expect(answerTimeText(t!)).toBe('Answer 1:38 · 325 words · within the 1-2 min budget');
  });

  it('schedules every sentence at the words spoken before it', () => {
    const [t] = timings(FORECAST);
    const sentences = t!.parts.flatMap((p) => p.sentences);
    expect(sentences[0]!.at).toBe(0);
    expect(sentences[0]!.text).toMatch(/^A grocery chain with 300 stores/);
    // The Task sentence starts after the 24 words of the Situation: 24 / 150 minutes.
    expect(t!.parts[1]!.sentences[0]!.at).toBeCloseTo(9.6, 5);
    expect(t!.parts[1]!.at).toBeCloseTo(9.6, 5);
    for (let i = 1; i < sentences.length; i++) expect(sentences[i]!.at).toBeGreaterThan(sentences[i - 1]!.at);
    expect(sentences.at(-1)!.text).toBe('A forecast is only used when the people who order can see why it changed.');
  });

  it('sums the budgets of a label that names two parts, names the budget of a synonym, and keeps text before the first label', () => {
    const text = [
      '# Tell me about a conflict with a colleague',
      '',
      'Some context first, briefly.',
      '',
      '**Situation / Task:** The marketing lead and I disagreed on segments, and I had to land one plan in two weeks.',
      '',
      'Approach - I listened first, then proposed rolling five clusters up into three tiers.',
      '',
    ].join('\n');
    const [t] = timings(text);
    expect(t!.parts.map(partTimeText)).toEqual([
      'Opening 0:02',
      'Situation / Task 0:07 · under the 25-35 s Situation + Task budget',
      'Approach 0:05 · under the 60-90 s Action budget',
    ]);
  });

  it('times "S -" style letter labels against the parts they stand for', () => {
    const text =
      '# Tell me about a conflict\n\nS - We disagreed on segments.\n\nT - I had to land one plan.\n\nA - I listened and proposed tiers.\n\nR - Open rates rose 28%.\n';
    expect(timings(text)[0]!.parts.map(partTimeText)).toEqual([
      'S 0:02 · under the 15-20 s Situation budget',
      'T 0:02 · under the 10-15 s Task budget',
      'A 0:02 · under the 60-90 s Action budget',
      'R 0:02 · under the 20-30 s Result budget',
    ]);
  });

  it('budgets an introduction pitch in words, as the too-long rule does', () => {
    const [t] = timings(PITCH);
    expect(answerTimeText(t!)).toBe('Pitch 0:33 · 83 words · within the 75-90 word budget (30-36 s)');
    expect(t!.parts.map((p) => p.label)).toEqual(['Pitch']);
    const long = PITCH.trimEnd() + ' I also mentor two analysts on forecasting every week.\n';
    const result = new Linter().lint(long);
    const [over] = answerTimings(result.model, 150);
    expect(answerTimeText(over!)).toBe('Pitch 0:37 · 92 words · over the 75-90 word budget (30-36 s)');
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('too-long');
  });

  it('puts the lens of an answer whose question is in front matter on its first label', () => {
    const text = '---\nquestion: Tell me about a time you improved a model\n---\n\n**Situation:** Churn was 9%.\n\n**Result:** It fell to 6.5%.\n';
    const [t] = timings(text);
    expect(t!.question).toBe('Tell me about a time you improved a model');
    expect(text.slice(t!.anchor.start, t!.anchor.end)).toBe('**Situation:**');
  });

  it('leaves out the text before the first question of a story bank', () => {
    const text = '# Stories\n\nNotes to self.\n\n## Tell me about yourself\n\nI build forecasts.\n\n## Why this team?\n\nYou ship every week.\n';
    expect(timings(text).map((t) => t.question)).toEqual(['Tell me about yourself', 'Why this team?']);
  });
});

describe('format', () => {
  it('writes clocks and budgets as a reader says them', () => {
    expect([clock(0), clock(9.6), clock(102), clock(600)]).toEqual(['0:00', '0:10', '1:42', '10:00']);
    expect(budgetText(STAR_BUDGETS.action)).toBe('60-90 s');
    expect(budgetText({ minSeconds: 60, maxSeconds: 120 })).toBe('1-2 min');
    expect(budgetText({ minSeconds: 30, maxSeconds: 30 })).toBe('30 s');
  });
});
