import type { Diagnostic } from '../../src/core/index.js';
import { LineIndex } from '../../src/core/index.js';

/**
 * Expected findings written into a fixture as HTML comments on the line after the text
 * they point at (an HTML comment line ends the paragraph above it, so it never changes
 * what the rule sees):
 *
 *     I think I've deployed it.
 *     <!-- expect: hedge "I think" -->
 *
 * `"text"` is the exact text covered, found on the nearest line above that is not a
 * marker (add `#2` for its second occurrence on that line). For findings that span lines
 * give the range: `<!-- expect: result-needs-metric 3:1-5:20 -->` (1-based, end exclusive).
 */
export interface Expected {
  ruleId: string;
  start: number;
  end: number;
  line: number;
}

const MARKER = /<!--\s*expect:\s*([a-z0-9-]+)\s+(?:"((?:[^"\\]|\\.)*)"(?:\s*#(\d+))?|(\d+):(\d+)-(\d+):(\d+))\s*-->/g;

export function readExpectations(text: string): Expected[] {
  const lines = new LineIndex(text);
  const out: Expected[] = [];
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(text)) !== null) {
    const markerLine = lines.position(m.index).line;
    if (m[2] !== undefined) {
      const needle = m[2].replace(/\\(.)/g, '$1');
      const nth = m[3] ? Number(m[3]) : 1;
      let line = markerLine - 1;
      while (line > 0 && /^\s*<!--\s*expect:/.test(lineText(text, lines, line))) line--;
      const content = lineText(text, lines, line);
      let at = -1;
      for (let k = 0; k < nth; k++) at = content.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`fixture marker at line ${markerLine}: "${needle}" not found on line ${line}`);
      const start = lines.lineStart(line) + at;
      out.push({ ruleId: m[1]!, start, end: start + needle.length, line });
    } else {
      const start = lines.offset({ line: Number(m[4]), column: Number(m[5]) });
      const end = lines.offset({ line: Number(m[6]), column: Number(m[7]) });
      out.push({ ruleId: m[1]!, start, end, line: Number(m[4]) });
    }
  }
  return out;
}

function lineText(text: string, lines: LineIndex, line: number): string {
  const start = lines.lineStart(line);
  const end = line < lines.lineCount ? lines.lineStart(line + 1) : text.length;
  return text.slice(start, end).replace(/\r?\n$|\r$/, '');
}

/** "ruleId L:C-L:C "text"" lines for readable diffs. */
export function describeFindings(text: string, items: { ruleId: string; start: number; end: number }[]): string[] {
  const lines = new LineIndex(text);
  return items
    .map((d) => {
      const s = lines.position(d.start);
      const e = lines.position(d.end);
      return `${d.ruleId} ${s.line}:${s.column}-${e.line}:${e.column} ${JSON.stringify(text.slice(d.start, d.end).slice(0, 80))}`;
    })
    .sort();
}

export function asItems(ds: Diagnostic[]): { ruleId: string; start: number; end: number }[] {
  return ds.map((d) => ({ ruleId: d.ruleId, start: d.offsets.start, end: d.offsets.end }));
}
