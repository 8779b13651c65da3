import { readFileSync } from 'node:fs';

/** Reads a file as UTF-8 text; refuses binary files (a NUL byte in the first 8 KB) with a reason. */
export function readAnswerFile(file: string): { text: string } | { error: string } {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (code ?? String(e));
    return { error: `cannot read ${file}: ${why}` };
  }
  if (buf.subarray(0, 8192).includes(0)) return { error: `skipped ${file}: it looks like a binary file, not markdown` };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}
