import type { Answer, Diagnostic, EngineProblem, FrontMatter, LintResult, ResolvedConfig } from '../types.js';
import { buildChunkModel, type BuildOptions, type ChunkModel } from '../model/build.js';
import { splitAnswers, type Chunk } from '../model/split.js';
import { isSectionHeading } from '../model/labels.js';
import { defaultConfig } from '../config/resolve.js';
import { assemble, place, type PlacedResult } from './assemble.js';
import { runRules, type ChunkResult, type PendingAnswer } from './rules.js';

/** One answer of the last text linted, with what it was linted as. */
export interface AnswerEntry {
  start: number;
  end: number;
  kind: Chunk['kind'];
  soleAnswer: boolean;
  /** The file's front matter text the answer was linted under ('' for the first chunk). */
  fmKey: string;
  result: ChunkResult;
  placed: PlacedResult;
  /** The answer's diagnostics as last assembled, valid while its offset, first line and index stay. */
  assembled: { base: number; lineBase: number; index: number; diagnostics: Diagnostic[] } | undefined;
}

/** An answer parsed in this lint: an entry once its rules have run and its findings are placed. */
interface NewAnswer extends PendingAnswer, Omit<AnswerEntry, 'result' | 'placed' | 'assembled'> {}

/** Length of the common prefix of two strings (block-wise: string equality on slices is native). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, not reaching into the first `limit` characters of either. */
function commonSuffix(a: string, b: string, limit: number): number {
  const n = Math.min(a.length, b.length) - limit;
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= n && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  }
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * Lints interview answers. Keeps the results of each answer of the last text, so that a
 * keystroke re-parses and re-lints only the answer it touched. An answer is reused when
 * its text is unchanged: it lies wholly before the edit (same offsets) or wholly after it
 * (offsets moved by the edit's length), which a prefix and a suffix comparison tell
 * without hashing the whole file. Results equal a fresh lint. The diagnostic objects of an
 * answer the edit did not move are shared with the previous result: treat results as
 * read-only.
 */
export class Linter {
  private last: { text: string; entries: AnswerEntry[] } | undefined;
  private config: ResolvedConfig;
  private reused = 0;

  constructor(config: ResolvedConfig = defaultConfig()) {
    this.config = config;
  }

  setConfig(config: ResolvedConfig): void {
    this.config = config;
    this.last = undefined;
  }

  getConfig(): ResolvedConfig {
    return this.config;
  }

  /** How many answers (chunks) the last lint took from the previous one instead of re-linting. */
  get reusedAnswers(): number {
    return this.reused;
  }

  lint(text: string): LintResult {
    const chunks = splitAnswers(text, isSectionHeading);
    let answerCount = 0;
    for (const c of chunks) if (c.kind === 'answer') answerCount++;

    const last = this.last;
    // Unchanged text before the edit, and after it (in the new text's offsets from `tailFrom`).
    const prefix = last ? commonPrefix(last.text, text) : 0;
    const suffix = last ? commonSuffix(last.text, text, prefix) : 0;
    const tailFrom = text.length - suffix;
    const delta = last ? text.length - last.text.length : 0;

    // Reused entries, and answers parsed now whose entries are made once their rules have run.
    const slots: (AnswerEntry | NewAnswer)[] = [];
    const pending: NewAnswer[] = [];
    let reused = 0;
    // Old entries are in offset order, as are the new chunks: one pointer walks them.
    const olds = last?.entries ?? [];
    let o = 0;
    let fileFrontMatter: FrontMatter | undefined;
    let fmKey = '';
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i]!;
      const soleAnswer = answerCount === 1 && chunk.kind === 'answer';
      const chunkFmKey = i === 0 ? '' : fmKey;
      let old: AnswerEntry | undefined;
      if (last && (chunk.end <= prefix || chunk.start >= tailFrom)) {
        const shift = chunk.end <= prefix ? 0 : delta;
        while (o < olds.length && olds[o]!.start + shift < chunk.start) o++;
        old = olds[o];
        if (
          old &&
          (old.start + shift !== chunk.start ||
            old.end + shift !== chunk.end ||
            old.kind !== chunk.kind ||
            old.soleAnswer !== soleAnswer ||
            old.fmKey !== chunkFmKey)
        )
          old = undefined;
      }
      let model: ChunkModel;
      if (old) {
        // Before the edit the entry is the same; after it, only its offsets moved. Spelled out
        // rather than spread: a spread copies slowly across a thousand answers a keystroke.
        slots.push(
          old.start === chunk.start
            ? old
            : {
                start: chunk.start,
                end: chunk.end,
                kind: old.kind,
                soleAnswer: old.soleAnswer,
                fmKey: old.fmKey,
                result: old.result,
                placed: old.placed,
                assembled: old.assembled,
              },
        );
        model = old.result.model;
        reused++;
      } else {
        const chunkText = text.slice(chunk.start, chunk.end);
        const built = safeBuild(chunkText, { index: 0, kind: chunk.kind, soleAnswer, ...(i > 0 && fileFrontMatter ? { fileFrontMatter } : {}) });
        model = built.model;
        const fresh: NewAnswer = {
          start: chunk.start,
          end: chunk.end,
          kind: chunk.kind,
          soleAnswer,
          fmKey: chunkFmKey,
          text: chunkText,
          frontMatter: model.frontMatter ?? fileFrontMatter,
          result: { model, findings: [], problems: built.problem ? [built.problem] : [] },
        };
        slots.push(fresh);
        if (!built.problem) pending.push(fresh);
      }
      if (i === 0 && model.frontMatter) {
        fileFrontMatter = model.frontMatter;
        fmKey = text.slice(fileFrontMatter.range.start, fileFrontMatter.range.end);
      }
    }
    // Rules run once every new answer is parsed, not in between: the parser and the rules
    // each keep their code and data hot through a whole bank instead of evicting each other.
    runRules(pending, this.config);
    const entries = slots.map((s): AnswerEntry =>
      'placed' in s
        ? s
        : {
            start: s.start,
            end: s.end,
            kind: s.kind,
            soleAnswer: s.soleAnswer,
            fmKey: s.fmKey,
            result: s.result,
            placed: place(s.text, s.result),
            assembled: undefined,
          },
    );
    this.last = { text, entries };
    this.reused = reused;
    return assemble(text, entries, fileFrontMatter);
  }
}

/**
 * Builds an answer's model; if that throws (a parser bug on some input nobody foresaw),
 * the answer is skipped with a problem instead of taking the editor's linting down.
 */
function safeBuild(text: string, opts: BuildOptions): { model: ChunkModel; problem?: EngineProblem } {
  try {
    return { model: buildChunkModel(text, opts) };
  } catch (e) {
    const prose = text.replace(/[^\r\n]/g, ' ');
    const answer: Answer = {
      index: opts.index,
      kind: opts.kind,
      range: { start: 0, end: text.length },
      type: 'general',
      typeSource: 'default',
      starShaped: false,
      sections: [],
      prose,
      proseStart: 0,
      sentences: [],
      wordCount: 0,
    };
    const reason = e instanceof Error ? e.message : String(e);
    return { model: { answer, directives: [] }, problem: { kind: 'input', message: `An answer could not be read and was not linted (${reason})` } };
  }
}

/** Lints one text with a fresh linter (no cache). */
export function lint(text: string, config?: ResolvedConfig): LintResult {
  return new Linter(config).lint(text);
}
