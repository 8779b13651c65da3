import { describe, expect, it } from 'vitest';
import { Linter, applyFixes, defaultConfig, type Diagnostic, type ResolvedConfig } from '../../src/core/index.js';

export interface InvalidCase {
  code: string;
  /** Expected findings of the rule under test, in document order. `text` is the exact text covered. */
  errors: { text?: string; messageId?: string; message?: string | RegExp }[];
  /** Text after applying every fix of the rule under test; omit when the rule offers none here. */
  output?: string;
  options?: Record<string, unknown>;
}

export interface ValidCase {
  code: string;
  options?: Record<string, unknown>;
}

/** A config with only `ruleId` on (at warning), so other rules cannot mask or add findings. */
export function onlyRule(ruleId: string, options?: Record<string, unknown>): ResolvedConfig {
  const config = defaultConfig();
  for (const [id, rc] of Object.entries(config.rules)) rc.severity = id === ruleId ? 'warning' : 'off';
  if (options) config.rules[ruleId]!.options = { ...config.rules[ruleId]!.options, ...options };
  return config;
}

export function lintWith(ruleId: string, code: string, options?: Record<string, unknown>): Diagnostic[] {
  return new Linter(onlyRule(ruleId, options)).lint(code).diagnostics.filter((d) => d.ruleId === ruleId);
}

/** ESLint-style rule tester: valid code raises nothing; invalid code raises exactly the listed findings. */
export function ruleTester(ruleId: string, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(`rule ${ruleId}`, () => {
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { code: v } : v;
      it(`valid: ${JSON.stringify(c.code.slice(0, 70))}`, () => {
        const found = lintWith(ruleId, c.code, c.options).map((d) => `${c.code.slice(d.offsets.start, d.offsets.end)} (${d.message})`);
        expect(found).toEqual([]);
      });
    }
    for (const inv of cases.invalid) {
      it(`invalid: ${JSON.stringify(inv.code.slice(0, 70))}`, () => {
        const found = lintWith(ruleId, inv.code, inv.options);
        expect(found.length, found.map((d) => d.message).join('\n')).toBe(inv.errors.length);
        inv.errors.forEach((e, i) => {
          const d = found[i]!;
          if (e.text !== undefined) expect(inv.code.slice(d.offsets.start, d.offsets.end)).toBe(e.text);
          if (e.messageId !== undefined) expect(d.messageId).toBe(e.messageId);
          if (typeof e.message === 'string') expect(d.message).toBe(e.message);
          else if (e.message) expect(d.message).toMatch(e.message);
          expect(d.url).toMatch(new RegExp(`/docs/rules/${ruleId}\\.md$`));
        });
        if (inv.output !== undefined) {
          const fixed = applyFixes(
            inv.code,
            found.flatMap((d) => (d.fix ? [d.fix] : [])),
          ).text;
          expect(fixed).toBe(inv.output);
        }
      });
    }
  });
}
