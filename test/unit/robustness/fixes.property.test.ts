import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Linter, applyFixes, type Diagnostic, type Fix, type LintResult } from '../../../src/core/index.js';
import { fixableDocument, markdownDocument } from './markdownArbitrary.js';
import { allRulesOn } from './checks.js';

const FIX_RUNS = Number(process.env['ROBUSTNESS_FIX_RUNS'] ?? 1_000);
/** Fix-all passes allowed before a document counts as not converging (ESLint allows 10). */
const MAX_PASSES = 10;

const config = allRulesOn();
const lintText = (text: string): LintResult => new Linter(config).lint(text);
const fixesOf = (r: LintResult): Fix[] => r.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));

/** "Fix all" as a user runs it: apply every safe fix, re-lint, repeat until none is left. */
function fixAll(text: string): { text: string; passes: number; converged: boolean } {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = fixesOf(lintText(current));
    if (fixes.length === 0) return { text: current, passes: pass, converged: true };
    current = applyFixes(current, fixes).text;
  }
  return { text: current, passes: MAX_PASSES, converged: fixesOf(lintText(current)).length === 0 };
}

/** Edits of one pass, written out independently of applyFixes: the text between the applied fixes is copied verbatim. */
function rebuild(text: string, applied: Fix[]): string {
  let out = '';
  let cursor = 0;
  for (const f of applied) {
    out += text.slice(cursor, f.range.start) + f.text;
    cursor = f.range.end;
  }
  return out + text.slice(cursor);
}

/** Letters and digits a fix removes must be the candidate's prose, never code, comments, front matter or the question. */
function touchesNonProse(text: string, result: LintResult, fix: Fix): string | undefined {
  for (let i = fix.range.start; i < fix.range.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    const answer = result.model.answers.find((a) => i >= a.range.start && i < a.range.end);
    if (!answer || answer.prose[i - answer.proseStart] !== text[i]) {
      return `fix ${fix.range.start}-${fix.range.end} ${JSON.stringify(fix.text)} edits ${JSON.stringify(text.slice(fix.range.start, fix.range.end))}, which is not the candidate's prose (at ${i})`;
    }
  }
  return undefined;
}

/**
 * Applies one finding's fix alone and re-lints: the rule must not report that finding
 * again, nor the same phrase right where the edit was. A finding after the edit that
 * lines up (by its start before the edit or its end after it) with another original
 * finding is that other finding, not a repeat.
 */
function repeatAfterFix(text: string, before: Diagnostic[], d: Diagnostic): string | undefined {
  const f = d.fix!;
  const out = text.slice(0, f.range.start) + f.text + text.slice(f.range.end);
  const replacedEnd = f.range.start + f.text.length;
  const delta = f.text.length - (f.range.end - f.range.start);
  const toOld = (o: number): number | undefined => (o <= f.range.start ? o : o >= replacedEnd ? o - delta : undefined);
  const same = (x: Diagnostic): boolean => x.ruleId === d.ruleId && x.messageId === d.messageId;
  const others = before.filter((x) => x !== d && same(x));
  for (const n of lintText(out).diagnostics.filter(same)) {
    const s = toOld(n.offsets.start);
    const e = toOld(n.offsets.end);
    if (others.some((o) => (s !== undefined && o.offsets.start === s) || (e !== undefined && o.offsets.end === e))) continue;
    const atEdit = n.offsets.end >= f.range.start - 1 && n.offsets.start <= replacedEnd + 1;
    const samePhrase = (n.actual ?? '').toLowerCase() === (d.actual ?? '').toLowerCase();
    if ((s === d.offsets.start && e === d.offsets.end) || (atEdit && samePhrase)) {
      return `${d.ruleId} "${d.actual}" is reported again after its own fix: ${JSON.stringify(out.slice(Math.max(0, n.offsets.start - 20), n.offsets.end + 20))}`;
    }
  }
  return undefined;
}

describe('robustness: fixes on generated drafts', () => {
  const stats = { docs: 0, fixes: 0, skipped: 0, multiPass: 0, maxPasses: 0, checkedAlone: 0, onePassShort: 0 };
  afterAll(() => {
    console.log(
      `fix property: ${stats.docs} generated documents, ${stats.fixes} fixes (${stats.skipped} skipped as overlapping in the first pass), ` +
        `${stats.multiPass} needed more than one fix-all pass (at most ${stats.maxPasses}; ${stats.onePassShort} of them with no overlap, where a fix made another safe), ${stats.checkedAlone} fixes re-linted on their own`,
    );
  });

  it(`${FIX_RUNS} documents: fixes never overlap, touch only prose, converge, are idempotent and silence what they fixed`, () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: fixableDocument }, { weight: 1, arbitrary: markdownDocument }), ({ text }) => {
        stats.docs++;
        const result = lintText(text);
        const fixes = fixesOf(result);
        const { text: once, applied, skipped } = applyFixes(text, fixes);
        stats.fixes += fixes.length;
        stats.skipped += skipped.length;

        // The selection: every fix is applied or skipped, the applied ones in order and apart.
        expect(applied.length + skipped.length).toBe(fixes.length);
        for (let i = 1; i < applied.length; i++) {
          const a = applied[i - 1]!.range;
          const b = applied[i]!.range;
          expect(b.start, `fixes ${a.start}-${a.end} and ${b.start}-${b.end} overlap`).toBeGreaterThanOrEqual(a.end);
          expect(a.start === a.end && b.start === b.end && a.start === b.start, 'two insertions at one point').toBe(false);
        }
        // Nothing outside the applied ranges changes.
        expect(once).toBe(rebuild(text, applied));
        const nonProse = applied.map((f) => touchesNonProse(text, result, f)).filter(Boolean);
        expect(nonProse).toEqual([]);

        // Fix all converges, and fixing the fixed text changes nothing.
        const all = fixAll(text);
        stats.maxPasses = Math.max(stats.maxPasses, all.passes);
        if (all.passes > 1) stats.multiPass++;
        expect(all.converged, `still fixable after ${MAX_PASSES} passes`).toBe(true);
        expect(fixAll(all.text).text).toBe(all.text);
        // One pass may reveal more: dropping "um" from "I think um I like it" makes "I think"
        // safe to drop. Counted, not failed; fixAll above must still converge.
        if (skipped.length === 0 && fixes.length > 0 && fixesOf(lintText(once)).length > 0) stats.onePassShort++;

        // The rule is silent on what it fixed (a few findings per document keep the run short).
        const fixable = result.diagnostics.filter((d) => d.fix);
        for (const d of fixable.slice(0, 2)) {
          stats.checkedAlone++;
          expect(repeatAfterFix(text, result.diagnostics, d)).toBeUndefined();
        }
      }),
      // No shrinking: a failing 20,000-character case would be re-linted hundreds of times;
      // the report shows the case (abridged) with its seed and path to replay it.
      { numRuns: FIX_RUNS, endOnFailure: true },
    );
  }, 600_000);
});
