import type { EngineProblem, ResolvedConfig } from '../types.js';
import { CONFIG_FILE_NAMES } from './fileNames.js';
import { joinPath, parentPath, resolvePath, trimTrailingSeparators } from './paths.js';
import { defaultConfig, loadConfigText, mergeConfig } from './resolve.js';

/**
 * The little of a file system that config lookup needs. The CLI passes Node's file system,
 * the extension `vscode.workspace.fs` (so lookup works in vscode.dev and virtual workspaces).
 */
export interface ConfigFileSystem {
  /** Whether anything (a file or a folder) is at `path`. */
  exists(path: string): Promise<boolean>;
  /**
   * The text of the file at `path`. Rejects when it cannot be read; an error's `code`
   * (`EACCES`, `EISDIR`, `NoPermissions`, …) is what the user is told.
   */
  readFile(path: string): Promise<string>;
}

export interface LoadedConfig {
  config: ResolvedConfig;
  problems: EngineProblem[];
}

/**
 * Where a config is looked for, nearest first: `.interview-lint.jsonc` then
 * `.interview-lint.json` in the answer's folder, then in each parent up to `stopAt` (the
 * editor's workspace folder; never a folder outside it) or, without `stopAt`, up to the root.
 */
export function configCandidates(fileDir: string, stopAt?: string): string[] {
  const out: string[] = [];
  const stop = stopAt === undefined ? undefined : trimTrailingSeparators(stopAt);
  let dir = trimTrailingSeparators(fileDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) out.push(joinPath(dir, name));
    const parent = parentPath(dir);
    if (dir === stop || parent === dir) break;
    if (stop !== undefined && !isInside(parent, stop)) break;
    dir = parent;
  }
  return out;
}

function isInside(dir: string, root: string): boolean {
  return dir === root || dir.startsWith(joinPath(root, ''));
}

/** The nearest config file for an answer in `fileDir` (see `configCandidates`), if any. */
export async function findConfigFile(fileDir: string, fs: ConfigFileSystem, stopAt?: string): Promise<string | undefined> {
  for (const candidate of configCandidates(fileDir, stopAt)) if (await fs.exists(candidate)) return candidate;
  return undefined;
}

/**
 * A config file's text over `base` (the defaults unless given). A file with nothing in it
 * but white space is no settings, not an error: it was just created, or emptied on purpose.
 * Rubric paths in the file are relative to the file's folder. Never throws; bad fields and
 * bad JSON come back as problems naming `path`.
 */
export function configFromText(text: string, path: string, base: ResolvedConfig = defaultConfig()): LoadedConfig {
  const { config, problems } = loadConfigText(text, path, base);
  const dir = parentPath(path);
  // The file's rubrics come after those of `base`, which are already resolved.
  const rubrics = config.rubrics.map((r, i) => (i < base.rubrics.length ? r : resolvePath(dir, r)));
  return { config: { ...config, rubrics }, problems };
}

/** Reads a config file and layers it over `base` (see `configFromText`); an unreadable file gives a problem and `base`. */
export async function loadConfigFile(path: string, fs: ConfigFileSystem, base: ResolvedConfig = defaultConfig()): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await fs.readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    return {
      config: mergeConfig(base, undefined).config,
      problems: [{ kind: 'config', file: path, message: `cannot read config ${path}: ${typeof code === 'string' ? code : String(e)}` }],
    };
  }
  return configFromText(text, path, base);
}
