import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { parseFrontMatter, readSimpleFrontMatter } from '../../../src/core/model/frontMatter.js';

/** What the YAML library makes of a front matter text, or the error it raises. */
function viaLibrary(source: string): unknown {
  try {
    const data: unknown = parseYaml(source, { maxAliasCount: 50, logLevel: 'error' });
    return { data };
  } catch {
    return 'error';
  }
}

// Pieces a front matter line is made of, tricky ones included: YAML's null and booleans,
// numbers, quotes, comments, colons, indentation, tabs, unicode, line separators.
const keys = ['type', 'question', 'format', 'rubric', 'star', 'True', 'null', 'NULL', 'a-b', 'k_1', '_x', '1st', 'Type', 'q'];
// prettier-ignore
const values = ['behavioral', 'pitch', 'Tell me about a time you failed?', "it's fine", 'R&D at scale', 'C# and F#', 'a: b', 'x #note', 'true', 'False', 'null', 'Null', '~', 'yes', 'no', 'off', '12', '0x1F', '.inf', '1e3', "'quoted'", '"double"', 'café menu', 'a\tb', 'a\u2028b', 'trailing  ', 'two  spaces', '[list]', 'a, b', 'x]', 'x}', '{y', 'what?', '- dash', 'a - b', '!tag', '&anchor', '*alias', '%pct', '@at', '`tick`', '|', '>', 'e.g. this', 'end.', 'no\u00a0break', ''];
const line = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(fc.constantFrom(...keys), fc.constantFrom(':', ': ', ':  ', ' : '), fc.constantFrom(...values)).map(([k, sep, v]) => `${k}${sep}${v}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', '# a comment', '  indented: x', '\tkey: x', '- item', '...', '---', '%YAML 1.2', '? complex') },
);
const source = fc.tuple(fc.array(line, { minLength: 0, maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

describe('front matter: the fast path for simple lines', () => {
  it('reads exactly what the YAML library reads, whenever it answers at all', () => {
    fc.assert(
      fc.property(source, (src) => {
        const simple = readSimpleFrontMatter(src);
        if (simple !== undefined) expect({ data: simple }).toEqual(viaLibrary(src));
      }),
      { numRuns: 20000 },
    );
  });

  it('answers for the front matter most answers carry', () => {
    expect(readSimpleFrontMatter('type: behavioral')).toEqual({ type: 'behavioral' });
    expect(readSimpleFrontMatter('question: Tell me about a time you failed?\r\ntype: star\r\n')).toEqual({
      question: 'Tell me about a time you failed?',
      type: 'star',
    });
  });

  it('leaves to the library what it cannot be sure of', () => {
    for (const src of [
      'type: behavioral\r',
      'type: pitch\rquestion: why',
      'star: true',
      'type: null',
      'question: "Why?"',
      'type: pitch # draft',
      'a: 1\na: 2',
      'rubric:\n  - star',
      'question: Q: why',
      'type:',
      '',
    ]) {
      expect(readSimpleFrontMatter(src), src).toBeUndefined();
    }
    // ...and the library's answer is what the engine then gets.
    expect(parseFrontMatter('star: true', { start: 0, end: 14 }).data).toEqual({ star: true });
    expect(parseFrontMatter('a: 1\na: 2', { start: 0, end: 12 }).error).toMatch(/^front matter is not valid YAML: Map keys must be unique/);
  });
});
