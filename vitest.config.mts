import { defineConfig } from 'vitest/config';
import { parse as parseYaml } from 'yaml';

/**
 * The slow project: property tests that lint thousands of generated documents, the
 * robustness suites that measure how the cost of a lint grows with its input, and the
 * labelled-set evaluation. Everything else is the unit project (`npm run test:unit`),
 * quick enough to run after every change.
 */
const SLOW = [
  'test/unit/robustness/lint.property.test.ts',
  'test/unit/robustness/fixes.property.test.ts',
  'test/unit/robustness/score.property.test.ts',
  'test/unit/robustness/longLines.test.ts',
  'test/eval/**/*.test.ts',
];
const NEVER = ['test/e2e/**', 'node_modules/**'];

export default defineConfig({
  // Rubric YAML is imported as parsed data, as scripts/build.mjs bundles it.
  plugins: [
    {
      name: 'rubric-yaml',
      enforce: 'pre',
      transform(code: string, id: string) {
        return id.endsWith('.yaml') ? { code: `export default ${JSON.stringify(parseYaml(code))};`, map: null } : undefined;
      },
    },
  ],
  test: {
    testTimeout: 60_000,
    setupFiles: ['test/setup/fastCheck.ts'],
    // Each project extends this config (the plugin, the timeout and the fast-check seed setup).
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...NEVER, ...SLOW] } },
      { extends: true, test: { name: 'slow', include: SLOW, exclude: NEVER } },
    ],
  },
});
