import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, applyFixes, type Diagnostic, type Fix } from '../../src/core/index.js';

/**
 * A fix or a suggestion may remove words (and so the findings on them) or add a finding (an
 * empty slot to fill), but the words it inserts must never make another rule's finding go
 * away: "I haven't <...>" would satisfy vague-we, a digit result-needs-metric, with nothing
 * written yet. Every fix and suggestion of every rule is applied, one at a time, to every
 * labelled answer; each finding of another rule that lay outside the replaced text, and that
 * the same edit without its words (the range deleted) keeps, must still be there afterwards.
 */

const dir = join(__dirname, '..', 'labelled');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && !/^[A-Z]+\.md$/.test(f))
  .sort();

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Words the edit adds that the text it replaces did not have (case aside). */
function insertedWords(text: string, fix: Fix): string[] {
  const removed = new Set((text.slice(fix.range.start, fix.range.end).match(WORD) ?? []).map((w) => w.toLowerCase()));
  return (fix.text.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => !removed.has(w));
}

/** A finding as it reads, independent of where the edit moved it (and of counts such as "124 words" that any edit changes). */
const key = (d: Diagnostic): string => `${d.ruleId}/${d.messageId ?? ''}/${(d.actual ?? '').replace(/\d+/g, '#')}`;

function count(ds: readonly Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of ds) m.set(key(d), (m.get(key(d)) ?? 0) + 1);
  return m;
}

describe('fixes and suggestions never silence another rule with the words they insert', () => {
  it('holds on every labelled answer', () => {
    const linter = new Linter();
    const silenced: string[] = [];
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      const before = linter.lint(text).diagnostics;
      for (const d of before) {
        const edits = [...(d.fix ? [{ title: 'fix', fix: d.fix }] : []), ...(d.suggestions ?? [])];
        for (const { title, fix } of edits) {
          if (insertedWords(text, fix).length === 0) continue;
          checked++;
          const after = count(new Linter().lint(applyFixes(text, [fix]).text).diagnostics);
          // Deleting the range may settle a finding by itself (the sentence that made vague-we fire is gone);
          // what the deletion keeps and the edit loses, its inserted words removed.
          const deleted = count(new Linter().lint(applyFixes(text, [{ range: fix.range, text: '' }]).text).diagnostics);
          const kept = before.filter(
            (o) => o.ruleId !== d.ruleId && (o.offsets.end <= fix.range.start || o.offsets.start >= fix.range.end) && !(o.offsets.start === o.offsets.end),
          );
          for (const [k, n] of count(kept)) {
            if ((after.get(k) ?? 0) < Math.min(n, deleted.get(k) ?? 0)) silenced.push(`${file}: ${d.ruleId} "${title}" silences ${k}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(silenced).toEqual([]);
  });
});
