// Offsets and line/character positions of one text, both ways, by binary search over line starts.
import type { Position } from './position';

export class LineIndex {
  private constructor(
    private readonly text: string,
    private readonly starts: Float64Array,
  ) {}

  static of(text: string): LineIndex {
    const starts: number[] = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return new LineIndex(text, Float64Array.from(starts));
  }

  /**
   * The index of newText, this text with [offset, offset + length) replaced by inserted: the lines
   * before the edit are kept, the ones after it move (cheaper than a new scan of a long file).
   */
  edited(offset: number, length: number, inserted: string, newText: string): LineIndex {
    const before = this.positionAt(offset).line + 1;
    const delta = inserted.length - length;
    let after = before;
    while (after < this.starts.length && this.starts[after]! <= offset + length) after++;
    const added: number[] = [];
    for (let i = inserted.indexOf('\n'); i >= 0; i = inserted.indexOf('\n', i + 1)) added.push(offset + i + 1);
    const starts = new Float64Array(before + added.length + this.starts.length - after);
    starts.set(this.starts.subarray(0, before));
    starts.set(added, before);
    let k = before + added.length;
    for (let j = after; j < this.starts.length; j++) starts[k++] = this.starts[j]! + delta;
    return new LineIndex(newText, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  /** Past a line's end (or the text's) clamps to it, as VS Code's offsetAt does. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1]! - 1 : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }
}
