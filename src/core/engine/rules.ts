import type { EngineProblem, Finding, FrontMatter, OffsetRange, ResolvedConfig, Rule, Severity } from '../types.js';
import type { ChunkModel } from '../model/build.js';
import { rules } from '../registry.js';

/** A finding as a rule reported it, still in the chunk's own offsets. */
export interface LocalFinding {
  ruleId: string;
  severity: Severity;
  finding: Finding;
  message: string;
}

/**
 * A rule that threw on an answer. It is shown as a problem once the answer's place in the
 * file is known, since the message names the answer by its number.
 */
export interface RuleFailure {
  kind: 'rule-failed';
  ruleId: string;
  reason: string;
}

/** What went wrong while linting one answer. */
export type AnswerProblem = EngineProblem | RuleFailure;

/** An answer's model and what its rules found, in the answer's own offsets. */
export interface ChunkResult {
  model: ChunkModel;
  findings: LocalFinding[];
  problems: AnswerProblem[];
}

/** An answer parsed in this lint whose rules are still to run. */
export interface PendingAnswer {
  text: string;
  frontMatter: FrontMatter | undefined;
  result: ChunkResult;
}

// Each message template split once at its "{name}" slots: text, name, text, ... A replace with a
// callback per finding cost more than the rules that report many findings (fillers, hedges).
const templateParts = new Map<string, string[]>();

function format(template: string, data: Finding['data']): string {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const v = data?.[name];
    // A slot with no value stays as written.
    out += (v === undefined ? `{${name}}` : String(v)) + parts[i + 1]!;
  }
  return out;
}

function validRange(r: OffsetRange | undefined, length: number): boolean {
  return !!r && Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length;
}

/**
 * Runs every enabled rule on the answers parsed in this lint, rule by rule across all of
 * them: one rule's code and patterns stay hot through a whole bank (answer by answer, the
 * parser and nine rules evicted each other, a bank linted about 15% slower). Each
 * finding's range, fix and suggestions are checked here; a rule that reports a bad one,
 * or throws, is named in a problem and the other rules still run.
 */
export function runRules(answers: readonly PendingAnswer[], config: ResolvedConfig): void {
  for (const rule of rules as Rule[]) {
    const rc = config.rules[rule.meta.id];
    if (!rc || rc.severity === 'off') continue;
    const severity = rc.severity;
    const id = rule.meta.id;
    for (const { text, frontMatter, result } of answers) {
      const { model, findings, problems } = result;
      const report = (f: Finding): void => {
        const bad = (what: string): void => {
          problems.push({ kind: 'rule', ruleId: id, message: `Rule "${id}" reported ${what}; the finding was dropped` });
        };
        if (!validRange(f, text.length)) return bad(`an invalid range ${f.start}-${f.end} in an answer of ${text.length} characters`);
        if (f.fix && (!validRange(f.fix.range, text.length) || typeof f.fix.text !== 'string'))
          return bad(`an invalid fix range ${f.fix.range?.start}-${f.fix.range?.end}`);
        for (const s of f.suggestions ?? [])
          if (!validRange(s.fix.range, text.length)) return bad(`an invalid suggestion range ${s.fix.range.start}-${s.fix.range.end}`);
        const template = rule.meta.messages[f.messageId];
        if (template === undefined) return bad(`an unknown message id "${f.messageId}"`);
        findings.push({ ruleId: id, severity, finding: f, message: format(template, f.data) });
      };
      try {
        rule.check({ text, answer: model.answer, frontMatter, options: rc.options, settings: config.settings, report });
      } catch (e) {
        problems.push({ kind: 'rule-failed', ruleId: id, reason: e instanceof Error ? e.message : String(e) });
      }
    }
  }
}
