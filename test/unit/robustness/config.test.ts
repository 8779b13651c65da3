import { describe, expect, it } from 'vitest';
import { Linter, defaultConfig, loadConfigText } from '../../../src/core/index.js';

const FILE = '/ws/.interview-lint.jsonc';
const DRAFT = '# Tell me about a time you failed?\n\nI think we basically shipped it, um, late.\n';

/**
 * A broken config costs the user one field, never the lint: each case yields exactly one
 * message naming the file and the field, the field keeps its default, the file's other
 * fields (here `filler: "error"`) still apply, and linting goes on.
 */
const FIELD_CASES: { name: string; rules?: string; extra?: string; field: string; message: string }[] = [
  {
    name: 'a wrong type for a rule',
    rules: '"hedge": 3',
    field: 'rules.hedge',
    message: 'Unexpected 3 at rules.hedge, expected one of "off", "info", "warning", "error" or an array',
  },
  {
    name: 'an unknown severity',
    rules: '"hedge": "loud"',
    field: 'rules.hedge',
    message: 'Unexpected "loud" at rules.hedge, expected one of "off", "info", "warning", "error" or an array',
  },
  {
    name: 'a severity in the wrong case, inside [severity, options]',
    rules: '"hedge": ["Warning"]',
    field: 'rules.hedge[0]',
    message: 'Unexpected "Warning" at rules.hedge[0], expected one of "off", "info", "warning", "error"',
  },
  {
    name: 'null for a rule',
    rules: '"hedge": null',
    field: 'rules.hedge',
    message: 'Unexpected null at rules.hedge, expected one of "off", "info", "warning", "error" or an array',
  },
  {
    name: 'an unknown rule id (a typo)',
    rules: '"hedgee": "warning"',
    field: 'rules.hedgee',
    message:
      'Unexpected key "hedgee" at rules.hedgee, expected one of the known keys: filler, hedge, red-flag, accuracy-only, result-needs-metric, star-missing-result, star-missing-section, vague-we, too-long, placeholder, indented-prose',
  },
  {
    name: 'an unknown option (a typo)',
    rules: '"hedge": ["warning", {"extraPhrase": ["at the end of the day"]}]',
    field: 'rules.hedge[1].extraPhrase',
    message: 'Unexpected key "extraPhrase" at rules.hedge[1].extraPhrase, expected one of the known keys: extraPhrases, allowPhrases',
  },
  {
    name: 'an option for a rule that takes none',
    rules: '"hedge": "warning", "red-flag": ["warning", {"strict": true}]',
    field: 'rules.red-flag[1].strict',
    message: 'Unexpected key "strict" at rules.red-flag[1].strict, expected no keys (this takes none)',
  },
  {
    name: 'a third item after [severity, options]',
    rules: '"hedge": ["warning", {}, "error"]',
    field: 'rules.hedge[2]',
    message: 'Unexpected "error" at rules.hedge[2], expected nothing here (at most 2 items)',
  },
  {
    name: 'an option of the wrong type',
    rules: '"hedge": ["warning", {"extraPhrases": "maybe"}]',
    field: 'rules.hedge[1].extraPhrases',
    message: 'Unexpected "maybe" at rules.hedge[1].extraPhrases, expected an array',
  },
  {
    name: 'a phrase that is not text',
    rules: '"hedge": ["warning", {"extraPhrases": [1, "ok"]}]',
    field: 'rules.hedge[1].extraPhrases[0]',
    message: 'Unexpected 1 at rules.hedge[1].extraPhrases[0], expected a string',
  },
  {
    name: 'a number out of range in options',
    rules: '"too-long": ["warning", {"maxSeconds": -1}]',
    field: 'rules.too-long[1].maxSeconds',
    message: 'Unexpected -1 at rules.too-long[1].maxSeconds, expected an integer of at least 1',
  },
  {
    name: 'a speaking rate of the wrong type',
    extra: '"wordsPerMinute": "fast"',
    field: 'wordsPerMinute',
    message: 'Unexpected "fast" at wordsPerMinute, expected a number',
  },
  {
    name: 'a speaking rate out of range',
    extra: '"wordsPerMinute": 5000',
    field: 'wordsPerMinute',
    message: 'Unexpected 5000 at wordsPerMinute, expected a number of at most 300',
  },
  {
    name: 'rubrics as one string instead of a list',
    extra: '"rubrics": "mine.yaml"',
    field: 'rubrics',
    message: 'Unexpected "mine.yaml" at rubrics, expected an array',
  },
  {
    name: 'an unknown top-level key',
    extra: '"rulez": {}',
    field: 'rulez',
    message: 'Unexpected key "rulez" at rulez, expected one of the known keys: $schema, rules, wordsPerMinute, rubrics, questions',
  },
];

