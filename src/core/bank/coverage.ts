import type { BankAnswer, BankTopic, Coverage, TopicCoverage } from './types.js';
import { matchQuestion } from './questions.js';

/** The content rubrics of an answer: named in front matter, asked for, or suggested (not the always-on delivery). */
export function contentRubricIds(answer: BankAnswer): string[] {
  return answer.rubrics.filter((r) => r.how !== 'always').map((r) => r.id);
}

function gapOf(topic: BankTopic, answers: number): string {
  if (topic.kind === 'competency') return answers === 0 ? `no story for ${topic.subject}` : `no passing story for ${topic.subject}`;
  return answers === 0 ? `no answer to ${topic.subject}` : `no passing answer to ${topic.subject}`;
}

function row(topic: BankTopic, answers: number[], all: readonly BankAnswer[]): TopicCoverage {
  const passing = answers.filter((i) => all[i]!.pass);
  return { topic, answers, passing, ...(passing.length === 0 ? { gap: gapOf(topic, answers.length) } : {}) };
}

/**
 * The coverage matrix of a story bank: for each competency, the answers scored against its
 * rubric (named in front matter or suggested by the scorer); for each question, the answers
 * whose question (heading, interviewer line or front matter `question:`) has one of its
 * wordings once normalised. A topic with no passing answer is a gap, said in words. An answer
 * can count for one competency and one question at once, or for neither.
 */
export function computeCoverage(args: { answers: readonly BankAnswer[]; competencies: readonly BankTopic[]; questions: readonly BankTopic[] }): Coverage {
  const { answers, competencies, questions } = args;
  const byCompetency = new Map<string, number[]>(competencies.map((t) => [t.id, []]));
  const byQuestion = new Map<string, number[]>(questions.map((t) => [t.id, []]));
  const unplaced: number[] = [];
  answers.forEach((a, i) => {
    let placed = false;
    const ids = contentRubricIds(a);
    for (const t of competencies) {
      if (t.rubricId !== undefined && ids.includes(t.rubricId)) {
        byCompetency.get(t.id)!.push(i);
        placed = true;
      }
    }
    const q = matchQuestion(a.question, questions);
    if (q) {
      byQuestion.get(q.id)!.push(i);
      placed = true;
    }
    if (!placed) unplaced.push(i);
  });
  const competencyRows = competencies.map((t) => row(t, byCompetency.get(t.id)!, answers));
  const questionRows = questions.map((t) => row(t, byQuestion.get(t.id)!, answers));
  return {
    competencies: competencyRows,
    questions: questionRows,
    unplaced,
    gaps: [...competencyRows, ...questionRows].flatMap((r) => (r.gap ? [r.gap] : [])),
  };
}
