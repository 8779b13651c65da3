import { describe, expect, it } from 'vitest';
import { Linter, loadConfigText, type ResolvedConfig } from '../../../src/core/index.js';

/** Patterns that hang a backtracking regex engine, or do not compile, if used as regexes. */
const HOSTILE = ['(a+)+$', '(a|a)*b', '(.*a){25}', '([a-z]+)*!', '[', '\\', 'a{1,99999}', '.*', '(?<x>a)\\k<x>', '^', '$'];

function configWith(phrases: string[]): ResolvedConfig {
  const { config, problems } = loadConfigText(JSON.stringify({ rules: { hedge: ['warning', { extraPhrases: phrases }] } }), '/ws/.interview-lint.json');
  expect(problems).toEqual([]);
  return config;
}

/** Median of five runs: one slow run on a busy machine must not decide. */
function medianMs(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2]!;
}

describe('robustness: workspace phrases are literals', () => {
  const longLine = `# Why this model?\n\n${'a'.repeat(20_000)}\n\n${'a'.repeat(19_999)}!\n`;

  it('catastrophic patterns as hedge phrases cost under 100 ms on a 20,000-character line of "a"', () => {
    const plain = new Linter(configWith([]));
    const hostile = new Linter(configWith(HOSTILE));
    // Fresh linters each run (no cache); the difference is what the phrases cost.
    const base = medianMs(() => new Linter(plain.getConfig()).lint(longLine));
    const withPhrases = medianMs(() => new Linter(hostile.getConfig()).lint(longLine));
    expect(withPhrases - base, `${withPhrases.toFixed(1)} ms with the phrases, ${base.toFixed(1)} ms without`).toBeLessThan(100);
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
