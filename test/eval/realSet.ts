import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findFrontMatter } from '../../src/core/model/frontMatterBlock.js';
import { Linter, defaultConfig, scoreLintResult, shippedRubrics, type LintResult } from '../../src/core/index.js';
import { naiveScore, NAIVE_PASS } from './naive.js';
import { auc, kendallTauB } from './stats.js';

/**
 * Measures rules, answer types and the scorer on the real answers of test/real (paraphrased
 * from public pages, labelled by docs/labelling.md). The answer-level rules are judged by
 * balanced accuracy, since most answers carry a rule's label as false.
 */

export type Quality = 'strong' | 'mixed' | 'weak';
export type LabelType = 'story' | 'pitch' | 'project' | 'technical' | 'honesty' | 'other';
const RANK: Record<Quality, number> = { weak: 0, mixed: 1, strong: 2 };
export const ANSWER_RULES = ['result-needs-metric', 'star-missing-result', 'vague-we'] as const;

export interface RealRow {
  file: string;
  quality: Quality;
  type: LabelType;
  predictedType: string;
  labels: Record<string, boolean>;
  fired: Record<string, boolean>;
  hedgeLabels: string[];
  hedgeFound: string[];
  score: number;
  pass: boolean;
  naive: number;
}

export interface BinaryFigures {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  balancedAccuracy: number;
}

export interface ScorerFigures {
  n: Record<Quality, number>;
  aucStrongWeak: number;
  aucStrongMixed: number;
  aucMixedWeak: number;
  tau: number;
  passAgreement: number;
}

export interface RealFigures {
  rows: RealRow[];
  rules: Record<string, BinaryFigures>;
  /** The same, counting each rule's own id only. */
  strictRules: Record<string, BinaryFigures>;
  hedge: { tp: number; fp: number; fn: number; precision: number; recall: number };
  typeAccuracy: number;
  scorer: ScorerFigures;
  naive: ScorerFigures;
}

const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

interface Labels {
  quality?: unknown;
  type?: unknown;
  hedge?: unknown;
  [rule: string]: unknown;
}

function readLabels(file: string, text: string): Labels {
  const block = findFrontMatter(text);
  const data = block ? (parseYaml(block.value) as { labels?: Labels } | null) : null;
  if (!data?.labels) throw new Error(`${file}: no labels in the front matter`);
  return data.labels;
}

/** The engine's answer type in the labelling guide's words. */
export function labelTypeOf(result: LintResult): string {
  const answer = result.model.answers.find((a) => a.kind === 'answer');
  return answer ? answer.type.replace('behavioral', 'story').replace('general', 'other') : 'other';
}

/**
 * A label is answered by its rule's finding or by a finding that takes its place by design: a
 * story that stops before its result gets one warning, star-missing-result's, which asks for
 * the result and its number, and result-needs-metric stays silent so the gap is not reported
 * twice. `strict` counts the rule's own id only.
 */
const ANSWERED_BY: Record<string, readonly string[]> = { 'result-needs-metric': ['star-missing-result'] };

export function binary(rows: RealRow[], rule: string, strict = false): BinaryFigures {
  const f = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const by = [rule, ...(strict ? [] : (ANSWERED_BY[rule] ?? []))];
  for (const r of rows) {
    const want = r.labels[rule];
    if (want === undefined) continue;
    const got = by.some((id) => r.fired[id] ?? false);
    if (want && got) f.tp++;
    else if (want) f.fn++;
    else if (got) f.fp++;
    else f.tn++;
  }
  const tpr = f.tp + f.fn === 0 ? 1 : f.tp / (f.tp + f.fn);
  const tnr = f.tn + f.fp === 0 ? 1 : f.tn / (f.tn + f.fp);
  return { ...f, balancedAccuracy: (tpr + tnr) / 2 };
}

/** Ranking and pass/fail figures of any scoring of labelled answers (the scorer, the naive count). */
export function scorerFigures<T extends { quality: Quality }>(rows: T[], value: (r: T) => number, pass: (r: T) => boolean): ScorerFigures {
  const of = (q: Quality): number[] => rows.filter((r) => r.quality === q).map(value);
  const clear = rows.filter((r) => r.quality !== 'mixed');
  return {
    n: { strong: of('strong').length, mixed: of('mixed').length, weak: of('weak').length },
    aucStrongWeak: auc(of('strong'), of('weak')),
    aucStrongMixed: auc(of('strong'), of('mixed')),
    aucMixedWeak: auc(of('mixed'), of('weak')),
    tau: kendallTauB(
      rows.map(value),
      rows.map((r) => RANK[r.quality]),
    ),
    passAgreement: clear.length === 0 ? Number.NaN : clear.filter((r) => pass(r) === (r.quality === 'strong')).length / clear.length,
  };
}

