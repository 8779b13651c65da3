import type { Position } from '../types.js';

/**
 * Maps UTF-16 offsets to 1-based line/column. Lines end at \n, \r\n or a lone \r, as
 * VS Code and CommonMark count them.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // Line breaks found with indexOf (native) rather than a loop over every character.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf !== -1 || cr !== -1) {
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      } else {
        const end = lf === cr + 1 ? cr + 2 : cr + 1;
        starts.push(end);
        cr = text.indexOf('\r', cr + 1);
        if (lf !== -1 && lf < end) lf = text.indexOf('\n', end);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1 };
  }

  offset(position: Position): number {
    const start = this.starts[position.line - 1];
    if (start === undefined) return this.text.length;
    return Math.min(start + position.column - 1, this.text.length);
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }
}
