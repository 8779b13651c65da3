import type { ConfiguredQuestion } from '../types.js';
import type { BankTopic } from './types.js';
import { normaliseQuestion, slug } from './normalise.js';

/** Question topics have ids of their own kind, so they never collide with a rubric id. */
export const QUESTION_ID_PREFIX = 'question:';

interface PreparedQuestion {
  id: string;
  text: string;
  /** Wordings that are plainly the same question (a tense, a shorter ending). */
  aliases?: string[];
}

/**
 * The questions a data science or ML engineering candidate prepares an answer for, from
 * the interview preparation guide the product is built on: project, data, modelling,
 * evaluation and deployment questions, then the behavioural ones.
 */
const PREPARED: PreparedQuestion[] = [
  {
    id: 'impactful-ml-project',
    text: 'Walk me through your most impactful ML project',
    aliases: ['Walk me through your most impactful machine learning project'],
  },
  { id: 'challenging-dataset', text: 'Describe a time you dealt with a challenging dataset' },
  { id: 'choosing-a-model', text: 'How do you choose which model to use?' },
  { id: 'explaining-to-non-technical', text: 'Tell me about a time you had to explain a complex analysis to non-technical stakeholders' },
  { id: 'class-imbalance', text: 'How did you handle class imbalance?', aliases: ['How do you handle class imbalance?'] },
  { id: 'preventing-overfitting', text: 'How do you prevent overfitting?' },
  { id: 'evaluating-models', text: 'How do you evaluate your models?' },
  { id: 'missing-data', text: 'How do you handle missing data?' },
  { id: 'deploying-models', text: 'How do you deploy ML models to production?', aliases: ['How do you deploy machine learning models to production?'] },
  { id: 'a-time-you-failed', text: 'Tell me about a time you failed' },
  {
    id: 'team-conflict',
    text: 'Describe a conflict with a team member and how you resolved it',
    aliases: ['Describe a conflict with a team member'],
  },
];

function topic(id: string, text: string, aliases: readonly string[] = []): BankTopic {
  const wordings = [...new Set([text, ...aliases].map(normaliseQuestion).filter(Boolean))];
  return { id: `${QUESTION_ID_PREFIX}${id}`, kind: 'question', title: text, subject: `"${text}"`, wordings };
}

/** The eleven prepared questions as coverage topics, in the guide's order. */
export function preparedQuestions(): BankTopic[] {
  return PREPARED.map((q) => topic(q.id, q.text, q.aliases));
}

/**
 * The prepared questions followed by the config's. A configured question whose wording is
 * already a topic's adds its aliases there instead of a second row; one with an id already
 * taken replaces that topic (a user's own wording of a prepared question).
 */
export function questionTopics(configured: readonly ConfiguredQuestion[] = []): BankTopic[] {
  const topics = preparedQuestions();
  for (const q of configured) {
    const made = topic(q.id ?? slug(q.text), q.text, q.aliases);
    const sameId = topics.findIndex((t) => t.id === made.id);
    if (sameId >= 0) {
      topics[sameId] = made;
      continue;
    }
    const sameWording = topics.find((t) => t.wordings!.some((w) => made.wordings!.includes(w)));
    if (sameWording) sameWording.wordings = [...new Set([...sameWording.wordings!, ...made.wordings!])];
    else topics.push(made);
  }
  return topics;
}

/** The topic a question matches, by its normalised wording; undefined when none does. */
export function matchQuestion(question: string | undefined, topics: readonly BankTopic[]): BankTopic | undefined {
  if (!question) return undefined;
  const n = normaliseQuestion(question);
  if (!n) return undefined;
  return topics.find((t) => t.kind === 'question' && (t.wordings ?? []).includes(n));
}
