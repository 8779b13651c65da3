import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../src/core/claims/read.js';
import { specificClaims } from '../../src/core/detect/claimDetectors.js';
import { Linter, defaultConfig } from '../../src/core/index.js';

/**
 * The concrete-claim detector on its own: claims of dev answers that a coach marked concrete
 * or general one by one (test/real/claim-labels.json, see test/real/README.md), without
 * seeing what the detector said. Specificity, the length levels and the caps all count what
 * this detector finds, so its misses reach the score; the figures say how often it agrees.
 * A claim is matched by its text, so a change to how answers are cut into claims shows as
 * labelled claims no longer found.
 */
interface ClaimLabel {
  file: string;
  claim: string;
  label: 'concrete' | 'general';
}

const root = join(__dirname, '..', 'real');
const labels = JSON.parse(readFileSync(join(root, 'claim-labels.json'), 'utf8')) as ClaimLabel[];
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

// The naive reading beside it: a claim is concrete when it holds a digit or a capitalised
// word after its first.
const naiveConcrete = (text: string): boolean => /\d/.test(text) || /\s\p{Lu}/u.test(text);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const add = (c: Counts, said: boolean, truth: boolean): void => {
  if (said && truth) c.tp++;
  else if (said) c.fp++;
  else if (truth) c.fn++;
  else c.tn++;
};
const show = (name: string, c: Counts): string =>
  `  ${name.padEnd(22)} precision ${(c.tp / (c.tp + c.fp)).toFixed(3)}  recall ${(c.tp / (c.tp + c.fn)).toFixed(3)}  accuracy ${((c.tp + c.tn) / (c.tp + c.fp + c.fn + c.tn)).toFixed(3)}`;

describe('concrete claims', () => {
  it('the detector agrees with a coach on most labelled claims, more often than a naive reading', () => {
    const linter = new Linter(defaultConfig());
    const detector: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const naive: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    let found = 0;
    const byFile = new Map<string, ClaimLabel[]>();
    for (const l of labels) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
    for (const [file, rows] of byFile) {
      const text = readFileSync(join(root, 'dev', file), 'utf8');
      const answer = linter.lint(text).model.answers.find((a) => a.kind === 'answer');
      if (!answer) continue;
      const concrete = new Set(specificClaims(answer));
      const byText = new Map(claimsOf(answer).map((c) => [squash(c.text), c]));
      for (const row of rows) {
        const claim = byText.get(squash(row.claim));
        if (!claim) continue;
        found++;
        add(detector, concrete.has(claim), row.label === 'concrete');
        add(naive, naiveConcrete(claim.text), row.label === 'concrete');
      }
    }
    console.log(
      [
        `concrete claims: ${found} of ${labels.length} labelled claims found in the answers`,
        show('detector', detector),
        show('naive (digit or name)', naive),
      ].join('\n'),
    );
    const accuracy = (c: Counts): number => (c.tp + c.tn) / found;
    // Floors under today's figures: claims no longer found, or a detector that agrees less, fail.
    expect(found / labels.length).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(detector)).toBeGreaterThanOrEqual(0.7);
    expect(accuracy(detector)).toBeGreaterThan(accuracy(naive));
  });
});
