import { parse as parseYaml } from 'yaml';
import type { FrontMatter, OffsetRange } from '../types.js';

// One `key: value` line whose value YAML reads as a plain string: a letter first, and none
// of the characters that could make it something else (":" a nested map, "#" a comment,
// double quotes, tabs, control characters, the characters some readers take for line breaks).
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]*):[ ]+([A-Za-z][^:#"\t\x00-\x1f\x7f\x85\u2028\u2029\ufeff]*?)[ ]*$/;
// Plain words YAML's core schema reads as null or a boolean (any case, to stay on the safe side).
const NOT_A_STRING = /^(?:null|true|false)$/i;
// A problem message stays on one line and short enough to read in a notification.
const MAX_REASON = 120;

/**
 * Most front matter is a few `key: word` lines ("type: behavioral"). The YAML library costs
 * a quarter of a millisecond per read in the middle of a lint, a tenth of a small answer's
 * parse, so those lines are read here; anything else (lists, quotes, comments, a repeated
 * key, an indented line) goes to the library. A property test checks this against it.
 */
export function readSimpleFrontMatter(source: string): Record<string, string> | undefined {
  const data: Record<string, string> = {};
  let keys = 0;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let eol = source.indexOf('\n', lineStart);
    if (eol < 0) eol = source.length;
    // A CR before LF ends the line with it; a CR anywhere else the library keeps as text, so the line is left to it.
    const line = eol < source.length && source.charCodeAt(eol - 1) === 13 ? source.slice(lineStart, eol - 1) : source.slice(lineStart, eol);
    lineStart = eol + 1;
    if (line.length === 0) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    const value = m[2]!;
    if (NOT_A_STRING.test(key) || NOT_A_STRING.test(value) || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
    data[key] = value;
    keys++;
  }
  return keys > 0 ? data : undefined;
}

/** Front matter as data; invalid YAML is reported, never thrown. */
export function parseFrontMatter(source: string, range: OffsetRange): FrontMatter {
  const simple = readSimpleFrontMatter(source);
  if (simple) return { data: simple, range };
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
    // Files with CR-only line ends give the excerpt on "\r" lines; a bad token can run to the end of the text.
    const first = e instanceof Error ? e.message.split(/\r\n?|\n/)[0]! : String(e);
    const whole = first.replace(/ at line \d+, column \d+:?$/, '');
    const reason = whole.length > MAX_REASON ? `${whole.slice(0, MAX_REASON - 1)}…` : whole;
    const pos = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    return { data: {}, range, error: `front matter is not valid YAML: ${reason}${pos ? ` at line ${pos.line + 1}, column ${pos.col}` : ''}` };
  }
}
