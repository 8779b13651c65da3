import { describe, expect, it } from 'vitest';
import { SHIPPED_RUBRIC_SOURCES, findPhrase, lint, loadRubrics, parseRubricText, scoreLintResult, shippedRubrics } from '../../../src/core/index.js';

const LEVELS = `    levels:
      - {level: 1, descriptor: Nothing.}
      - {level: 2, descriptor: Names it., evidence: "cache"}
      - {level: 3, descriptor: Explains it., evidence: {allOf: ["cache", "eviction"]}}
      - {level: 4, descriptor: Trade-off., evidence: {allOf: ["cache", "eviction", {concept: "@tradeoff"}]}}
      - {level: 5, descriptor: Numbers., evidence: {allOf: ["cache", "eviction", {concept: "@metric"}]}}
`;
const rubric = (criterion: string, extra = ''): string => `id: caching\ntitle: Caching\nkind: technical\npassMark: 3.8\n${extra}criteria:\n${criterion}`;
const GOOD = rubric(`  - id: basics\n    title: Basics\n    weight: 1\n${LEVELS}`);

function messages(text: string, file = '.interview-lint/rubrics/caching.yaml'): { message: string; field?: string }[] {
  const { rubric: r, problems } = parseRubricText(text, file);
  expect(r).toBeUndefined();
  return problems.map((p) => ({ message: p.message, ...(p.field !== undefined ? { field: p.field } : {}) }));
}

