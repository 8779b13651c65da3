/**
 * Which file a language-model tool call is about. The path comes from a model, so it is
 * untrusted: it must name a markdown file inside one of the workspace folders, and no `..`
 * may climb out of it. With no path, the tool works on the markdown file in the active editor.
 */

export interface ToolFolder {
  name: string;
  /** The folder's URI path (forward slashes, e.g. `/home/me/prep` or `/c:/Users/me/prep`). */
  path: string;
}

export type ToolTarget = { kind: 'active' } | { kind: 'file'; folder: number; segments: string[] } | { kind: 'error'; message: string };

const MARKDOWN = /\.(?:md|markdown)$/i;

function posix(p: string): string {
  const slashed = p.replace(/\\/g, '/');
  // "C:/x" as a URI path is "/c:/x".
  return /^[a-zA-Z]:\//.test(slashed) ? `/${slashed[0]!.toLowerCase()}${slashed.slice(1)}` : slashed;
}

/** `a/./b/../c` -> [a, c]; undefined when `..` climbs above the start. */
function normalise(relative: string): string[] | undefined {
  const out: string[] = [];
  for (const seg of relative.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out;
}

export function resolveToolTarget(input: { path?: unknown; folders: readonly ToolFolder[] }): ToolTarget {
  const { path, folders } = input;
  if (path === undefined || path === null || (typeof path === 'string' && path.trim() === '')) return { kind: 'active' };
  if (typeof path !== 'string') return { kind: 'error', message: `the field "path" must be a string, not ${typeof path}` };
  const raw = path.trim();
  if (!MARKDOWN.test(raw)) return { kind: 'error', message: `"${raw}" (field "path") is not a markdown file: give a .md or .markdown file` };
  if (folders.length === 0) return { kind: 'error', message: `"${raw}" (field "path"): no workspace folder is open to resolve it in` };
  const p = posix(raw);
  if (p.startsWith('/')) {
    const lower = p.toLowerCase();
    for (let i = 0; i < folders.length; i++) {
      const base = folders[i]!.path.replace(/\/+$/, '');
      // Drive letters and their case differ between URI and file paths on Windows; elsewhere case matters.
      const inside = /^\/[a-z]:/i.test(base) ? lower.startsWith(`${base.toLowerCase()}/`) : p.startsWith(`${base}/`);
      if (!inside) continue;
      const segments = normalise(p.slice(base.length + 1));
      if (segments && segments.length > 0) return { kind: 'file', folder: i, segments };
    }
    return { kind: 'error', message: `"${raw}" (field "path") is outside the workspace folders: only files in the workspace can be read` };
  }
  const segments = normalise(p);
  if (!segments || segments.length === 0) return { kind: 'error', message: `"${raw}" (field "path") climbs out of the workspace folder` };
  // In a multi-root workspace, "folder-name/answers/x.md" names the folder.
  const named = folders.length > 1 ? folders.findIndex((f) => f.name === segments[0]) : -1;
  if (named >= 0 && segments.length > 1) return { kind: 'file', folder: named, segments: segments.slice(1) };
  return { kind: 'file', folder: 0, segments };
}
