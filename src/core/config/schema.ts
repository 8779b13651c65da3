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
      questions: {
        type: 'array',
        description: 'Questions the story bank covers besides the prepared ones: the question as written, or {text, id, aliases}.',
        items: {
          oneOf: [
            { type: 'string', minLength: 1 },
            {
              type: 'object',
              additionalProperties: false,
              required: ['text'],
              properties: {
                text: { type: 'string', minLength: 1, description: 'The question as the interviewer asks it.' },
                id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'kebab-case id (made from the text when absent).' },
                aliases: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Other wordings of the same question.' },
              },
            },
          ],
        },
      },
    },
  };
}
