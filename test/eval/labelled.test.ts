import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findFrontMatter } from '../../src/core/model/frontMatterBlock.js';
import { describe, expect, it } from 'vitest';
import { Linter, defaultConfig, getRule, type Diagnostic } from '../../src/core/index.js';

/**
 * Measures the rules against the labelled answers in test/labelled (format: its README).
 * Phrase-level rules (labels given as a list of phrases) are counted per phrase occurrence:
 * a finding is a true positive when the text it covers equals a labelled phrase, ignoring
 * case, apostrophe style and runs of whitespace. Answer-level rules (labels true/false)
 * are counted per file: the rule fired or it did not.
 */

// LABELLED_DIR measures another labelled set (a held-out one) with the same code and targets.
const dir = process.env['LABELLED_DIR'] ?? join(__dirname, '..', 'labelled');
const files = readdirSync(dir).filter((f) => f.endsWith('.md') && !/^[A-Z]+\.md$/.test(f)).sort();

/** Targets the held-out set is judged by; a rule is held to them once it has this many labelled files. */
const MIN_FILES = 8;
const PHRASE_TARGETS: Record<string, { precision: number; recall: number }> = { hedge: { precision: 0.95, recall: 0.9 } };
const BOOLEAN_ACCURACY = 0.9;
/** Labels that grade the whole answer rather than name a rule. */
const NOT_RULES = new Set(['quality']);

interface PhraseStats {
  files: number;
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}
interface BooleanStats {
  files: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  misses: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

function readLabels(file: string, text: string): Record<string, unknown> {
  const block = findFrontMatter(text);
  if (!block) throw new Error(`${file}: no front matter`);
  const data = parseYaml(block.value) as { labels?: Record<string, unknown> } | null;
  if (!data?.labels || typeof data.labels !== 'object') throw new Error(`${file}: no labels in the front matter`);
  return data.labels;
}

const phrase: Record<string, PhraseStats> = {};
const boolean: Record<string, BooleanStats> = {};
const unknown = new Set<string>();
const linter = new Linter(defaultConfig());

for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const labels = readLabels(file, text);
  const diagnostics = linter.lint(text).diagnostics;
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byRule.set(d.ruleId, [...(byRule.get(d.ruleId) ?? []), d]);

  for (const [ruleId, label] of Object.entries(labels)) {
    if (NOT_RULES.has(ruleId)) continue;
    if (!getRule(ruleId)) {
      unknown.add(ruleId);
      continue;
    }
    const found = byRule.get(ruleId) ?? [];
    if (Array.isArray(label)) {
      const s = (phrase[ruleId] ??= { files: 0, tp: 0, fp: 0, fn: 0, misses: [] });
      s.files++;
      const expected = new Map<string, number>();
      for (const p of label) expected.set(norm(String(p)), (expected.get(norm(String(p))) ?? 0) + 1);
      for (const d of found) {
        const covered = norm(text.slice(d.offsets.start, d.offsets.end));
        const left = expected.get(covered) ?? 0;
        if (left > 0) {
          s.tp++;
          expected.set(covered, left - 1);
        } else {
          s.fp++;
          s.misses.push(`FP ${file}:${d.range.start.line} "${covered}"`);
        }
      }
      for (const [p, n] of expected) {
        if (n > 0) {
          s.fn += n;
          s.misses.push(`FN ${file} "${p}"${n > 1 ? ` x${n}` : ''}`);
        }
      }
    } else if (typeof label === 'boolean') {
      const s = (boolean[ruleId] ??= { files: 0, tp: 0, fp: 0, fn: 0, tn: 0, misses: [] });
      s.files++;
      const fired = found.length > 0;
      if (fired && label) s.tp++;
      else if (fired) {
        s.fp++;
        s.misses.push(`FP ${file}: ${found[0]!.message}`);
      } else if (label) {
        s.fn++;
        s.misses.push(`FN ${file}`);
      } else s.tn++;
    } else {
      throw new Error(`${file}: label "${ruleId}" must be a list of phrases or true/false`);
    }
  }
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const pct = (x: number): string => x.toFixed(3);

function table(): string {
  const rows = [`labelled files: ${files.length}`, '', 'rule                 files    TP    FP    FN    TN  precision  recall  accuracy'];
  for (const [id, s] of Object.entries(phrase).sort()) {
    rows.push(`${id.padEnd(20)} ${String(s.files).padStart(5)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}     -  ${pct(ratio(s.tp, s.tp + s.fp)).padStart(9)}  ${pct(ratio(s.tp, s.tp + s.fn)).padStart(6)}         -`);
  }
  for (const [id, s] of Object.entries(boolean).sort()) {
    rows.push(
      `${id.padEnd(20)} ${String(s.files).padStart(5)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)} ${String(s.tn).padStart(5)}  ${pct(ratio(s.tp, s.tp + s.fp)).padStart(9)}  ${pct(ratio(s.tp, s.tp + s.fn)).padStart(6)}  ${pct(ratio(s.tp + s.tn, s.files)).padStart(8)}`,
    );
  }
  if (unknown.size > 0) rows.push('', `labels for rules not registered (skipped): ${[...unknown].sort().join(', ')}`);
  const misses = [...Object.entries(phrase), ...Object.entries(boolean)].flatMap(([id, s]) => s.misses.map((m) => `  ${id}: ${m}`));
  if (misses.length > 0) rows.push('', 'disagreements:', ...misses);
  return rows.join('\n');
}

describe('labelled set', () => {
  it('has labelled answers', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('prints precision / recall per rule', () => {
    console.log(`\n${table()}\n`);
  });

  for (const [id, target] of Object.entries(PHRASE_TARGETS)) {
    it(`${id}: precision >= ${target.precision} and recall >= ${target.recall}`, () => {
      const s = phrase[id];
      // The set exists to measure these rules: too few files is itself a failure.
      expect(s?.files ?? 0, `${id} needs at least ${MIN_FILES} labelled files`).toBeGreaterThanOrEqual(MIN_FILES);
      if (!s) return;
      const summary = s.misses.join('\n');
      expect(ratio(s.tp, s.tp + s.fp), summary).toBeGreaterThanOrEqual(target.precision);
      expect(ratio(s.tp, s.tp + s.fn), summary).toBeGreaterThanOrEqual(target.recall);
    });
  }

  it(`answer-level rules: accuracy >= ${BOOLEAN_ACCURACY} (rules with ${MIN_FILES}+ labelled files)`, () => {
    const failing = Object.entries(boolean)
      .filter(([, s]) => s.files >= MIN_FILES && ratio(s.tp + s.tn, s.files) < BOOLEAN_ACCURACY)
      .map(([id, s]) => `${id}: ${pct(ratio(s.tp + s.tn, s.files))} on ${s.files} files\n${s.misses.join('\n')}`);
    expect(failing).toEqual([]);
  });
});
