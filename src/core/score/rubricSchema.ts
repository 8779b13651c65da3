import type { JsonSchema } from '../types.js';

const SECTION_KINDS = { enum: ['situation', 'task', 'action', 'result', 'learning'] };
const ANSWER_TYPES = { type: 'array', items: { enum: ['pitch', 'behavioral', 'project', 'technical', 'honesty', 'general'] }, minItems: 1 };
const ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 60, description: 'a kebab-case id' };
const TEXT = { type: 'string', minLength: 1, maxLength: 600 };
const LEVEL = { type: 'integer', minimum: 1, maximum: 5 };
const EVIDENCE_LIST = { type: 'array', items: { $ref: '#/$defs/evidence' }, minItems: 1, maxItems: 60 };

function only(properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return { type: 'object', additionalProperties: false, required, properties };
}

/**
 * JSON Schema of a rubric file (`rubrics/*.yaml`). Evidence is a small condition language
 * over literal phrases: no field is ever compiled as a regular expression.
 */
export const rubricSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'interview-lint rubric',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'kind', 'passMark', 'criteria'],
  properties: {
    $schema: { type: 'string' },
    id: ID,
    title: TEXT,
    kind: { enum: ['competency', 'delivery', 'answer-type', 'technical'] },
    description: TEXT,
    band: { type: 'string', maxLength: 20 },
    passMark: { type: 'number', minimum: 1, maximum: 5 },
    signals: TEXT,
    scope: TEXT,
    autonomy: TEXT,
    always: { type: 'boolean' },
    supersedes: { type: 'array', items: ID, minItems: 1 },
    coverage: { enum: ['all', 'addressed'] },
    suggest: only(
      {
        question: EVIDENCE_LIST,
        answer: EVIDENCE_LIST,
        minAnswerCues: { type: 'integer', minimum: 1, maximum: 20 },
        types: ANSWER_TYPES,
        skipTypes: ANSWER_TYPES,
        skipWhen: { $ref: '#/$defs/evidence' },
        skipQuestion: EVIDENCE_LIST,
      },
      [],
    ),
    concepts: {
      type: 'object',
      propertyNames: { pattern: '^[a-z0-9][a-z0-9-]*$' },
      additionalProperties: only({ label: TEXT, phrases: { type: 'array', items: { $ref: '#/$defs/phrase' }, minItems: 1, maxItems: 80 } }, ['phrases']),
    },
    criteria: {
      type: 'array',
      minItems: 1,
      maxItems: 12,
      items: only(
        {
          id: ID,
          title: TEXT,
          weight: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
          types: ANSWER_TYPES,
          appliesWhen: { $ref: '#/$defs/evidence' },
          levels: {
            type: 'array',
            minItems: 5,
            maxItems: 5,
            items: only(
              {
                level: LEVEL,
                descriptor: TEXT,
                hint: TEXT,
                hints: { type: 'array', minItems: 1, items: only({ when: { $ref: '#/$defs/evidence' }, hint: TEXT }, ['when', 'hint']) },
                evidence: { $ref: '#/$defs/evidence' },
              },
              ['level', 'descriptor'],
            ),
          },
        },
        ['id', 'title', 'weight', 'levels'],
      ),
    },
    probes: { type: 'array', items: TEXT },
    redFlags: {
      type: 'array',
      items: only(
        {
          id: ID,
          description: TEXT,
          when: { $ref: '#/$defs/evidence' },
          message: TEXT,
          misconception: { type: 'boolean' },
          criteria: { type: 'array', items: ID, minItems: 1 },
          cap: LEVEL,
          lower: { type: 'integer', minimum: 1, maximum: 4 },
          capAnswer: { type: 'number', minimum: 1, maximum: 5 },
        },
        ['id', 'description'],
      ),
    },
  },
  $defs: {
    phrase: { type: 'string', minLength: 1, maxLength: 80, description: 'a literal phrase' },
    evidence: {
      // One object schema with every form's keys (no anyOf): validation stays linear and an
      // unknown key is reported as such. Which keys go together is checked after the schema.
      description:
        'a phrase, or an object with one of concept (+ min), anyOf, allOf, atLeast + of, noneOf, sentence, inSection + evidence, finding, sections, words, answerType',
      type: ['string', 'object'],
      minLength: 1,
      maxLength: 80,
      minProperties: 1,
      additionalProperties: false,
      properties: {
        concept: { type: 'string', minLength: 1 },
        anyOf: EVIDENCE_LIST,
        allOf: EVIDENCE_LIST,
        atLeast: { type: 'integer', minimum: 1 },
        of: EVIDENCE_LIST,
        noneOf: EVIDENCE_LIST,
        sentence: { $ref: '#/$defs/evidence' },
        inSection: { type: 'array', items: SECTION_KINDS, minItems: 1 },
        evidence: { $ref: '#/$defs/evidence' },
        finding: { type: ['string', 'array'], minLength: 1, items: { type: 'string', minLength: 1 }, minItems: 1 },
        min: { type: 'integer', minimum: 0 },
        max: { type: 'integer', minimum: 0 },
        sections: { type: 'array', items: SECTION_KINDS, minItems: 1 },
        words: only({ min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 1 } }, []),
        answerType: ANSWER_TYPES,
      },
    },
  },
};
