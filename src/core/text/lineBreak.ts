/**
 * The first line break in `text` (`\r\n`, a lone `\r` or `\n`), or `\n` when it has none.
 * Text inserted into a file (a fix, a suggestion, a directive comment) ends its lines with
 * it, so an edit does not mix line endings into a CRLF or CR-only file.
 */
export function firstLineBreak(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}
