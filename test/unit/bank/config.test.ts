import { describe, expect, it } from 'vitest';
import { loadConfigText } from '../../../src/core/index.js';

const load = (value: unknown): ReturnType<typeof loadConfigText> => loadConfigText(JSON.stringify(value), '.interview-lint.jsonc');

describe('the questions setting', () => {
  it('takes strings and {text, id, aliases}', () => {
    const { config, problems } = load({
      questions: ['Why us?', { text: 'What is your biggest weakness?', id: 'weakness', aliases: ['Your biggest weakness?'] }],
    });
    expect(problems).toEqual([]);
    expect(config.questions).toEqual([{ text: 'Why us?' }, { text: 'What is your biggest weakness?', id: 'weakness', aliases: ['Your biggest weakness?'] }]);
  });

  it('names the file and field of a bad entry and keeps the good ones', () => {
    const bad = (value: unknown): string[] => load(value).problems.map((p) => p.message);
    expect(bad({ questions: 'Why us?' })).toEqual(['.interview-lint.jsonc: Unexpected "Why us?" at questions, expected an array; using the default for it']);
    expect(bad({ questions: [3] })).toEqual(['.interview-lint.jsonc: Unexpected 3 at questions[0], expected a string or an object; using the default for it']);
    expect(bad({ questions: [{ text: 'Why us?', alias: ['x'] }] })).toEqual([
      '.interview-lint.jsonc: Unexpected key "alias" at questions[0].alias, expected one of the known keys: text, id, aliases; using the default for it',
    ]);
    expect(bad({ questions: [{ aliases: ['Why us?'] }] })).toEqual([
      '.interview-lint.jsonc: Unexpected {"aliases":["Why us?"]} at questions[0], expected a string or an object with "text"; using the default for it',
    ]);
    const mixed = load({ questions: ['Why us?', { id: 'Not Kebab', text: 'Why now?' }] });
    expect(mixed.problems.map((p) => [p.field, p.file])).toEqual([['questions[1].id', '.interview-lint.jsonc']]);
    expect(mixed.config.questions).toEqual([{ text: 'Why us?' }]);
  });
});