describe('robustness: bad config fields', () => {
  const defaults = defaultConfig();
  for (const c of FIELD_CASES) {
    it(`${c.name}: one message naming the file and ${c.field}, the default kept, the rest applied`, () => {
      const text = `{\n  // a comment and a trailing comma are fine\n  "rules": { "filler": "error"${c.rules ? `, ${c.rules}` : ''} },\n  ${c.extra ? `${c.extra},` : ''}\n}\n`;
      const { config, problems } = loadConfigText(text, FILE);
      expect(problems.map((p) => p.message)).toEqual([`${FILE}: ${c.message}; using the default for it`]);
      expect(problems[0]).toMatchObject({ kind: 'config', file: FILE, field: c.field });
      expect(config.rules['filler']!.severity).toBe('error');
      expect(config.rules['hedge']).toEqual(defaults.rules['hedge']);
      expect(config.rules['too-long']).toEqual(defaults.rules['too-long']);
      expect(config.rules['red-flag']).toEqual(defaults.rules['red-flag']);
      expect(config.settings).toEqual(defaults.settings);
      expect(config.rubrics).toEqual([]);

      // Linting goes on with the repaired config.
      const found = new Linter(config).lint(DRAFT).diagnostics.map((d) => `${d.ruleId}:${d.severity}:${DRAFT.slice(d.offsets.start, d.offsets.end)}`);
      expect(found).toContain('hedge:warning:I think');
      expect(found).toContain('filler:error:um');
    });
  }

  it('two bad fields give two messages, each with its own field', () => {
    const { config, problems } = loadConfigText('{"rules": {"hedge": "loud", "vague-we": 7, "filler": "off"}, "wordsPerMinute": 140}', FILE);
    expect(problems.map((p) => p.field)).toEqual(['rules.hedge', 'rules.vague-we']);
    expect(config.rules['filler']!.severity).toBe('off');
    expect(config.settings.wordsPerMinute).toBe(140);
  });
});

describe('robustness: config files that are not JSON', () => {
  const cases: [string, string, string][] = [
    ['JavaScript-style keys without quotes', '{ rules: { hedge: "off" } }', `${FILE}:1:3: not valid JSON (InvalidSymbol); using the defaults`],
    ['an unclosed object', '{"rules": {"hedge": "off"', `${FILE}:1:26: not valid JSON (CloseBraceExpected); using the defaults`],
    ['YAML instead of JSON', 'rules:\n  hedge: off\n', `${FILE}:1:1: not valid JSON (InvalidSymbol); using the defaults`],
    ['binary garbage', '\u0000\u0001\u0002PK', `${FILE}:1:1: not valid JSON (InvalidSymbol); using the defaults`],
  ];
  for (const [name, text, message] of cases) {
    it(`${name}: one message with the file, line and column; every default kept`, () => {
      const { config, problems } = loadConfigText(text, FILE);
      expect(problems.map((p) => p.message)).toEqual([message]);
      expect(problems[0]).toMatchObject({ kind: 'config', file: FILE });
      expect(config).toEqual(defaultConfig());
      expect(new Linter(config).lint(DRAFT).diagnostics.length).toBeGreaterThan(0);
    });
  }

  it('an empty file (just created, or emptied) is no settings and no problem', () => {
    for (const text of ['', '  \n\t\r\n', '\uFEFF', '\uFEFF\n']) {
      const { config, problems } = loadConfigText(text, FILE);
      expect(problems, JSON.stringify(text)).toEqual([]);
      expect(config).toEqual(defaultConfig());
    }
  });

  it('a file of comments only is still not JSON', () => {
    expect(loadConfigText('// settings for this folder\n', FILE).problems.map((p) => p.message)).toEqual([
      `${FILE}:2:1: not valid JSON (ValueExpected); using the defaults`,
    ]);
  });

  it('a root that is not an object: one message, defaults', () => {
    const { config, problems } = loadConfigText('"just a string"', FILE);
    expect(problems.map((p) => p.message)).toEqual([`${FILE}: Unexpected "just a string", expected an object; using the default for it`]);
    expect(config).toEqual(defaultConfig());
  });

  it('a byte-order mark (as Windows editors save UTF-8) is not an error', () => {
    const { config, problems } = loadConfigText('\uFEFF{"rules": {"hedge": "off"}}', FILE);
    expect(problems).toEqual([]);
    expect(config.rules['hedge']!.severity).toBe('off');
  });

  it('"__proto__" in a config changes nothing and pollutes nothing', () => {
    const { config } = loadConfigText('{"__proto__": {"polluted": true}, "rules": {"__proto__": {"severity": "off"}}}', FILE);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(config).toEqual(defaultConfig());
  });
});
