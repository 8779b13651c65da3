import type { SectionKind } from '../types.js';

/** Who acts in a clause. `none`: a subjectless line ("Rebuilt the split by month"), as in résumé bullets. */
export type Actor = 'i' | 'we' | 'team' | 'other' | 'passive' | 'none';

/** What kind of act a clause tells. */
export type Act = 'action' | 'decision' | 'outcome' | 'state' | 'plan' | 'learning';

/**
 * What a number does in its clause: the change of a measure (the result), a level a measure
 * reached, the size of the work or the team, a starting point, the time allowed, how often
 * something runs, when something happened or how long it took, or years of experience.
 */
export type QuantityRole = 'change' | 'level' | 'scale' | 'baseline' | 'deadline' | 'cadence' | 'time' | 'experience';

export interface Quantity {
  /** Document offsets. */
  start: number;
  end: number;
  text: string;
  role: QuantityRole;
}

/** A concrete thing a clause names: a tool, a system, data, a person or team, a place. */
export interface Thing {
  start: number;
  end: number;
  text: string;
}

/** One clause of candidate prose, read as a claim. */
export interface Claim {
  /** Document offsets of the clause. */
  start: number;
  end: number;
  text: string;
  /** Index of the answer sentence the clause belongs to. */
  sentence: number;
  sectionKinds: SectionKind[];
  actor: Actor;
  act: Act;
  /** The act is one of the vague verbs interviewers discount ("I helped", "I worked on"). */
  vague: boolean;
  quantities: Quantity[];
  things: Thing[];
  /** Stock phrases in the clause that could be said by anyone ("actionable insights"). */
  generic: Thing[];
}
