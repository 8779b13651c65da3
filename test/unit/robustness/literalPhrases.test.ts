import { describe, expect, it } from 'vitest';
import { Linter, loadConfigText, type ResolvedConfig } from '../../../src/core/index.js';
import { HOSTILE_PHRASES as HOSTILE } from './checks.js';

function configWith(phrases: string[]): ResolvedConfig {
  const { config, problems } = loadConfigText(JSON.stringify({ rules: { hedge: ['warning', { extraPhrases: phrases }] } }), '/ws/.interview-lint.json');
  expect(problems).toEqual([]);
  return config;
}

describe('robustness: workspace phrases are literals', () => {
  const longLine = `# Why this model?\n\n${'a'.repeat(20_000)}\n\n${'a'.repeat(19_999)}!\n`;

  // What they cost as the line grows is measured in longLines.test.ts (a ratio, in the slow tests).
  it('catastrophic patterns as hedge phrases flag nothing on a 20,000-character line of "a"', () => {
    const hostile = new Linter(configWith(HOSTILE));
    expect(hostile.lint(longLine).diagnostics.filter((d) => d.ruleId === 'hedge')).toEqual([]);
  });

  it('a pattern is matched as the text it is, not as a regex', () => {
    const text = '# Why this model?\n\nWe wrote (a+)+$ on the board, then aaaa and a.b and [ once.\n';
    const found = new Linter(configWith(HOSTILE)).lint(text).diagnostics.filter((d) => d.ruleId === 'hedge' && d.messageId === 'custom');
    expect(found.map((d) => text.slice(d.offsets.start, d.offsets.end))).toEqual(['(a+)+$', '[']);
    expect(found[0]!.message).toBe('"(a+)+$" is on this workspace\'s hedge list. Replace it with a confident claim or a precise limitation.');
  });

  it('an ordinary phrase is matched as whole words, any case', () => {
    const text = '# Why this model?\n\nAt The End Of The Day we shipped; the endofday job ran.\n';
    const found = new Linter(configWith(['at the end of the day'])).lint(text).diagnostics.filter((d) => d.messageId === 'custom');
    expect(found.map((d) => text.slice(d.offsets.start, d.offsets.end))).toEqual(['At The End Of The Day']);
  });
});
