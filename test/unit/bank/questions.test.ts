import { describe, expect, it } from 'vitest';
import { matchQuestion, normaliseQuestion, preparedQuestions, questionTopics } from '../../../src/core/index.js';

const topics = preparedQuestions();
const idOf = (q: string): string | undefined => matchQuestion(q, topics)?.id;

describe('the prepared questions', () => {
  it("are the guide's eleven, in its order, with ids of their own kind", () => {
    expect(topics.map((t) => t.id)).toEqual([
      'question:impactful-ml-project',
      'question:challenging-dataset',
      'question:choosing-a-model',
      'question:explaining-to-non-technical',
      'question:class-imbalance',
      'question:preventing-overfitting',
      'question:evaluating-models',
      'question:missing-data',
      'question:deploying-models',
      'question:a-time-you-failed',
      'question:team-conflict',
    ]);
    expect(topics[0]!.title).toBe('Walk me through your most impactful ML project');
    expect(topics[10]!.title).toBe('Describe a conflict with a team member and how you resolved it');
  });
});

describe('normaliseQuestion', () => {
  it('drops case, punctuation, markup, quotes, labels and apostrophes', () => {
    expect(normaliseQuestion('Q3: "How do you PREVENT over-fitting?"')).toBe('how do you prevent over fitting');
    expect(normaliseQuestion('**Question 7.** How do you evaluate your models?')).toBe('how do you evaluate your models');
    expect(normaliseQuestion('Interviewer: What don’t you like?')).toBe('what dont you like');
  });

  it('reads "can you", "could you please" and "tell us" as the plain question', () => {
    expect(normaliseQuestion('Can you walk us through your most impactful ML project?')).toBe('walk me through your most impactful ml project');
    expect(normaliseQuestion('Could you please tell us about a time you failed?')).toBe('tell me about a time you failed');
  });
});

describe('matchQuestion is conservative', () => {
  it('matches the same question however it is punctuated, numbered or asked politely', () => {
    expect(idOf('## Tell me about a time you failed.')).toBe('question:a-time-you-failed');
    expect(idOf('Q10 - Tell us about a time you failed')).toBe('question:a-time-you-failed');
    expect(idOf('Tell me about a time when you failed.')).toBe('question:a-time-you-failed');
    expect(idOf('Could you walk me through your most impactful ML project?')).toBe('question:impactful-ml-project');
    expect(idOf('How do you handle class imbalance?')).toBe('question:class-imbalance');
    expect(idOf('Describe a conflict with a team member')).toBe('question:team-conflict');
  });

  it('keeps "Describe" and "Tell me about" apart, and near wordings unmatched', () => {
    expect(idOf('Describe a time you failed')).toBeUndefined();
    expect(idOf('Describe a time you had to explain a complex analysis to non-technical stakeholders')).toBeUndefined();
    expect(idOf('Describe a time you dealt with a messy dataset?')).toBeUndefined();
    expect(idOf('Tell me about a conflict with a stakeholder?')).toBeUndefined();
    expect(idOf('Describe a conflict with a teammate.')).toBeUndefined();
    expect(idOf('Tell me about a failed project.')).toBeUndefined();
    expect(idOf('How do you prevent underfitting?')).toBeUndefined();
    expect(idOf('Tell me about a time you failed as a manager')).toBeUndefined();
    expect(idOf('')).toBeUndefined();
    expect(idOf(undefined as unknown as string)).toBeUndefined();
  });
});

describe("questionTopics adds the config's questions", () => {
  it('after the prepared ones, with ids made from the text or given', () => {
    const t = questionTopics([
      { text: 'Why do you want to join our team?' },
      { id: 'pipeline-failure', text: 'Walk me through a data pipeline failure', aliases: ['Tell me about a pipeline that broke'] },
    ]);
    expect(t.slice(11).map((x) => [x.id, x.title])).toEqual([
      ['question:why-do-you-want-to-join-our-team', 'Why do you want to join our team?'],
      ['question:pipeline-failure', 'Walk me through a data pipeline failure'],
    ]);
    expect(matchQuestion('Tell me about a pipeline that broke.', t)?.id).toBe('question:pipeline-failure');
  });

  it("a wording of a prepared question adds to it; a prepared id takes the user's wording", () => {
    const t = questionTopics([
      { text: 'Tell me about a time you failed', aliases: ['What was your biggest failure?'] },
      { id: 'missing-data', text: 'How do you deal with missing values?' },
    ]);
    expect(t).toHaveLength(11);
    expect(matchQuestion('What was your biggest failure?', t)?.id).toBe('question:a-time-you-failed');
    expect(matchQuestion('How do you deal with missing values?', t)?.id).toBe('question:missing-data');
    expect(matchQuestion('How do you handle missing data?', t)).toBeUndefined();
  });
});
