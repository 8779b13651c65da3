import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { EngineProblem } from '../types.js';
import { show, validateWithSchema } from '../schema/validate.js';
import { BUILTIN_CONCEPT_IDS, isBuiltinConcept } from './builtins.js';
import { rubricSchema } from './rubricSchema.js';
import type { Evidence, LoadedRubric, Rubric, RubricLoadResult, RubricSource } from './types.js';

function problem(file: string, message: string, field?: string): EngineProblem {
  return { kind: 'rubric', file, message: `${file}: ${message}; the rubric was skipped`, ...(field !== undefined ? { field } : {}) };
}

/** Evidence nodes with their field paths, depth first. */
function* walkEvidence(e: Evidence, path: string): Generator<{ e: Evidence; path: string }> {
  yield { e, path };
  if (typeof e === 'string') return;
  const lists: [string, Evidence[]][] = [];
  if ('anyOf' in e) lists.push(['anyOf', e.anyOf]);
  if ('allOf' in e) lists.push(['allOf', e.allOf]);
  if ('noneOf' in e) lists.push(['noneOf', e.noneOf]);
  if ('atLeast' in e) lists.push(['of', e.of]);
  for (const [key, list] of lists) for (let i = 0; i < list.length; i++) yield* walkEvidence(list[i]!, `${path}.${key}[${i}]`);
  if ('sentence' in e) yield* walkEvidence(e.sentence, `${path}.sentence`);
  if ('inSection' in e) yield* walkEvidence(e.evidence, `${path}.evidence`);
}

const FORMS: Record<string, { with?: string; allows?: string[] }> = {
  concept: { allows: ['min'] },
  anyOf: {},
  allOf: {},
  atLeast: { with: 'of' },
  noneOf: {},
  sentence: {},
  inSection: { with: 'evidence' },
  finding: { allows: ['min', 'max'] },
  sections: {},
  words: {},
  answerType: {},
};
const FORM_LIST =
  'one of concept (+ min), anyOf, allOf, atLeast + of, noneOf, sentence, inSection + evidence, finding (+ min, max), sections, words, answerType';

/** An evidence object names exactly one form, with only that form's companion keys. */
function checkForm(node: Record<string, unknown>, path: string): { path: string; message: string } | undefined {
  const keys = Object.keys(node);
  const forms = keys.filter((k) => k in FORMS);
  if (forms.length !== 1) {
    const what = forms.length === 0 ? `${show(node)}` : `keys ${forms.map((f) => `"${f}"`).join(' and ')} together`;
    return { path, message: `Unexpected ${what} at ${path}, expected evidence with ${FORM_LIST}` };
  }
  const form = FORMS[forms[0]!]!;
  const allowed = new Set([forms[0]!, ...(form.with ? [form.with] : []), ...(form.allows ?? [])]);
  const extra = keys.find((k) => !allowed.has(k));
  if (extra)
    return { path: `${path}.${extra}`, message: `Unexpected key "${extra}" at ${path}, expected the keys of "${forms[0]}": ${[...allowed].join(', ')}` };
  if (form.with && !(form.with in node)) return { path, message: `Unexpected ${show(node)} at ${path}, expected "${forms[0]}" with "${form.with}"` };
  return undefined;
}

