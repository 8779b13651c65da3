/**
 * Path arithmetic for config lookup, on strings: the engine runs in Node, in the VS Code
 * extension host and in vscode.dev, so it cannot use `node:path`. Paths are POSIX paths and
 * URI paths (`/ws/answers/a.md`) or Windows paths (`C:\ws\answers\a.md`); a path keeps the
 * separator it is written with, and a drive path is written with backslashes.
 */

/** The root a path starts with: `/`, `\`, `C:\` or `C:/`; empty for a relative path. */
function rootOf(path: string): string {
  const drive = /^[A-Za-z]:[\\/]/.exec(path);
  if (drive) return drive[0];
  return path.startsWith('/') || path.startsWith('\\') ? path[0]! : '';
}

function separatorOf(path: string): '/' | '\\' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

export function isAbsolutePath(path: string): boolean {
  return rootOf(path) !== '';
}

/** `path` without trailing separators; a root stays as it is. */
export function trimTrailingSeparators(path: string): string {
  const root = rootOf(path);
  let end = path.length;
  while (end > root.length && (path[end - 1] === '/' || path[end - 1] === '\\')) end--;
  return path.slice(0, end);
}

/** The folder that holds `path` (`/ws/a` for `/ws/a/b.md`); a root is its own parent. */
export function parentPath(path: string): string {
  const trimmed = trimTrailingSeparators(path);
  const root = rootOf(trimmed);
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (cut < root.length) return root === '' ? '.' : root;
  return trimmed.slice(0, cut);
}

/** `name` inside the folder `dir`, with the folder's separator. */
export function joinPath(dir: string, name: string): string {
  const sep = separatorOf(dir);
  return dir.endsWith('/') || dir.endsWith('\\') ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/**
 * `path` read from the folder `dir`: an absolute path as it is, a relative one joined to
 * `dir`; `.` and `..` segments are resolved (never above the root) and separators written
 * the way `dir` writes them.
 */
export function resolvePath(dir: string, path: string): string {
  const full = isAbsolutePath(path) ? path : joinPath(dir, path);
  const root = rootOf(full);
  // A drive path is a Windows path: written with backslashes, as Node's path.resolve writes it there.
  const sep = root.length === 3 ? '\\' : root === '' ? separatorOf(dir) : root;
  const parts: string[] = [];
  for (const part of full.slice(root.length).split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (root === '') parts.push(part);
    } else parts.push(part);
  }
  const rootText = root.length === 3 ? `${root.slice(0, 2)}${sep}` : root;
  return `${rootText}${parts.join(sep)}` || '.';
}
