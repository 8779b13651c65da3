import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, Linter } from '../../src/core/index.js';
import { onlyRule } from '../helpers/ruleTester.js';
import { asItems, describeFindings, readExpectations } from '../helpers/fixtures.js';

const root = join(__dirname, '..', 'fixtures');
const ruleDirs = existsSync(root)
  ? readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

// One generic test per fixture file: exact rule ids and ranges, fixed text snapshot, and
// after fixing nothing fixable of that rule remains.
for (const ruleId of ruleDirs) {
  describe(`fixtures/${ruleId}`, () => {
    const files = readdirSync(join(root, ruleId)).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'));
    for (const file of files) {
      it(file, async () => {
        const text = readFileSync(join(root, ruleId, file), 'utf8');
        const linter = new Linter(onlyRule(ruleId));
        const found = linter.lint(text).diagnostics.filter((d) => d.ruleId === ruleId);
        const expected = readExpectations(text).filter((e) => e.ruleId === ruleId);
        expect(describeFindings(text, asItems(found))).toEqual(describeFindings(text, expected));
        const fixes = found.flatMap((d) => (d.fix ? [d.fix] : []));
        if (fixes.length > 0) {
          const fixed = applyFixes(text, fixes).text;
          await expect(fixed).toMatchFileSnapshot(join(root, ruleId, '__snapshots__', file.replace(/\.md$/, '.fixed.md')));
          const again = new Linter(onlyRule(ruleId)).lint(fixed).diagnostics.filter((d) => d.ruleId === ruleId && d.fix);
          expect(describeFindings(fixed, asItems(again))).toEqual([]);
        }
      });
    }
  });
}
