import type { LoadedRubric, Rubric } from '../score/types.js';
import type { BankTopic } from './types.js';

/** The interview's five competencies (seeds of the shipped rubrics), in the order the interview grades them. */
export const SHIPPED_COMPETENCY_IDS = [
  'time-series-forecasting',
  'data-modeling-analysis',
  'python-data-libraries',
  'database-data-pipelines',
  'business-insight-communication',
] as const;

// How a gap names them: the rubric titles are headings ("Database & Data Pipeline Skills"), a sentence wants words.
const SUBJECTS: Record<string, string> = {
  'time-series-forecasting': 'time series forecasting',
  'data-modeling-analysis': 'data modeling and analysis',
  'python-data-libraries': 'Python data libraries',
  'database-data-pipelines': 'databases and data pipelines',
  'business-insight-communication': 'business insight and communication',
};

function subjectOf(rubric: Rubric): string {
  return SUBJECTS[rubric.id] ?? rubric.title.replace(/\s*&\s*/g, ' and ').replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
}

/**
 * The competencies of the matrix: every loaded rubric of kind `competency`, the five shipped
 * ones first in the interview's order, then the workspace's by id. A workspace rubric that
 * replaces a shipped one keeps its place and takes its title.
 */
export function competencyTopics(rubrics: readonly LoadedRubric[]): BankTopic[] {
  const competencies = rubrics.map((r) => r.rubric).filter((r) => r.kind === 'competency');
  const rank = (id: string): number => {
    const i = (SHIPPED_COMPETENCY_IDS as readonly string[]).indexOf(id);
    return i < 0 ? SHIPPED_COMPETENCY_IDS.length : i;
  };
  return competencies
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))
    .map((r) => ({ id: r.id, kind: 'competency', title: r.title, subject: subjectOf(r), rubricId: r.id }));
}
