import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Rubric YAML is imported as text, as esbuild's text loader does in the bundles.
  plugins: [
    {
      name: 'yaml-as-text',
      enforce: 'pre',
      transform(code: string, id: string) {
        return id.endsWith('.yaml') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
