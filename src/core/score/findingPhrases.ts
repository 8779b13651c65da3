/**
 * What each rule's finding is called in sentences a candidate reads (the score's "missing:"
 * hints and notes), singular and plural: rule ids are names for config files, not for advice.
 * `test/unit/score/finding-phrases.test.ts` checks that every rule has one.
 */
export const FINDING_PHRASES: Readonly<Record<string, { one: string; many: string; instead?: string }>> = {
  'accuracy-only': { one: 'accuracy figure with no other metric', many: 'accuracy figures with no other metric' },
  filler: { one: 'spoken filler ("um", "you know")', many: 'spoken fillers ("um", "you know")' },
  hedge: { one: 'hedge ("I think", "kind of")', many: 'hedges ("I think", "kind of")' },
  'indented-prose': { one: 'block of answer lines indented as code', many: 'blocks of answer lines indented as code' },
  placeholder: { one: 'unfinished template slot', many: 'unfinished template slots' },
  'red-flag': { one: 'phrase interviewers read as a red flag', many: 'phrases interviewers read as red flags' },
  'result-needs-metric': { one: 'result without a number', many: 'results without a number', instead: 'a number on the result' },
  // "Missing: no missing Result part" says it twice over: what is owed is the result itself.
  'star-missing-result': { one: 'missing Result part', many: 'missing Result parts', instead: 'the result the story stops before' },
  'star-missing-section': {
    one: 'missing Situation, Task or Action part',
    many: 'missing Situation, Task or Action parts',
    instead: 'the STAR part the answer leaves out',
  },
  'too-long': { one: 'answer over its time budget', many: 'answers over their time budget' },
  'vague-we': { one: 'story told only as "we"', many: 'stories told only as "we"' },
};

/** What the answer needs where a finding must be absent ("a number on the result"), when every rule names one. */
export function findingsInstead(ruleIds: readonly string[]): string | undefined {
  const all = ruleIds.map((id) => FINDING_PHRASES[id]?.instead);
  return all.every((x) => x !== undefined) ? all.join(' and ') : undefined;
}

function phrase(ruleId: string, plural: boolean): string {
  const p = FINDING_PHRASES[ruleId];
  if (p) return plural ? p.many : p.one;
  // A rule from outside the shipped set: its id, quoted, is the best name there is.
  return `"${ruleId}" ${plural ? 'findings' : 'finding'}`;
}

/**
 * "result without a number or accuracy figure with no other metric" (for "no ..." and "at most
 * 2 ..."), or with `article` "a result without a number or an accuracy figure with no other metric".
 */
export function findingList(ruleIds: readonly string[], plural: boolean, article = false): string {
  const names = ruleIds.map((id) => phrase(id, plural)).map((n) => (article ? `${/^[aeiou]/i.test(n) ? 'an' : 'a'} ${n}` : n));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
