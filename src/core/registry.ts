import type { Rule } from './types.js';
import { allRules } from './rules/index.js';

/** Where rule documentation lives; each rule's page is `docs/rules/<id>.md` in the repository. */
export const DOCS_BASE = 'https://github.com/interview-lint/interview-lint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

const byId = new Map<string, Rule>();
for (const rule of allRules) {
  if (byId.has(rule.meta.id)) throw new Error(`two rules share the id "${rule.meta.id}"`);
  byId.set(rule.meta.id, rule);
}

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

export function ruleIds(): string[] {
  return [...byId.keys()];
}

export const rules: readonly Rule[] = allRules;
