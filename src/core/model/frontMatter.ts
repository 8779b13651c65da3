import { parse as parseYaml } from 'yaml';
import type { FrontMatter, OffsetRange } from '../types.js';

/** Front matter as data; invalid YAML is reported, never thrown. */
export function parseFrontMatter(source: string, range: OffsetRange): FrontMatter {
  try {
    // logLevel 'error': a YAML warning (a mapping used as a key) must not reach the user's console as a process warning.
    const data: unknown = parseYaml(source, { maxAliasCount: 50, logLevel: 'error' });
    if (data === null || data === undefined) return { data: {}, range };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, range, error: 'front matter must be a mapping of keys to values' };
    }
    return { data: data as Record<string, unknown>, range };
  } catch (e) {
    // The parser counts lines from the opening "---" and ends its first line with ":" before a
    // code excerpt; the user needs the line in the file, on one line.
    const first = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    const reason = first.replace(/ at line \d+, column \d+:?$/, '');
    const pos = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    return { data: {}, range, error: `front matter is not valid YAML: ${reason}${pos ? ` at line ${pos.line + 1}, column ${pos.col}` : ''}` };
  }
}
