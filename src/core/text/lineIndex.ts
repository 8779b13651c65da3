import type { Position } from '../types.js';

/**
 * Maps UTF-16 offsets to 1-based line/column. Lines end at \n, \r\n or a lone \r, as
 * VS Code and CommonMark count them.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') === -1) {
      // The common case: indexOf finds each \n natively, far faster than a loop over characters.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
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
