import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, scoreLintResult, shippedRubrics } from '../../../src/core/index.js';

/** A snippet as VS Code inserts it when the user presses Tab through it: every slot keeps its sample. */
function inserted(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\d+/g, '');
}

const snippets = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'snippets', 'markdown.json'), 'utf8')) as Record<
  string,
  { prefix: string; body: string[] }
>;

describe('an answer template left as inserted', () => {
  for (const [name, s] of Object.entries(snippets)) {
    it(`${s.prefix} (${name}) is flagged as unfinished and does not pass`, () => {
      const result = lint(inserted(s.body));
      const report = scoreLintResult(result, { rubrics: shippedRubrics().rubrics });
      expect(
        result.diagnostics.some((d) => d.ruleId === 'placeholder'),
        'a placeholder finding',
      ).toBe(true);
      for (const a of report.answers) expect(a.pass, `scored ${a.score}`).toBe(false);
    });
  }
});
