import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, defaultConfig, loadConfigText, type EngineProblem, type ResolvedConfig } from '../core/index.js';

/** The nearest `.interview-lint.jsonc` / `.json` from `dir` upward, if any. */
export function findConfigFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Loads a config file over the defaults; a broken file yields problems and the defaults. */
export function loadConfigFile(file: string): { config: ResolvedConfig; problems: EngineProblem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { config: defaultConfig(), problems: [{ kind: 'config', file, message: `cannot read config ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }] };
  }
  const loaded = loadConfigText(text, file);
  // Rubric paths in a config are relative to the config file.
  loaded.config.rubrics = loaded.config.rubrics.map((r) => resolve(dirname(file), r));
  return loaded;
}

/** Caches configs per file so a folder of answers reads each config once. */
export class ConfigResolver {
  private readonly byFile = new Map<string, { config: ResolvedConfig; problems: EngineProblem[] }>();
  private readonly reported = new Set<string>();

  constructor(private readonly explicit?: string) {}

  forAnswer(answerFile: string): { config: ResolvedConfig; problems: EngineProblem[]; file?: string } {
    const file = this.explicit ?? findConfigFile(dirname(answerFile));
    if (!file) return { config: defaultConfig(), problems: [] };
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = loadConfigFile(file);
      this.byFile.set(file, loaded);
    }
    // Report each config's problems once, not once per answer file.
    const problems = this.reported.has(file) ? [] : loaded.problems;
    this.reported.add(file);
    return { config: loaded.config, problems, file };
  }
}
