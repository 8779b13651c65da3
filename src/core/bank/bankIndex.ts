import { Linter } from '../engine.js';
import type { ConfiguredQuestion, LintResult, ResolvedConfig } from '../types.js';
import type { LoadedRubric } from '../score/types.js';
import { scoreLintResult } from '../score/scorer.js';
import { bankAnswersOf } from './answers.js';
import { competencyTopics } from './competencies.js';
import { computeCoverage } from './coverage.js';
import { questionTopics } from './questions.js';
import type { BankAnswer, Coverage } from './types.js';

interface Entry {
  /** What was scored: the text, or the lint result handed in. */
  text?: string;
  result?: LintResult;
  config: ResolvedConfig;
  rubrics: readonly LoadedRubric[];
  answers: BankAnswer[];
}

/**
 * The scored answers of a workspace, kept between listings: a file is linted and scored again
 * only when its text, its config or the rubrics changed (compared by identity: a caller hands
 * in the same config and rubric objects until they change). Each file keeps its own linter,
 * whose per-answer cache makes a re-lint after an edit cost the edited answer only.
 */
export class BankIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly linters = new Map<string, Linter>();

  /** Scores `text` as `file` (or keeps the last score when nothing changed); returns its answers. */
  update(args: { file: string; text: string; config: ResolvedConfig; rubrics: readonly LoadedRubric[] }): BankAnswer[] {
    const { file, text, config, rubrics } = args;
    const last = this.entries.get(file);
    if (last && last.text === text && last.config === config && last.rubrics === rubrics) return last.answers;
    let linter = this.linters.get(file);
    if (!linter) {
      linter = new Linter(config);
      this.linters.set(file, linter);
    } else if (linter.getConfig() !== config) linter.setConfig(config);
    return this.score({ file, text, result: linter.lint(text), config, rubrics });
  }

  /** Scores a lint result made elsewhere (an editor's lint of an open document). */
  updateFromResult(args: { file: string; result: LintResult; config: ResolvedConfig; rubrics: readonly LoadedRubric[] }): BankAnswer[] {
    const last = this.entries.get(args.file);
    if (last && last.result === args.result && last.config === args.config && last.rubrics === args.rubrics) return last.answers;
    return this.score(args);
  }

  private score(args: { file: string; text?: string; result: LintResult; config: ResolvedConfig; rubrics: readonly LoadedRubric[] }): BankAnswer[] {
    const { file, text, result, config, rubrics } = args;
    const report = scoreLintResult(result, { rubrics: [...rubrics], config });
    const answers = bankAnswersOf({ file, result, report });
    this.entries.set(file, { ...(text !== undefined ? { text } : { result }), config, rubrics, answers });
    return answers;
  }

  /** Forgets a file (deleted, or no longer an answer); true when it was there. */
  remove(file: string): boolean {
    this.linters.delete(file);
    return this.entries.delete(file);
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }

  files(): string[] {
    return [...this.entries.keys()];
  }

  /** The scored answers of one file (none when it is not in the bank). */
  answersOf(file: string): readonly BankAnswer[] {
    return this.entries.get(file)?.answers ?? [];
  }

  /**
   * Every answer, ordered by file and position, and their coverage: the competencies of every
   * rubric set in use, and the prepared questions with those of every config in use.
   */
  snapshot(): { answers: BankAnswer[]; coverage: Coverage } {
    const keys = [...this.entries.keys()].sort((a, b) => a.localeCompare(b));
    const answers: BankAnswer[] = [];
    const rubrics = new Map<string, LoadedRubric>();
    const questions: ConfiguredQuestion[] = [];
    const seen = new Set<string>();
    for (const k of keys) {
      const e = this.entries.get(k)!;
      answers.push(...e.answers);
      for (const r of e.rubrics) if (!rubrics.has(r.rubric.id)) rubrics.set(r.rubric.id, r);
      for (const q of e.config.questions) {
        const id = JSON.stringify(q);
        if (!seen.has(id)) questions.push(q);
        seen.add(id);
      }
    }
    return { answers, coverage: computeCoverage({ answers, competencies: competencyTopics([...rubrics.values()]), questions: questionTopics(questions) }) };
  }
}
