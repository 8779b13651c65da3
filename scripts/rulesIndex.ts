import { rules } from '../src/core/registry.js';
import type { RuleMeta } from '../src/core/types.js';

/** What "fixable" says in the index: `yes` for a safe fix (fix all, `--fix`), `suggestion` for a quick fix the user picks. */
function fixable(meta: RuleMeta): string {
  if (meta.fixable) return meta.hasSuggestions ? 'yes, and suggestions' : 'yes';
  return meta.hasSuggestions ? 'suggestion' : 'no';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/**
 * The exact text of docs/rules/README.md, from the rule registry: one row per rule with its
 * id, default severity, whether it is fixable and its description. Written by
 * `npm run gen:rules-index` (scripts/gen-rules-index.mjs) and compared by the unit tests and
 * `npm run package`, so the index cannot drift from the rules.
 */
export function rulesIndexText(): string {
  const rows = [...rules]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map(({ meta }) => `| [${meta.id}](${meta.id}.md) | ${meta.defaultSeverity} | ${fixable(meta)} | ${cell(meta.description)} |`);
  return [
    '# Rules',
    '',
    "<!-- Generated from the rule registry by `npm run gen:rules-index`: change a rule's meta, then run it. -->",
    '',
    'One page per rule. Every page has the same parts, checked by `test/unit/meta.test.ts`:',
    '`# <rule-id>`, then `## Why` (what the interviewer hears), `## Flagged` (examples the rule',
    'reports) and `## Fine` (look-alikes it leaves alone), `## Fix`, and `## Options`. The',
    'markdown examples under Flagged and Fine run as tests (`test/unit/rule-docs-examples.test.ts`).',
    '',
    'Fixable: `yes` when **Fix all** and `interview-lint lint --fix` apply the fix; `suggestion`',
    'when the editor offers quick fixes to choose from, which fix all never applies.',
    '',
    '| rule | default | fixable | catches |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
