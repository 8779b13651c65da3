import { configSchema, rules } from '../../core/index.js';

/** The committed JSON Schema file's exact text (VS Code validates `.interview-lint.json(c)` with it). */
export function schemaFileText(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}

/** The `interviewLint.rules` setting's per-rule entries, from the rule registry. */
export function rulesSettingSchema(): {
  properties: Record<string, { type: 'string'; enum: string[]; enumDescriptions: string[]; markdownDescription: string }>;
} {
  const properties: Record<string, { type: 'string'; enum: string[]; enumDescriptions: string[]; markdownDescription: string }> = {};
  for (const r of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    properties[r.meta.id] = {
      type: 'string',
      enum: ['off', 'info', 'warning', 'error'],
      enumDescriptions: ['Do not run the rule', 'Show as information (blue)', 'Show as a warning (yellow)', 'Show as an error (red)'],
      markdownDescription: `${r.meta.description} Default: \`${r.meta.defaultSeverity}\`.`,
    };
  }
  return { properties };
}
