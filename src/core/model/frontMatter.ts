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
    const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { data: {}, range, error: `front matter is not valid YAML: ${reason}` };
  }
}
