import type { BankAnswer } from './types.js';

/** What is kept of an answer each time a draft of it is scored. */
export interface DraftRecord {
  score: number;
  pass: boolean;
  /** Lint findings by rule id (rules with none are left out). */
  findings: Record<string, number>;
}

export function draftRecordOf(answer: BankAnswer): DraftRecord {
  return { score: answer.score, pass: answer.pass, findings: { ...answer.findings } };
}

function sameFindings(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

/** The history with `next` appended when it differs from the last draft, keeping the last `keep`. */
export function recordDraft(history: readonly DraftRecord[], next: DraftRecord, keep = 10): DraftRecord[] {
  const last = history[history.length - 1];
  if (last && last.score === next.score && last.pass === next.pass && sameFindings(last.findings, next.findings)) return [...history];
  return [...history, next].slice(-keep);
}

// What a finding count going to zero, or up from zero, means to the candidate.
const GONE: Record<string, [gone: string, back: string]> = {
  'result-needs-metric': ['the result now has a number', 'the result lost its number'],
  'star-missing-result': ['the answer now has a Result', 'the Result part is missing'],
  'vague-we': ['your own part is now said with "I"', 'the work is all "we" again'],
  'too-long': ['it now fits its time', 'it now runs too long'],
  'accuracy-only': ['accuracy now comes with another metric', 'accuracy stands alone'],
};
const NAMES: Record<string, string> = {
  hedge: 'hedges',
  filler: 'fillers',
  'red-flag': 'red flags',
  placeholder: 'placeholders',
  'star-missing-section': 'missing STAR parts',
};

function signed(n: number): string {
  const r = Math.round(n * 100) / 100;
  return `${r > 0 ? '+' : r < 0 ? '-' : '±'}${Math.abs(r).toFixed(2)}`;
}

/**
 * What changed between two drafts of an answer, in a line: "+0.60: hedges 5 -> 1, the result
 * now has a number". Undefined when nothing did.
 */
export function describeDraftChange(prev: DraftRecord, next: DraftRecord): string | undefined {
  const parts: string[] = [];
  if (prev.pass !== next.pass) parts.push(next.pass ? 'it now passes' : 'it no longer passes');
  const rules = [...new Set([...Object.keys(prev.findings), ...Object.keys(next.findings)])].sort();
  for (const rule of rules) {
    const a = prev.findings[rule] ?? 0;
    const b = next.findings[rule] ?? 0;
    if (a === b) continue;
    const gone = GONE[rule];
    if (gone && (a === 0 || b === 0)) parts.push(b === 0 ? gone[0] : gone[1]);
    else parts.push(`${NAMES[rule] ?? rule} ${a} -> ${b}`);
  }
  const delta = next.score - prev.score;
  if (parts.length === 0 && Math.abs(delta) < 0.005) return undefined;
  return `${signed(delta)}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/** The scores of the drafts, oldest first: "3.10 -> 3.40 -> 4.00". */
export function draftTrend(history: readonly DraftRecord[]): string {
  return history.map((d) => d.score.toFixed(2)).join(' -> ');
}

/** The key a draft history is kept under: the file and the answer's question (or its number). */
export function draftKey(answer: BankAnswer): string {
  return `${answer.file}#${answer.question ?? `answer ${answer.number}`}`;
}