export function realFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.md') && !/^[A-Z]+\.md$/.test(f))
      .sort();
  } catch {
    return [];
  }
}

export function measureReal(dir: string): RealFigures {
  const linter = new Linter(defaultConfig());
  const rubrics = shippedRubrics().rubrics;
  const rows: RealRow[] = [];
  for (const file of realFiles(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const labels = readLabels(file, text);
    const quality = labels.quality as Quality;
    if (!(quality in RANK)) throw new Error(`${file}: labels.quality must be strong, mixed or weak`);
    const result = linter.lint(text);
    const report = scoreLintResult(result, { rubrics });
    const fired: Record<string, boolean> = {};
    for (const d of result.diagnostics) fired[d.ruleId] = true;
    const booleans: Record<string, boolean> = {};
    for (const rule of ANSWER_RULES) if (typeof labels[rule] === 'boolean') booleans[rule] = labels[rule];
    rows.push({
      file,
      quality,
      type: labels.type as LabelType,
      predictedType: labelTypeOf(result),
      labels: booleans,
      fired,
      hedgeLabels: Array.isArray(labels.hedge) ? labels.hedge.map((h) => norm(String(h))) : [],
      hedgeFound: result.diagnostics.filter((d) => d.ruleId === 'hedge').map((d) => norm(text.slice(d.offsets.start, d.offsets.end))),
      score: report.score,
      pass: report.pass,
      naive: naiveScore(result),
    });
  }
  const hedge = { tp: 0, fp: 0, fn: 0 };
  for (const r of rows) {
    const left = [...r.hedgeLabels];
    for (const found of r.hedgeFound) {
      const i = left.indexOf(found);
      if (i >= 0) {
        hedge.tp++;
        left.splice(i, 1);
      } else hedge.fp++;
    }
    hedge.fn += left.length;
  }
  const rules: Record<string, BinaryFigures> = {};
  const strictRules: Record<string, BinaryFigures> = {};
  for (const rule of ANSWER_RULES) {
    rules[rule] = binary(rows, rule);
    strictRules[rule] = binary(rows, rule, true);
  }
  return {
    rows,
    rules,
    strictRules,
    hedge: { ...hedge, precision: hedge.tp / Math.max(1, hedge.tp + hedge.fp), recall: hedge.tp / Math.max(1, hedge.tp + hedge.fn) },
    typeAccuracy: rows.filter((r) => r.predictedType === r.type).length / Math.max(1, rows.length),
    scorer: scorerFigures(
      rows,
      (r) => r.score,
      (r) => r.pass,
    ),
    naive: scorerFigures(
      rows,
      (r) => r.naive,
      (r) => r.naive >= NAIVE_PASS,
    ),
  };
}

const p3 = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

export function showScorer(name: string, f: ScorerFigures): string {
  return `${name.padEnd(24)} AUC s/w ${p3(f.aucStrongWeak)}  s/m ${p3(f.aucStrongMixed)}  m/w ${p3(f.aucMixedWeak)}  tau-b ${p3(f.tau)}  pass ${(f.passAgreement * 100).toFixed(1)}%`;
}

export function showFigures(title: string, f: RealFigures): string {
  const lines = [`${title}: ${f.rows.length} answers (${f.scorer.n.strong} strong, ${f.scorer.n.mixed} mixed, ${f.scorer.n.weak} weak)`];
  for (const [rule, b] of Object.entries(f.rules)) {
    const own = f.strictRules[rule];
    const strict = own && own.balancedAccuracy !== b.balancedAccuracy ? `; by its own id alone ${p3(own.balancedAccuracy)}` : '';
    lines.push(`  ${rule.padEnd(22)} balanced accuracy ${p3(b.balancedAccuracy)}  (tp ${b.tp}, fp ${b.fp}, fn ${b.fn}, tn ${b.tn}${strict})`);
  }
  lines.push(
    `  ${'hedge'.padEnd(22)} precision ${p3(f.hedge.precision)}  recall ${p3(f.hedge.recall)}  (tp ${f.hedge.tp}, fp ${f.hedge.fp}, fn ${f.hedge.fn})`,
  );
  lines.push(`  ${'answer type'.padEnd(22)} accuracy ${p3(f.typeAccuracy)}`);
  lines.push(`  ${showScorer('scorer', f.scorer)}`, `  ${showScorer('naive count', f.naive)}`);
  return lines.join('\n');
}
