import type { JsonSchema } from '../types.js';
import { rules } from '../registry.js';

const SEVERITY = { enum: ['off', 'info', 'warning', 'error'], description: 'off, info, warning or error' };

function ruleEntrySchema(optionsSchema: JsonSchema, description: string): JsonSchema {
  return {
    description,
    oneOf: [SEVERITY, { type: 'array', prefixItems: [SEVERITY, optionsSchema], minItems: 1, maxItems: 2, items: false }],
  };
}

/** JSON Schema of `.interview-lint.jsonc`, built from the rule registry so that the two never drift apart. */
export function configSchema(): JsonSchema {
  const ruleProps: Record<string, JsonSchema> = {};
  for (const r of rules) ruleProps[r.meta.id] = ruleEntrySchema(r.meta.optionsSchema, r.meta.description);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'interview-lint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Severity per rule id ("off", "info", "warning", "error"), or [severity, options].',
        additionalProperties: false,
        properties: ruleProps,
      },
      wordsPerMinute: {
        type: 'number',
        minimum: 60,
        maximum: 300,
        description: 'Speaking rate used to turn word counts into time (default 150).',
      },
      rubrics: {
        type: 'array',
        items: { type: 'string' },
        description: 'Extra rubric files or folders, relative to this config file.',
      },
    },
  };
}