describe('rubric files', () => {
  it('every shipped rubric loads without a problem', () => {
    const { rubrics, problems } = shippedRubrics();
    expect(problems).toEqual([]);
    expect(rubrics.map((r) => r.rubric.id)).toHaveLength(SHIPPED_RUBRIC_SOURCES.length);
  });

  it('the seed-004 competencies keep their band, pass mark and weights', () => {
    const ids = ['time-series-forecasting', 'data-modeling-analysis', 'python-data-libraries', 'database-data-pipelines', 'business-insight-communication'];
    for (const id of ids) {
      const r = shippedRubrics().rubrics.find((x) => x.rubric.id === id)!.rubric;
      expect(r.band).toBe('10+');
      expect(r.passMark).toBe(3.8);
      expect(r.criteria.map((c) => c.weight)).toEqual([0.33, 0.33, 0.33]);
      for (const c of r.criteria) expect(c.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
      expect(r.signals && r.scope && r.autonomy).toBeTruthy();
      expect(r.probes!.length).toBeGreaterThanOrEqual(3);
      expect(r.redFlags!.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('a valid workspace rubric loads', () => {
    expect(parseRubricText(GOOD, 'x.yaml').problems).toEqual([]);
  });

  it('a wrong type names the file and the field path', () => {
    expect(messages(GOOD.replace('weight: 1', 'weight: heavy'))).toEqual([
      {
        message: '.interview-lint/rubrics/caching.yaml: Unexpected "heavy" at criteria[0].weight, expected a number; the rubric was skipped',
        field: 'criteria[0].weight',
      },
    ]);
  });

  it('a missing required field', () => {
    expect(messages(GOOD.replace('passMark: 3.8\n', ''))).toEqual(
      [
        {
          message:
            '.interview-lint/rubrics/caching.yaml: Unexpected {"id":"caching","title":"Caching","kind":"technical","criteria":... (nothing) , expected an object with "id", "title", "kind", "passMark", "criteria"; the rubric was skipped',
          field: '',
        },
      ].map((m) => ({ ...m, message: expect.stringContaining('expected an object with "id", "title", "kind", "passMark", "criteria"') as unknown })),
    );
  });

  it('an unknown key in evidence', () => {
    expect(messages(GOOD.replace('evidence: {allOf: ["cache", "eviction"]}', 'evidence: {allof: ["cache", "eviction"]}'))).toEqual([
      {
        message: expect.stringMatching(
          /^\.interview-lint\/rubrics\/caching\.yaml: Unexpected key "allof" at criteria\[0\]\.levels\[2\]\.evidence\.allof, expected one of the known keys: concept, anyOf, allOf, atLeast, of, noneOf/,
        ) as unknown,
        field: 'criteria[0].levels[2].evidence.allof',
      },
    ]);
  });

  it('levels out of order, an unknown concept, atLeast larger than its list', () => {
    const broken = GOOD.replace('{level: 3, descriptor', '{level: 4, descriptor')
      .replace('{concept: "@tradeoff"}', '{concept: "speed"}')
      .replace('evidence: "cache"}', 'evidence: {atLeast: 2, of: ["cache"]}}');
    expect(messages(broken)).toEqual([
      {
        message:
          '.interview-lint/rubrics/caching.yaml: Unexpected 2 at criteria[0].levels[1].evidence.atLeast, expected at most 1 (the number of items in "of"); the rubric was skipped',
        field: 'criteria[0].levels[1].evidence.atLeast',
      },
      {
        message:
          '.interview-lint/rubrics/caching.yaml: Unexpected 4 at criteria[0].levels[2].level, expected 3 (levels are listed from 1 to 5); the rubric was skipped',
        field: 'criteria[0].levels[2].level',
      },
      {
        message:
          '.interview-lint/rubrics/caching.yaml: Unexpected "speed" at criteria[0].levels[3].evidence.allOf[2].concept, expected a concept defined under concepts or a built-in (@metric, @number, @first-person, @first-person-past, @reasoning, @tradeoff, @result-metric, @relative-change, @outcome, @own-action, @own-decision, @own-plan, @team-action, @learning, @reasoned, @specific, @general-claim, @list-item, @generic); the rubric was skipped',
        field: 'criteria[0].levels[3].evidence.allOf[2].concept',
      },
    ]);
  });

  it('a hint whose condition names an unknown concept', () => {
    const broken = GOOD.replace(
      '{level: 1, descriptor: Nothing.}',
      '{level: 1, descriptor: Nothing., hints: [{when: {concept: "speed"}, hint: Say how fast.}]}',
    );
    expect(messages(broken)).toEqual([
      {
        message: expect.stringMatching(
          /^\.interview-lint\/rubrics\/caching\.yaml: Unexpected "speed" at criteria\[0\]\.levels\[0\]\.hints\[0\]\.when\.concept, expected a concept defined under concepts/,
        ) as unknown,
        field: 'criteria[0].levels[0].hints[0].when.concept',
      },
    ]);
  });

  it('two evidence forms in one object, and a red flag naming an unknown criterion', () => {
    const broken =
      rubric(`  - id: basics\n    title: Basics\n    weight: 1\n${LEVELS.replace('evidence: "cache"}', 'evidence: {anyOf: ["cache"], noneOf: ["x"]}}')}`, '') +
      'redFlags:\n  - {id: lru, description: d, when: "LRU", criteria: [basic]}\n';
    expect(messages(broken)).toEqual([
      {
        message:
          '.interview-lint/rubrics/caching.yaml: Unexpected keys "anyOf" and "noneOf" together at criteria[0].levels[1].evidence, expected evidence with one of concept (+ min), anyOf, allOf, atLeast + of, noneOf, sentence, inSection + evidence, finding (+ min, max), sections, words, answerType; the rubric was skipped',
        field: 'criteria[0].levels[1].evidence',
      },
      {
        message:
          '.interview-lint/rubrics/caching.yaml: Unexpected "basic" at redFlags[0].criteria[0], expected one of the criterion ids: basics; the rubric was skipped',
        field: 'redFlags[0].criteria[0]',
      },
    ]);
  });

  it('YAML that does not parse names the file, line and column', () => {
    expect(messages('id: caching\ntitle: [unclosed\n')).toEqual([
      { message: expect.stringMatching(/^\.interview-lint\/rubrics\/caching\.yaml:3:1: not valid YAML \(.+\); the rubric was skipped$/) as unknown },
    ]);
  });

  it('a broken rubric is skipped and the others still load; a workspace rubric replaces a shipped one with its id', () => {
    const { rubrics, problems } = loadRubrics([
      ...SHIPPED_RUBRIC_SOURCES,
      { file: 'bad.yaml', text: 'id: 3' },
      { file: 'mine.yaml', text: GOOD.replace('id: caching', 'id: delivery').replace('kind: technical', 'kind: delivery\nalways: true') },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('bad.yaml');
    expect(rubrics).toHaveLength(SHIPPED_RUBRIC_SOURCES.length);
    expect(rubrics.find((r) => r.rubric.id === 'delivery')!.source).toBe('mine.yaml');
  });
});

describe('phrases are literals', () => {
  it('escapes every pattern character from a workspace phrase', () => {
    const { rubric: r } = parseRubricText(GOOD.replace('evidence: "cache"}', 'evidence: "(a+)+$"}'), 'x.yaml');
    expect(r).toBeDefined();
    const report = scoreLintResult(lint(`---\nrubric: caching\n---\n\n${'a'.repeat(5000)}! and (a+)+$ in text.\n`), {
      rubrics: [{ rubric: r!, source: 'x.yaml' }],
    });
    const basics = report.answers[0]!.rubrics.find((x) => x.id === 'caching')!.criteria[0]!;
    expect(basics.level).toBe(2);
    expect(basics.evidence.map((e) => e.text)).toEqual(['and (a+)+$ in text.']);
  });

  it('matches whole words, any case, spaces and hyphens alike, and a trailing stem', () => {
    const found = (text: string, p: string): string[] => findPhrase(text, p).map((m) => text.slice(m.start, m.end));
    expect(found('Fine tuning helps; fine-tuning too', 'fine-tuning')).toEqual(['Fine tuning', 'fine-tuning']);
    expect(found('finetuning', 'fine-tuning')).toEqual([]);
    expect(found('we monitored drift and monitoring', 'monitor*')).toEqual(['monitored', 'monitoring']);
    expect(found('leverage RAG.', 'RAG')).toEqual(['RAG']);
    expect(found('I don’t know', "don't")).toEqual(['don’t']);
    expect(found('divide by sqrt(d_k) first', 'sqrt(d_k)')).toEqual(['sqrt(d_k)']);
    expect(found('a  .*+?^${}()|[]\\ b', '.*+?^${}()|[]\\')).toEqual(['.*+?^${}()|[]\\']);
  });

  it('a phrase finds its plural, but short words keep their exact form', () => {
    const found = (text: string, p: string): string[] => findPhrase(text, p).map((m) => text.slice(m.start, m.end));
    expect(found('two pricing models and one model', 'model')).toEqual(['models', 'model']);
    expect(found('the trade-offs, the biases', 'trade-off')).toEqual(['trade-offs']);
    expect(found('the biases', 'bias')).toEqual(['biases']);
    expect(found('modelss and modeling', 'model')).toEqual([]);
    expect(found('Is it its own? I think so', 'I')).toEqual(['I']);
    expect(found('its', 'it')).toEqual([]);
  });
});

describe('scoring is deterministic', () => {
  it('the same text always gets the same report', () => {
    const text =
      '# Explain the bias-variance trade-off?\n\nBias is underfitting and variance is overfitting; the irreducible error is the floor. I use cross-validation.\n';
    const a = JSON.stringify(scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics }));
    for (let i = 0; i < 3; i++) expect(JSON.stringify(scoreLintResult(lint(text), { rubrics: [...shippedRubrics().rubrics].reverse() }))).toBe(a);
  });
});
