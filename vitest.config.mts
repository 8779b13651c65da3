import { defineConfig } from 'vitest/config';
import { parse as parseYaml } from 'yaml';

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
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    setupFiles: ['test/setup/fastCheck.ts'],
  },
});
