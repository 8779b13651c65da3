import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema, DOCS_BASE, rules } from '../../src/core/index.js';
import { rulesIndexText } from '../../scripts/rulesIndex.js';

const repo = join(__dirname, '..', '..');

/** The page's `## ` headings, leaving out those inside fenced blocks (an example's own `## Question?`). */
function pageSections(doc: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of doc.split(/\r?\n/)) {
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (line.trim() === fence) fence = undefined;
    } else if (marker) fence = marker;
    else if (line.startsWith('## ')) out.push(line.slice(3).trim());
  }
  return out;
}

// Every rule is documented, tested by fixtures, and configurable through the schema.
describe.each(rules.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  it('has a kebab-case id, a description and message templates', () => {
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
  });

  it('has a docs page the docs URL resolves to, with the sections docs/rules/README.md promises, in order', () => {
    const url = `${DOCS_BASE}${id}.md`;
    const file = join(repo, 'docs', 'rules', url.slice(DOCS_BASE.length));
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const doc = readFileSync(file, 'utf8');
    expect(doc.startsWith(`# ${id}\n`), 'the page starts with "# <rule-id>"').toBe(true);
    expect(pageSections(doc)).toEqual(['Why', 'Flagged', 'Fine', 'Fix', 'Options']);
  });

  it('has fixtures with expectations', () => {
    const dir = join(repo, 'test', 'fixtures', id);
    expect(existsSync(dir), `${dir} is missing`).toBe(true);
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    const markers = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(markers).toContain(`<!-- expect: ${id} `);
  });

  it('has a schema entry whose options match the rule options schema', () => {
    const schema = configSchema() as { properties: { rules: { properties: Record<string, { oneOf: [unknown, { prefixItems: unknown[] }] }> } } };
    const entry = schema.properties.rules.properties[id];
    expect(entry).toBeDefined();
    expect(entry!.oneOf[1].prefixItems[1]).toEqual(rule.meta.optionsSchema);
    expect(rule.meta.optionsSchema['type']).toBe('object');
    expect(rule.meta.optionsSchema['additionalProperties']).toBe(false);
  });

  it('declares every default option in its options schema', () => {
    const props = Object.keys(rule.meta.optionsSchema['properties'] ?? {});
    for (const k of Object.keys(rule.meta.defaultOptions)) expect(props).toContain(k);
  });
});

describe('docs/rules/README.md (run `npm run gen:rules-index` when this fails)', () => {
  const index = readFileSync(join(repo, 'docs', 'rules', 'README.md'), 'utf8');

  it('is generated from the rule registry', () => {
    expect(index).toBe(rulesIndexText());
  });

  it('lists every rule once, with a link to its page and its default severity', () => {
    for (const r of rules) expect(index.split(`| [${r.meta.id}](${r.meta.id}.md) | ${r.meta.defaultSeverity} |`)).toHaveLength(2);
  });
});
