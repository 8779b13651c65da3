/**
 * Splits a sentence into clauses: a spoken answer joins its steps with "and", "so", "which"
 * and semicolons, and each step is a claim of its own ("I tuned it, and the final model got
 * 81% recall": an action, then a level reached). A break needs a new subject or a relative
 * or participle opener after the joiner, so "precision and recall" stays whole.
 */

const SUBJECT = String.raw`(?:i|we|they|he|she|it|this|that|the|our|my|their|its|everyone|nobody|management|leadership)`;

// "My team and I owned the pipeline": one subject, not two clauses.
const PARTNER_BEFORE = /\b(?:team|teammates?|colleagues?|manager|partner|lead|boss|mentor|peers?|co-?founder|supervisor|advisor)$/i;
const PARTNER_AND_I = /^\s+and\s+$/i;

// "..., and even though we were two people short, we still managed it": the concession is the
// setting of the claim after it, so it is a clause of its own on both sides.
const CONCESSIVE = String.raw`(?:even though|although|though|despite|in spite of)`;

// A break starts at the punctuation or at the first space of a run, never inside a run of
// spaces (blanked markup makes long ones; a scan from each of their spaces would be quadratic).
const BREAK = new RegExp(
  String.raw`(?:,|(?<!\s))\s+(?:and\s+|but\s+)?(?=${CONCESSIVE}\s)|,(?<=(?:^|\s)${CONCESSIVE}\s[^,;]{1,80},)\s+(?=${SUBJECT}\b)|\s*[;:]\s+|\s+[—–]\s+|\s+-\s+|(?:,|(?<!\s))\s+(?:and|but|so|while|whereas|and then|then|and so|because)\s+(?=${SUBJECT}\b)|,\s+(?=when (?:i|we)\b)|(?:,|(?<!\s))\s+(?=where (?:i|we)\b)|(?<comma>,\s+)(?=(?:i|we)\s)|,?\s+(?:which|that|this) (?:meant|means)(?: that)?\s+(?=(?:i|we)\b)|,\s+meaning(?: that)?\s+(?=(?:i|we)\b)|,\s+(?=(?:which|and which|cutting|reducing|saving|increasing|lifting|boosting|raising|lowering|improving|shrinking|growing|bringing|taking|resulting|leading|allowing|making|helping|freeing)\b)|,\s+(?:and|but|so)\s+(?=(?:\p{L}+ed|saved|cut|made|got|built|ran|won|took)\b)`,
  'giu',
);

const SUBORDINATE = String.raw`(?:when|whenever|as soon as|as|after|before|once|while|if|since|because|although|though|even though|until|by the time|so that)`;
const OWN_CLAUSE_BEFORE = new RegExp(String.raw`^(?![\s"'(]*(?:(?:and|but|so|then)\s+)?${SUBORDINATE}\b).*\b(?:i|i'm|i've|we|we're|we've)\b`, 'iu');

const OPENS_WITH_SUBJECT = new RegExp(`^[\\s"'(]*(?:(?:and|but|so|then)\\s+)?${SUBJECT}\\b`, 'iu');

// At most three runs of non-space characters. One test instead of listing the runs: a clause
// and a step are checked on every sentence, and the list was garbage at once. Linear: a run
// given back leaves a non-space where a space must follow.
const AT_MOST_THREE_WORDS = /^\s*(?:\S+(?:\s+\S+){0,2}\s*)?$/;

/** The text has three words or fewer (runs of non-space characters). */
export const atMostThreeWords = (text: string): boolean => AT_MOST_THREE_WORDS.test(text);

export interface ClauseSpan {
  /** Offsets within the sentence text. */
  start: number;
  end: number;
}

export function splitClauses(sentence: string): ClauseSpan[] {
  const out: ClauseSpan[] = [];
  let from = 0;
  BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK.exec(sentence)) !== null) {
    if (m[0].length === 0) {
      BREAK.lastIndex++;
      continue;
    }
    // "My team and I owned the pipeline": one subject, not two clauses.
    if (PARTNER_AND_I.test(m[0]) && /^i\b/i.test(sentence.slice(BREAK.lastIndex, BREAK.lastIndex + 2)) && PARTNER_BEFORE.test(sentence.slice(0, m.index)))
      continue;
    // "I'm familiar with Spark, I have used it": a comma before a new "I" ends a clause, but
    // not after an opener ("After the launch, I ...") or a clause of time ("As soon as I saw it, I ...").
    if (m.groups?.comma !== undefined && !OWN_CLAUSE_BEFORE.test(sentence.slice(from, m.index))) continue;
    if (/\S/.test(sentence.slice(from, m.index))) out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  if (/\S/.test(sentence.slice(from))) out.push({ start: from, end: sentence.length });
  // Trim each clause to its words.
  const trimmed = out.map((c) => {
    let { start, end } = c;
    // Quote marks and emphasis around a clause are not part of the claim it quotes as evidence.
    while (start < end && /[\s"“”*_]/.test(sentence[start]!)) start++;
    while (end > start && /[\s"“”*_]/.test(sentence[end - 1]!)) end--;
    return { start, end };
  });
  // A fragment of a few words is no claim of its own: "The analyst and I disagreed" has one subject.
  const merged: ClauseSpan[] = [];
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i]!;
    const next = trimmed[i + 1];
    const short = atMostThreeWords(sentence.slice(c.start, c.end));
    const prev = merged[merged.length - 1];
    // "...; then focus, so I muted Slack": a fragment with no subject of its own goes on with
    // the clause before it, so the clause after it keeps its subject.
    if (short && prev && !OPENS_WITH_SUBJECT.test(sentence.slice(c.start, c.end))) merged[merged.length - 1] = { start: prev.start, end: c.end };
    // "I raised it with both the client and my supervisor, and suggested a new date": a few
    // words after "and" with no verb before a step that has no subject of its own are the
    // second half of an object, not the subject of that step.
    else if (short && prev && next && !OPENS_WITH_SUBJECT.test(sentence.slice(next.start, next.end)))
      merged[merged.length - 1] = { start: prev.start, end: c.end };
    else if (short && next) trimmed[i + 1] = { start: c.start, end: next.end };
    else merged.push(c);
  }
  return merged;
}
