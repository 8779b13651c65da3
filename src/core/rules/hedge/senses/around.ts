/**
 * The senses of the hedge phrases: each guard reads the words around a match and says
 * whether it is the hedge or a literal use of the same words ("kind of" in "the kind of
 * problems", "just" in "I just joined", "a bit" in "a bit flip"). The guards live by the
 * words they read: verbs of thought and doubt (`belief.ts`), amounts (`amount.ts`), nouns
 * that look like softeners (`noun.ts`) and adverbs with a literal sense (`adverb.ts`).
 */

/** What the guards of a phrase see: the words around it and the phrase as written. */
export interface Around {
  before: string[];
  after: string[];
  phrase: string;
  /** The prose from the end of the phrase to the end of its sentence (read only by the fixes). */
  readonly rest: string;
}

export const last = (a: string[]): string | undefined => a[a.length - 1];

// The end of a clause: a hedge that closes one ("I've used it a little.") or a verb it softens
// ("that kind of worked, but") is read up to here.
export const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', ')', '-', '—', '–']);
