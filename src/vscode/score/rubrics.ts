import * as vscode from 'vscode';
import { engine } from '../engine.js';
import type { EngineProblem, LoadedRubric, ResolvedConfig } from '../../core/index.js';

/** Folder searched for workspace rubrics in each workspace folder. */
const WORKSPACE_RUBRICS = ['.interview-lint', 'rubrics'];

/** Reads rubric files through `workspace.fs` (works in vscode.dev and virtual workspaces). */
async function readRubricSources(
  uri: vscode.Uri,
  config: ResolvedConfig | undefined,
): Promise<{ sources: { file: string; text: string }[]; problems: EngineProblem[] }> {
  const places: vscode.Uri[] = (vscode.workspace.workspaceFolders ?? []).map((f) => vscode.Uri.joinPath(f.uri, ...WORKSPACE_RUBRICS));
  for (const p of config?.rubrics ?? []) places.push(uri.with({ path: p }));
  const sources: { file: string; text: string }[] = [];
  const problems: EngineProblem[] = [];
  const decoder = new TextDecoder();
  for (const place of places) {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(place);
    } catch {
      if (config?.rubrics.includes(place.path)) problems.push({ kind: 'rubric', file: place.path, message: `rubric path ${place.path} does not exist` });
      continue;
    }
    const files =
      stat.type & vscode.FileType.Directory
        ? (await vscode.workspace.fs.readDirectory(place))
            .filter(([name, type]) => type & vscode.FileType.File && /\.ya?ml$/i.test(name))
            .map(([name]) => vscode.Uri.joinPath(place, name))
            .sort((a, b) => a.path.localeCompare(b.path))
        : [place];
    for (const f of files) {
      try {
        sources.push({ file: vscode.workspace.asRelativePath(f), text: decoder.decode(await vscode.workspace.fs.readFile(f)) });
      } catch (e) {
        problems.push({ kind: 'rubric', file: f.path, message: `cannot read rubric ${f.path}: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
  }
  return { sources, problems };
}

export interface RubricLoader {
  /** The shipped rubrics and, in a trusted workspace, the workspace's and the config's (read once per set of config paths). */
  rubricsFor(uri: vscode.Uri, config: ResolvedConfig | undefined): Promise<{ rubrics: LoadedRubric[]; problems: EngineProblem[] }>;
  /** Forget what was read (a rubric file changed, the workspace became trusted). */
  clear(): void;
}

export function createRubricLoader(workspaceTrusted: () => boolean): RubricLoader {
  const cache = new Map<string, Promise<{ rubrics: LoadedRubric[]; problems: EngineProblem[] }>>();
  return {
    rubricsFor(uri, config) {
      const { loadRubrics, shippedRubrics, SHIPPED_RUBRIC_SOURCES } = engine();
      // An untrusted workspace gets the shipped rubrics only (parsed once, cached by the engine).
      if (!workspaceTrusted()) return Promise.resolve(shippedRubrics());
      const key = JSON.stringify(config?.rubrics ?? []);
      let cached = cache.get(key);
      if (!cached) {
        cached = readRubricSources(uri, config).then(({ sources, problems }) => {
          const loaded = loadRubrics([...SHIPPED_RUBRIC_SOURCES, ...sources]);
          return { rubrics: loaded.rubrics, problems: [...problems, ...loaded.problems] };
        });
        cache.set(key, cached);
      }
      return cached;
    },
    clear: () => cache.clear(),
  };
}
