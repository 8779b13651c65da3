// esbuild plugin: shipped rubric files (`rubrics/*.yaml`) are bundled as data parsed at build
// time, so the engine gets them without reading the disk or parsing YAML at startup.
// vitest.config.mts does the same for the tests.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';

export const rubricYaml = {
  name: 'rubric-yaml',
  setup(b) {
    b.onLoad({ filter: /\.ya?ml$/ }, async (a) => ({ contents: JSON.stringify(parseYaml(await readFile(a.path, 'utf8'))), loader: 'json' }));
  },
};
