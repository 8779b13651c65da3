import { Validator, type OutputUnit } from '@cfworker/json-schema';
import type { JsonSchema } from '../types.js';

/** One problem found in a value, in the remark-lint style: "Unexpected X at a.b, expected Y". */
export interface SchemaIssue {
  /** Dotted path of the offending field (`rules.hedge[1].extraPhrases[0]`), empty for the root. */
  path: string;
  message: string;
}

// Keywords that only say "something below failed"; the leaves below them carry the detail.
const BRANCH_KEYWORDS = new Set(['properties', 'items', 'prefixItems', 'oneOf', 'anyOf', 'allOf', 'additionalProperties', '$ref', 'if', 'then', 'else']);

function pointerSegments(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function displayPath(segments: string[]): string {
  let out = '';
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

function at(value: unknown, segments: string[], followRefs = false): unknown {
  let v = value;
  for (const s of segments) {
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
    // Keyword locations run through a local $ref ("…/evidence/$ref/anyOf/1"): continue at its target.
    if (followRefs && s === '$ref' && typeof v === 'string' && v.startsWith('#')) v = at(value, pointerSegments(v));
  }
  return v;
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON has no text for a function or a symbol.
  if (typeof value === 'function' || typeof value === 'symbol') return value.toString();
  const s = JSON.stringify(value);
  if (s === undefined) return 'nothing';
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function article(type: string): string {
  return type === 'array' || type === 'object' || type === 'integer' ? `an ${type}` : `a ${type}`;
}

// An object that takes no keys at all, such as the options of a rule without options.
const NO_KEYS = 'no keys (this takes none)';

function expectation(schema: JsonSchema | undefined, keyword: string, parent: JsonSchema | undefined): string {
  if (!schema || typeof schema !== 'object') return 'a valid value';
  if (keyword === 'false' && parent && typeof parent['properties'] === 'object') {
    const keys = Object.keys(parent['properties'] as object);
    return keys.length > 0 ? `one of the known keys: ${keys.join(', ')}` : NO_KEYS;
  }
  if (keyword === 'false' && parent) {
    // An item past a fixed-length tuple such as [severity, options].
    const tuple = Array.isArray(parent['prefixItems']) ? parent : (parent['oneOf'] as JsonSchema[] | undefined)?.find((b) => Array.isArray(b['prefixItems']));
    if (tuple) return `nothing here (at most ${(tuple['prefixItems'] as unknown[]).length} items)`;
  }
  if (Array.isArray(schema['enum'])) return `one of ${(schema['enum'] as unknown[]).map(show).join(', ')}`;
  if ('const' in schema) return show(schema['const']);
  const type = schema['type'];
  const typeText = Array.isArray(type) ? type.map((t) => article(String(t))).join(' or ') : typeof type === 'string' ? article(type) : 'a valid value';
  switch (keyword) {
    case 'minimum':
      return `${typeText} of at least ${String(schema['minimum'])}`;
    case 'maximum':
      return `${typeText} of at most ${String(schema['maximum'])}`;
    case 'minLength':
      return `a string of at least ${String(schema['minLength'])} characters`;
    case 'maxLength':
      return `a string of at most ${String(schema['maxLength'])} characters`;
    case 'minItems':
      return `an array of at least ${String(schema['minItems'])} items`;
    case 'maxItems':
      return `an array of at most ${String(schema['maxItems'])} items`;
    case 'required':
      return `an object with ${(schema['required'] as string[]).map((r) => `"${r}"`).join(', ')}`;
    case 'pattern':
      return `text matching ${String(schema['pattern'])}`;
    default:
      return typeof schema['description'] === 'string' && typeText === 'a valid value' ? schema['description'] : typeText;
  }
}

const validators = new WeakMap<JsonSchema, Validator>();

/**
 * Validates `value` against `schema` and returns readable issues, most specific first.
 * Uses an interpreting validator (no code generation), so it also runs in the web
 * extension host and never evaluates anything from the workspace.
 */
export function validateWithSchema(value: unknown, schema: JsonSchema, basePath: string[] = []): SchemaIssue[] {
  let validator = validators.get(schema);
  if (!validator) {
    validator = new Validator(schema, '2020-12', false);
    validators.set(schema, validator);
  }
  const result = validator.validate(value);
  if (result.valid) return [];

  const leaves = result.errors.filter((e: OutputUnit) => !BRANCH_KEYWORDS.has(e.keyword));
  const locations = leaves.map((e) => e.instanceLocation);
  const specific = leaves.filter((e) => !locations.some((l) => l !== e.instanceLocation && l.startsWith(`${e.instanceLocation}/`)));

  const byLocation = new Map<string, string[]>();
  for (const e of specific) {
    const kwSegs = pointerSegments(e.keywordLocation);
    const schemaSegs = e.keyword === 'false' ? kwSegs : kwSegs.slice(0, -1);
    const node = at(schema, schemaSegs, true) as JsonSchema | undefined;
    // For an unknown key, the object schema that rejected it is two segments up (…/additionalProperties or …/properties/x).
    const parentSegs = pointerSegments(e.instanceLocation).length > 0 ? findObjectSchema(schema, e.instanceLocation) : undefined;
    const expected = expectation(e.keyword === 'false' ? parentSegs : node, e.keyword, parentSegs);
    const list = byLocation.get(e.instanceLocation) ?? [];
    if (!list.includes(expected)) list.push(expected);
    byLocation.set(e.instanceLocation, list);
  }

  const issues: SchemaIssue[] = [];
  for (const [location, expected] of byLocation) {
    const segs = pointerSegments(location);
    const path = displayPath([...basePath, ...segs]);
    const actual = at(value, segs);
    const where = path === '' ? '' : ` at ${path}`;
    const isUnknownKey = expected.some((x) => x.startsWith('one of the known keys') || x === NO_KEYS);
    const what = isUnknownKey ? `key "${segs[segs.length - 1] ?? ''}"` : show(actual);
    issues.push({ path, message: `Unexpected ${what}${where}, expected ${expected.join(' or ')}` });
  }
  return issues;
}

/** The object schema that holds the property at `instanceLocation` (used to list known keys). */
function findObjectSchema(schema: JsonSchema, instanceLocation: string): JsonSchema | undefined {
  const segs = pointerSegments(instanceLocation).slice(0, -1);
  // A local $ref stands for the schema it points to.
  const deref = (n: JsonSchema | undefined): JsonSchema | undefined =>
    n && typeof n['$ref'] === 'string' && n['$ref'].startsWith('#') ? (at(schema, pointerSegments(n['$ref'])) as JsonSchema | undefined) : n;
  let node: JsonSchema | undefined = schema;
  for (const s of segs) {
    node = deref(node);
    if (!node) return undefined;
    const props = node['properties'] as Record<string, JsonSchema> | undefined;
    if (props && props[s]) node = props[s];
    else if (Array.isArray(node['prefixItems']) && /^\d+$/.test(s)) node = (node['prefixItems'] as JsonSchema[])[Number(s)];
    else if (node['items'] && typeof node['items'] === 'object') node = node['items'] as JsonSchema;
    else if (Array.isArray(node['oneOf'])) {
      node = (node['oneOf'] as JsonSchema[]).find((b) => b['type'] === 'array' || b['type'] === 'object');
      if (node) {
        const inner: JsonSchema | undefined =
          Array.isArray(node['prefixItems']) && /^\d+$/.test(s)
            ? (node['prefixItems'] as JsonSchema[])[Number(s)]
            : (node['properties'] as Record<string, JsonSchema> | undefined)?.[s];
        node = inner;
      }
    } else if (node['additionalProperties'] && typeof node['additionalProperties'] === 'object') node = node['additionalProperties'] as JsonSchema;
    else return undefined;
  }
  // An item that is a string or an object ("questions": ["...", {text, id}]): its keys are the object branch's.
  const found = deref(node);
  if (found && !found['properties'] && Array.isArray(found['oneOf'])) return (found['oneOf'] as JsonSchema[]).find((b) => b['type'] === 'object') ?? found;
  return found;
}
