import { describe, expect, it } from 'vitest';
import {
  Linter,
  bankAnswersOf,
  describeDraftChange,
  draftKey,
  draftRecordOf,
  draftTrend,
  recordDraft,
  scoreLintResult,
  shippedRubrics,
  type DraftRecord,
} from '../../../src/core/index.js';

const rubrics = shippedRubrics().rubrics;
function draft(text: string): DraftRecord {
  const result = new Linter().lint(text);
  return draftRecordOf(bankAnswersOf({ file: 'answers/churn.md', result, report: scoreLintResult(result, { rubrics }) })[0]!);
}

const FIRST = `# Tell me about a time you failed

I think I kind of underestimated the data cleaning on a churn dashboard, and I guess it
basically shipped late. Maybe the estimate was just a bit optimistic. In the end the
dashboard improved retention a lot, and I learned to plan better.
`;
const SECOND = `# Tell me about a time you failed

I underestimated the data cleaning on a churn dashboard by two weeks, so it shipped late and
the retention team ran its March campaign without it. I rebuilt the plan with a cleaning
estimate per source and flagged the risk in the first status update; the next dashboard
shipped on the day I promised, and the team used it to cut the campaign list by 30%.
`;

describe('drafts', () => {
  it('says what changed between two real drafts of an answer', () => {
    const a = draft(FIRST);
    const b = draft(SECOND);
    expect(a.findings['hedge']).toBeGreaterThanOrEqual(4);
    expect(b.findings['hedge']).toBeUndefined();
    const line = describeDraftChange(a, b)!;
    expect(b.score).toBeGreaterThan(a.score);
    expect(b.pass).toBe(true);
    expect(line).toBe(`+${(b.score - a.score).toFixed(2)}: it now passes, hedges ${a.findings['hedge']} -> 0, the result now has a number`);
  });

  it('words each kind of change, and says nothing when nothing changed', () => {
    const base: DraftRecord = { score: 3.4, pass: false, findings: { hedge: 5, 'result-needs-metric': 1 } };
    expect(describeDraftChange(base, { score: 4, pass: false, findings: { hedge: 1 } })).toBe('+0.60: hedges 5 -> 1, the result now has a number');
    expect(describeDraftChange(base, { score: 3.15, pass: false, findings: { hedge: 5, 'result-needs-metric': 1, 'vague-we': 1 } })).toBe(
      '-0.25: the work is all "we" again',
    );
    expect(describeDraftChange(base, { score: 3.4, pass: false, findings: { 'result-needs-metric': 1, hedge: 5 } })).toBeUndefined();
    expect(describeDraftChange(base, { score: 3.9, pass: true, findings: { 'result-needs-metric': 1, hedge: 5 } })).toBe('+0.50: it now passes');
    expect(describeDraftChange(base, { score: 3.4, pass: false, findings: { hedge: 4, 'result-needs-metric': 1, filler: 2 } })).toBe(
      '±0.00: fillers 0 -> 2, hedges 5 -> 4',
    );
  });

  it('keeps a draft only when it differs from the last, and at most ten', () => {
    const d = (score: number): DraftRecord => ({ score, pass: score >= 3.8, findings: {} });
    let history: DraftRecord[] = [];
    for (const s of [3.1, 3.1, 3.4, 3.4, 4]) history = recordDraft(history, d(s));
    expect(draftTrend(history)).toBe('3.10 -> 3.40 -> 4.00');
    for (let i = 0; i < 12; i++) history = recordDraft(history, d(2 + i / 10));
    expect(history).toHaveLength(10);
    expect(history[9]!.score).toBe(3.1);
  });

  it('keys a history by file and question', () => {
    const result = new Linter().lint(SECOND);
    const [a] = bankAnswersOf({ file: 'answers/churn.md', result, report: scoreLintResult(result, { rubrics }) });
    expect(draftKey(a!)).toBe('answers/churn.md#Tell me about a time you failed');
  });
});