/** Checks what a schema cannot: level order, references to concepts and criteria, counts. */
function semanticIssues(r: Rubric): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const concepts = r.concepts ?? {};
  const checkEvidence = (e: Evidence, path: string): void => {
    for (const node of walkEvidence(e, path)) {
      if (typeof node.e === 'string') continue;
      const formIssue = checkForm(node.e, node.path);
      if (formIssue) {
        issues.push(formIssue);
        continue;
      }
      if ('concept' in node.e && !isBuiltinConcept(node.e.concept) && !(node.e.concept in concepts)) {
        issues.push({
          path: `${node.path}.concept`,
          message: `Unexpected ${show(node.e.concept)} at ${node.path}.concept, expected a concept defined under concepts or a built-in (${BUILTIN_CONCEPT_IDS.join(', ')})`,
        });
      }
      if ('atLeast' in node.e && node.e.atLeast > node.e.of.length) {
        issues.push({
          path: `${node.path}.atLeast`,
          message: `Unexpected ${node.e.atLeast} at ${node.path}.atLeast, expected at most ${node.e.of.length} (the number of items in "of")`,
        });
      }
      if ('finding' in node.e && node.e.min !== undefined && node.e.max !== undefined && node.e.min > node.e.max) {
        issues.push({ path: `${node.path}.min`, message: `Unexpected ${node.e.min} at ${node.path}.min, expected at most max (${node.e.max})` });
      }
    }
  };
  const ids = new Set<string>();
  r.criteria.forEach((c, ci) => {
    if (ids.has(c.id))
      issues.push({ path: `criteria[${ci}].id`, message: `Unexpected ${show(c.id)} at criteria[${ci}].id, expected an id no other criterion uses` });
    ids.add(c.id);
    if (c.appliesWhen !== undefined) checkEvidence(c.appliesWhen, `criteria[${ci}].appliesWhen`);
    c.levels.forEach((l, li) => {
      if (l.level !== li + 1)
        issues.push({
          path: `criteria[${ci}].levels[${li}].level`,
          message: `Unexpected ${l.level} at criteria[${ci}].levels[${li}].level, expected ${li + 1} (levels are listed from 1 to 5)`,
        });
      if (l.evidence !== undefined) checkEvidence(l.evidence, `criteria[${ci}].levels[${li}].evidence`);
      (l.hints ?? []).forEach((h, hi) => checkEvidence(h.when, `criteria[${ci}].levels[${li}].hints[${hi}].when`));
    });
  });
  (r.suggest?.question ?? []).forEach((e, i) => checkEvidence(e, `suggest.question[${i}]`));
  (r.suggest?.answer ?? []).forEach((e, i) => checkEvidence(e, `suggest.answer[${i}]`));
  if (r.suggest?.skipWhen !== undefined) checkEvidence(r.suggest.skipWhen, 'suggest.skipWhen');
  (r.suggest?.skipQuestion ?? []).forEach((e, i) => checkEvidence(e, `suggest.skipQuestion[${i}]`));
  (r.redFlags ?? []).forEach((f, fi) => {
    if (f.when !== undefined) checkEvidence(f.when, `redFlags[${fi}].when`);
    (f.criteria ?? []).forEach((id, i) => {
      if (!ids.has(id))
        issues.push({
          path: `redFlags[${fi}].criteria[${i}]`,
          message: `Unexpected ${show(id)} at redFlags[${fi}].criteria[${i}], expected one of the criterion ids: ${[...ids].join(', ')}`,
        });
    });
  });
  return issues;
}

/**
 * Parses and validates one rubric file's text. Never throws: a broken rubric comes back as
 * problems naming the file and the field, and no rubric.
 */
export function parseRubricText(text: string, file: string): { rubric?: Rubric; problems: EngineProblem[] } {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof YAMLParseError && e.linePos) {
      const { line, col } = e.linePos[0];
      return { problems: [problem(`${file}:${line}:${col}`, `not valid YAML (${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '')})`)] };
    }
    return { problems: [problem(file, `not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`)] };
  }
  return validateRubricData(data, file);
}

/** Validates a rubric already parsed from YAML; never throws. */
export function validateRubricData(data: unknown, file: string): { rubric?: Rubric; problems: EngineProblem[] } {
  const issues = validateWithSchema(data, rubricSchema);
  if (issues.length > 0) return { problems: issues.map((i) => problem(file, i.message, i.path)) };
  const rubric = data as Rubric;
  const semantic = semanticIssues(rubric);
  if (semantic.length > 0) return { problems: semantic.map((i) => problem(file, i.message, i.path)) };
  return { rubric, problems: [] };
}

/** Loads several rubric texts; a later rubric with the same id replaces an earlier one. */
export function loadRubrics(sources: RubricSource[]): RubricLoadResult {
  const byId = new Map<string, LoadedRubric>();
  const problems: EngineProblem[] = [];
  for (const s of sources) {
    const { rubric, problems: p } = 'text' in s ? parseRubricText(s.text, s.file) : validateRubricData(s.data, s.file);
    problems.push(...p);
    if (rubric) byId.set(rubric.id, { rubric, source: s.file });
  }
  return { rubrics: [...byId.values()], problems };
}
