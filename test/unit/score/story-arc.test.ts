import { describe, expect, it } from 'vitest';
import { deliveryCriterion } from '../../helpers/score.js';

const arc = (text: string): ReturnType<typeof deliveryCriterion> => deliveryCriterion(text, 'structure');

describe('the story arc of an unlabelled answer', () => {
  it("one step of the candidate's own is an outline, not an arc with its actions clear", () => {
    const a = arc('# Tell me about a project that went wrong\n\nOur churn model slipped a month. I rebuilt the joins on the customer table.\n');
    expect(a.level).toBe(2);
  });

  it('a story with one step and its result is not said to stop before its result', () => {
    const a = arc(
      '# Tell me about a time you pushed back\n\nA stakeholder asked for 1-second latency on a weekly report. I laid out the cost against the value. They agreed to a 1-hour refresh straight away.\n',
    );
    expect(a.level).toBe(2);
    expect(a.descriptor).not.toMatch(/stops before its result/);
    expect(a.next).toBe('Tell the steps you took yourself, one after another.');
  });

  it('two steps of their own and an outcome make the arc', () => {
    const a = arc(
      '# Tell me about a project that went wrong\n\nOur churn model slipped a month. I rebuilt the joins on the customer table and I added a row-count check to the Airflow job. The model shipped in May and churn fell by 4%.\n',
    );
    expect(a.level).toBe(4);
  });

  it('two steps with no outcome ask for the result only, not for steps already told', () => {
    const a = arc(
      '# Tell me about a project that went wrong\n\nOur churn model slipped a month. I rebuilt the joins on the customer table and I added a row-count check to the Airflow job.\n',
    );
    expect(a.level).toBe(3);
    expect(a.next).toBe('Close the story with its result, stated on its own - what changed because of what you did.');
  });
});

describe('the advice for a story that stops before its result', () => {
  const STOPS = (action: string): string =>
    `# Tell me about a project that went wrong\n\n**Situation:** Our churn model was due in March and the joins dropped customers.\n\n**Action:** ${action}\n`;

  it('asks for the result, not for steps, once the steps are told', () => {
    const a = arc(STOPS('I rebuilt the joins on the customer table, and I added a row-count check to the Airflow job.'));
    expect(a.level).toBe(2);
    expect(a.next).toBe('Close the story with its result, stated on its own - what changed because of what you did. (missing: a Result section with a metric)');
  });

  it("asks for the result when the Action part tells a step of the candidate's own", () => {
    const a = arc(STOPS('Added a row-count check to the Airflow job.'));
    expect(a.level).toBe(2);
    expect(a.next).toMatch(/^Close the story with its result, stated on its own/);
  });

  it('asks for the result when the steps are told as "we"', () => {
    const a = arc(
      '# Tell me about a disagreement on your team\n\nOn our RAG project the team disagreed about Pinecone or our own vector store. We ran a benchmark of both on our support documents, and we put together a decision matrix of cost and latency. Going through it taught the team to decide from data.\n',
    );
    expect(a.level).toBe(2);
    expect(a.next).toMatch(/^Close the story with its result, stated on its own/);
  });

  it('asks for the steps when they are not told', () => {
    const a = arc(STOPS('We looked into it as a team.'));
    expect(a.level).toBe(2);
    expect(a.next).toMatch(/^Tell the steps you took yourself, one after another\./);
  });
});

describe('the advice for a story that has its lesson but leaves out a part', () => {
  it('names the part left out, not the lesson the answer already ends on', () => {
    const a = arc(
      '# Tell me about a hard technical problem\n\nThe STT model kept mishearing accented English on sales calls.\n\n**Action:** I built a custom vocabulary in Deepgram and I fine-tuned the language model on labelled calls.\n\n**Result:** WER went from 22% down to 11%.\n\n**Lesson:** Adapting to the domain matters as much as the model you pick.\n',
    );
    expect(a.level).toBe(4);
    expect(a.next).toMatch(/^Tell the STAR part the answer leaves out .*\(missing: a (?:Situation|Task) part(?: and a Task part)?\)$/);
  });
});
