import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  defaultConfig,
  findConfigFile,
  loadConfigFile,
  type ConfigFileSystem,
  type EngineProblem,
  type LoadedConfig,
  type ResolvedConfig,
} from '../core/index.js';

/** Node's file system as config lookup reads it (src/core/config/lookup.ts does the lookup). */
export const nodeConfigFs: ConfigFileSystem = {
  exists: (path) => Promise.resolve(existsSync(path)),
  readFile: (path) => Promise.resolve().then(() => readFileSync(path, 'utf8')),
};

/** Caches configs per file so a folder of answers reads each config once. */
export class ConfigResolver {
  private readonly byFile = new Map<string, Promise<LoadedConfig>>();
  private readonly reported = new Set<string>();

  /** `explicit`: the `--config` file, used for every answer instead of the nearest one. */
  constructor(
    private readonly explicit?: string,
    private readonly fs: ConfigFileSystem = nodeConfigFs,
  ) {}

  async forAnswer(answerFile: string): Promise<{ config: ResolvedConfig; problems: EngineProblem[]; file?: string }> {
    const file = this.explicit ?? (await findConfigFile(resolve(dirname(answerFile)), this.fs));
    if (!file) return { config: defaultConfig(), problems: [] };
    let loading = this.byFile.get(file);
    if (!loading) {
      loading = loadConfigFile(file, this.fs).then(absoluteRubrics);
      this.byFile.set(file, loading);
    }
    const loaded = await loading;
    // Report each config's problems once, not once per answer file.
    const problems = this.reported.has(file) ? [] : loaded.problems;
    this.reported.add(file);
    return { config: loaded.config, problems, file };
  }
}

/** Rubric paths of a `--config` given relative to the working folder, made absolute as every other path the CLI reads. */
function absoluteRubrics(loaded: LoadedConfig): LoadedConfig {
  return { ...loaded, config: { ...loaded.config, rubrics: loaded.config.rubrics.map((r) => resolve(r)) } };
}
