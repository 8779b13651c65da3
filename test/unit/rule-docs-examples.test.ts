import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, defaultConfig, rules } from '../../src/core/index.js';

const docsDir = join(__dirname, '..', '..', 'docs', 'rules');

interface DocExample {
  section: 'Flagged' | 'Fine';
  /** 1-based line of the opening fence in the page. */
  line: number;
  code: string;
}

/**
 * The ```markdown blocks under a page's `## Flagged` and `## Fine` headings. Headings inside
 * fenced blocks (an example's own `## Question?`) neither start nor end a section.
 */
function docExamples(page: string): DocExample[] {
  const out: DocExample[] = [];
  const lines = page.split(/\r?\n/);
  let section: string | undefined;
  let fence: { marker: string; lang: string; line: number; body: string[] } | undefined;
  lines.forEach((text, i) => {
    if (fence) {
      if (text.trim() === fence.marker) {
        if (fence.lang === 'markdown' && (section === 'Flagged' || section === 'Fine'))
          out.push({ section, line: fence.line, code: fence.body.join('\n') + '\n' });
        fence = undefined;
      } else fence.body.push(text);
      return;
    }
    const open = /^(`{3,}|~{3,})\s*(\S*)/.exec(text);
    if (open) {
      fence = { marker: open[1]!, lang: open[2]!, line: i + 1, body: [] };
      return;
    }
    const heading = /^##\s+(.*?)\s*$/.exec(text);
    if (heading) section = heading[1];
  });
  return out;
}

describe('reading the examples of a rule page', () => {
  it('takes markdown blocks under Flagged and Fine only; a heading inside a block is the example', () => {
    const page = [
      '# r',
      '## Why',
      '```markdown',
      'not an example',
      '```',
      '## Flagged',
      '```markdown',
      '## Why us?',
      '',
      'flagged',
      '```',
      '```jsonc',
      '{}',
      '```',
      '## Fine',
      '~~~markdown',
      'fine',
      '~~~',
      '## Fix',
      '```markdown',
      'no',
      '```',
    ].join('\n');
    expect(docExamples(page)).toEqual([
      { section: 'Flagged', line: 7, code: '## Why us?\n\nflagged\n' },
      { section: 'Fine', line: 16, code: 'fine\n' },
    ]);
  });
});

const linter = new Linter(defaultConfig());

describe.each(rules.map((r) => [r.meta.id] as const))('docs/rules/%s.md examples', (id) => {
  const examples = docExamples(readFileSync(join(docsDir, `${id}.md`), 'utf8'));

  it('has at least one Flagged and one Fine example', () => {
    expect(examples.filter((e) => e.section === 'Flagged').length).toBeGreaterThan(0);
    expect(examples.filter((e) => e.section === 'Fine').length).toBeGreaterThan(0);
  });

  for (const ex of examples) {
    const found = (): string[] =>
      linter
        .lint(ex.code)
        .diagnostics.filter((d) => d.ruleId === id)
        .map((d) => `${ex.code.slice(d.offsets.start, d.offsets.end)} (${d.message})`);
    if (ex.section === 'Flagged') {
      it(`Flagged example at line ${ex.line} raises ${id}`, () => {
        expect(found().length, ex.code).toBeGreaterThan(0);
      });
    } else {
      it(`Fine example at line ${ex.line} raises no ${id}`, () => {
        expect(found(), ex.code).toEqual([]);
      });
    }
  }
});
