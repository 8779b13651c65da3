import { readFileSync } from 'node:fs';

/** How a file was stored, so that `--fix` writes it back the same way. */
export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

/**
 * Reads a file as text. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark (Windows Notepad's "Unicode") are read; other files with a NUL byte in
 * the first 8 KB are refused as binary, with a reason.
 */
export function readAnswerFile(file: string): { text: string; encoding: TextEncoding } | { error: string } {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a folder'
            : (code ?? String(e));
    return { error: `cannot read ${file}: ${why}` };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.subarray(2).toString('utf16le'), encoding: 'utf16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const body = Buffer.from(buf.subarray(2, 2 + ((buf.length - 2) & ~1)));
    return { text: body.swap16().toString('utf16le'), encoding: 'utf16be' };
  }
  if (buf.subarray(0, 8192).includes(0)) return { error: `skipped ${file}: it looks like a binary file, not markdown` };
  const text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) return { text: text.slice(1), encoding: 'utf8-bom' };
  return { text, encoding: 'utf8' };
}

/** The bytes to write for `text` in the file's original encoding. */
export function encodeAnswerText(text: string, encoding: TextEncoding): Buffer {
  switch (encoding) {
    case 'utf8-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    default:
      return Buffer.from(text, 'utf8');
  }
}
