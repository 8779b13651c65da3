import type { EngineProblem, ResolvedConfig, defaultConfig, loadConfigText, mergeConfig } from '../../core/index.js';
import { CONFIG_FILE_NAMES } from '../../core/config/fileNames.js';

/** The engine functions the layering uses (passed in, so the extension can load the engine lazily). */
export interface ConfigEngine {
  defaultConfig: typeof defaultConfig;
  loadConfigText: typeof loadConfigText;
  mergeConfig: typeof mergeConfig;
}

/**
 * Where the extension looks for `.interview-lint.jsonc` / `.json`: the answer's folder,
 * then each parent up to the workspace folder (or the root of the path when the file is
 * outside any workspace folder). The nearest file wins, as in the CLI, so the editor and
 * `interview-lint` on the command line agree. Paths are URI paths (forward slashes).
 */
export function configCandidates(fileDir: string, stopAt?: string): string[] {
  const out: string[] = [];
  const stop = stopAt === undefined ? undefined : trimSlash(stopAt);
  let dir = trimSlash(fileDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) out.push(`${dir === '/' ? '' : dir}/${name}`);
    if (dir === stop || dir === '/' || dir === '') break;
    const parent = dir.slice(0, dir.lastIndexOf('/')) || '/';
    if (stop !== undefined && !isInside(parent, stop)) break;
    dir = parent;
  }
  return out;
}

function trimSlash(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

function isInside(dir: string, root: string): boolean {
  return dir === root || dir.startsWith(root === '/' ? '/' : `${root}/`);
}

/**
 * A problem's message without the config path the engine puts first (the notification
 * already names the file): `/ws/.interview-lint.jsonc:3:5: not valid JSON` becomes
 * `line 3, column 5: not valid JSON`.
 */
export function withoutFilePrefix(message: string, path: string): string {
  if (!message.startsWith(path)) return message;
  return message
    .slice(path.length)
    .replace(/^:(\d+):(\d+):\s*/, 'line $1, column $2: ')
    .replace(/^:\s*/, '');
}

/** Editor-level settings that override the config file (only values the user actually set). */
export interface EditorSettings {
  rules?: unknown;
  wordsPerMinute?: number;
}

export interface ConfigLayers {
  /** The nearest config file; left out when the workspace is not trusted. */
  file?: { path: string; text: string };
  settings: EditorSettings;
}

/**
 * Layers, later wins: engine defaults, the nearest config file, then the user's
 * `interviewLint.*` settings. Each layer's bad fields are reported with the file (or
 * setting) and field, and left at the value below them.
 */
export function resolveLayers(layers: ConfigLayers, core: ConfigEngine): { config: ResolvedConfig; problems: EngineProblem[] } {
  const { defaultConfig, loadConfigText, mergeConfig } = core;
  const problems: EngineProblem[] = [];
  let config = defaultConfig();
  // A config file just created (or emptied) is not an error: it has nothing to say yet.
  if (layers.file && layers.file.text.trim() !== '') {
    const loaded = loadConfigText(layers.file.text, layers.file.path, config);
    config = loaded.config;
    const dir = layers.file.path.slice(0, layers.file.path.lastIndexOf('/'));
    config.rubrics = config.rubrics.map((r) => (r.startsWith('/') ? r : `${dir}/${r}`));
    problems.push(...loaded.problems);
  }
  const input: Record<string, unknown> = {};
  if (layers.settings.rules !== undefined) input['rules'] = layers.settings.rules;
  if (layers.settings.wordsPerMinute !== undefined) input['wordsPerMinute'] = layers.settings.wordsPerMinute;
  if (Object.keys(input).length > 0) {
    const merged = mergeConfig(config, input, 'settings (interviewLint.*)');
    config = merged.config;
    problems.push(...merged.problems.map((p) => ({ ...p, message: `settings: interviewLint.${p.field ?? ''}: ${p.message}; using the value below it` })));
  }
  return { config, problems };
}
