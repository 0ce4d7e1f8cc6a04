// Offsets in a document's text to the line/character positions the editor uses, and back.
import type { Position, Range } from '../position';

export class TextIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line's text without its line break (and without a `\r` before it). */
  line(n: number): string {
    const start = this.lineStarts[n] ?? this.text.length;
    const next = this.lineStarts[n + 1];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  lineStart(n: number): number {
    return this.lineStarts[n] ?? this.text.length;
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.lineStarts[lo]! };
  }

  offset(p: Position): number {
    return Math.min(this.lineStart(p.line) + p.character, this.text.length);
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}
