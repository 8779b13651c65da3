import type { ConfigFileSystem, EngineProblem, LoadedConfig, ResolvedConfig, mergeConfig } from '../../core/index.js';

/**
 * The part of `vscode.workspace.fs` that config lookup reads through. A structural type, so
 * that this module stays free of `vscode` and can be tested with a fake.
 */
export interface WorkspaceFileSystem<U> {
  stat(uri: U): PromiseLike<unknown>;
  readFile(uri: U): PromiseLike<Uint8Array>;
}

/**
 * `vscode.workspace.fs` as the engine's config lookup (src/core/config/lookup.ts) reads it:
 * paths are URI paths, turned into URIs of the document's scheme by `uriFor`. Each answer is
 * cached, so the files of one folder look up its config once; make a new one when a config
 * file changes. A file is read from disk: an unsaved edit to a config takes effect on save.
 */
export function workspaceConfigFs<U>(fs: WorkspaceFileSystem<U>, uriFor: (path: string) => U): ConfigFileSystem {
  const exists = new Map<string, Promise<boolean>>();
  const texts = new Map<string, Promise<string>>();
  return {
    exists(path) {
      let p = exists.get(path);
      if (!p) {
        p = Promise.resolve(fs.stat(uriFor(path))).then(
          () => true,
          () => false,
        );
        exists.set(path, p);
      }
      return p;
    },
    readFile(path) {
      let p = texts.get(path);
      if (!p) {
        p = Promise.resolve(fs.readFile(uriFor(path))).then((bytes) => new TextDecoder().decode(bytes));
        texts.set(path, p);
      }
      return p;
    },
  };
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

/**
 * The last layer, over the engine's (defaults, then the nearest config file, as the CLI
 * reads them): the user's `interviewLint.*` settings. A bad setting is reported naming the
 * setting and field, and left at the value below it. `mergeConfig` is passed in, so the
 * extension can load the engine lazily.
 */
export function layerSettings(below: LoadedConfig, settings: EditorSettings, merge: typeof mergeConfig): { config: ResolvedConfig; problems: EngineProblem[] } {
  const input: Record<string, unknown> = {};
  if (settings.rules !== undefined) input['rules'] = settings.rules;
  if (settings.wordsPerMinute !== undefined) input['wordsPerMinute'] = settings.wordsPerMinute;
  if (Object.keys(input).length === 0) return below;
  const merged = merge(below.config, input, 'settings (interviewLint.*)');
  return {
    config: merged.config,
    problems: [
      ...below.problems,
      ...merged.problems.map((p) => ({ ...p, message: `settings: interviewLint.${p.field ?? ''}: ${p.message}; using the value below it` })),
    ],
  };
}
