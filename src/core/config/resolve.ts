import { parse as parseJsonc, type ParseError, printParseErrorCode } from 'jsonc-parser';
import type { ConfiguredQuestion, EngineProblem, ResolvedConfig, RuleConfig, SeveritySetting } from '../types.js';
import { rules } from '../registry.js';
import { validateWithSchema } from '../schema/validate.js';
import { configSchema } from './schema.js';

export { CONFIG_FILE_NAMES } from './fileNames.js';
export const DEFAULT_WORDS_PER_MINUTE = 150;

export function defaultConfig(): ResolvedConfig {
  const ruleConfigs: Record<string, RuleConfig> = {};
  for (const r of rules) ruleConfigs[r.meta.id] = { severity: r.meta.defaultSeverity, options: { ...r.meta.defaultOptions } };
  return { rules: ruleConfigs, settings: { wordsPerMinute: DEFAULT_WORDS_PER_MINUTE }, rubrics: [], questions: [] };
}

/** A user's config as written: every field optional. */
export interface ConfigInput {
  rules?: Record<string, SeveritySetting | [SeveritySetting, Record<string, unknown>?]>;
  wordsPerMinute?: number;
  rubrics?: string[];
  questions?: (string | ConfiguredQuestion)[];
}

let schemaCache: ReturnType<typeof configSchema> | undefined;

/**
 * Merges `input` over `base`. Fields that fail validation are reported (naming `file` and
 * the field) and left at their base value; the rest still apply.
 */
export function mergeConfig(base: ResolvedConfig, input: unknown, file?: string): { config: ResolvedConfig; problems: EngineProblem[] } {
  schemaCache ??= configSchema();
  const problems: EngineProblem[] = [];
  const config: ResolvedConfig = {
    rules: Object.fromEntries(Object.entries(base.rules).map(([k, v]) => [k, { severity: v.severity, options: { ...v.options } }])),
    settings: { ...base.settings },
    rubrics: [...base.rubrics],
    questions: [...base.questions],
  };
  if (input === undefined || input === null) return { config, problems };
  const issues = validateWithSchema(input, schemaCache);
  const bad = new Set(issues.map((i) => i.path));
  const badUnder = (prefix: string): boolean => [...bad].some((p) => p === prefix || p.startsWith(`${prefix}.`) || p.startsWith(`${prefix}[`));
  for (const issue of issues) problems.push({ kind: 'config', message: issue.message, field: issue.path, ...(file ? { file } : {}) });
  if (typeof input !== 'object' || Array.isArray(input)) return { config, problems };

  const obj = input as ConfigInput;
  if (obj.rules && typeof obj.rules === 'object' && !Array.isArray(obj.rules)) {
    for (const [id, entry] of Object.entries(obj.rules)) {
      const current = config.rules[id];
      if (!current || badUnder(`rules.${id}`)) continue;
      if (typeof entry === 'string') current.severity = entry;
      else if (Array.isArray(entry)) {
        current.severity = entry[0];
        if (entry[1]) current.options = { ...current.options, ...entry[1] };
      }
    }
  }
  if (typeof obj.wordsPerMinute === 'number' && !badUnder('wordsPerMinute')) config.settings.wordsPerMinute = obj.wordsPerMinute;
  if (Array.isArray(obj.rubrics) && !badUnder('rubrics')) config.rubrics.push(...obj.rubrics);
  // A bad entry is dropped on its own; the others still count.
  if (Array.isArray(obj.questions))
    obj.questions.forEach((q, i) => {
      if (!badUnder(`questions[${i}]`)) config.questions.push(typeof q === 'string' ? { text: q } : q);
    });
  return { config, problems };
}

/**
 * Parses the text of a config file (JSON with comments and trailing commas). A file with
 * nothing but white space in it holds no settings (`value` undefined) and is not an error:
 * a config file just created, or emptied to go back to the defaults, has nothing to say yet.
 */
export function parseConfigText(source: string, file: string): { value: unknown; problems: EngineProblem[] } {
  // Editors on Windows save UTF-8 with a byte-order mark; it is not part of the JSON (nor a column).
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.trim() === '') return { value: undefined, problems: [] };
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length === 0) return { value, problems: [] };
  const first = errors[0]!;
  const before = text.slice(0, first.offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = first.offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return {
    value: undefined,
    problems: [{ kind: 'config', file, message: `${file}:${line}:${column}: not valid JSON (${printParseErrorCode(first.error)}); using the defaults` }],
  };
}

/** Reads a config from its text and merges it over `base`; never throws. */
export function loadConfigText(text: string, file: string, base: ResolvedConfig = defaultConfig()): { config: ResolvedConfig; problems: EngineProblem[] } {
  const parsed = parseConfigText(text, file);
  if (parsed.problems.length > 0) return { config: base, problems: parsed.problems };
  const merged = mergeConfig(base, parsed.value, file);
  return {
    config: merged.config,
    problems: merged.problems.map((p) => ({ ...p, message: `${file}: ${p.message}; using the default for it` })),
  };
}
