// A small screen that interprets what the line editor writes the way xterm.js does (printable
// text with auto-wrap and its pending-wrap column, CR, LF, cursor moves, erase in line/display,
// SGR ignored), so tests check what the user sees rather than the exact bytes.
import { charWidth } from '../../src/commandLine/terminal/cells';

/** A control sequence (ESC [ params final). */
const CSI = new RegExp(`^${String.fromCharCode(27)}\\[(\\??[0-9;]*)([A-Za-z~])`);

export class FakeTerminal {
  private rows: string[][] = [[]];
  row = 0;
  col = 0;
  /** xterm leaves the cursor on the last column after filling it; the next character wraps. */
  private pendingWrap = false;
  /** The lowest row ever reached: CUD cannot go past the screen's content into nothing. */
  private bottom = 0;

  constructor(readonly columns = 80) {}

  write(data: string): void {
    let i = 0;
    while (i < data.length) {
      const ch = data[i]!;
      if (ch === '\x1b') {
        i = this.escape(data, i);
        continue;
      }
      i++;
      if (ch === '\r') {
        this.col = 0;
        this.pendingWrap = false;
      } else if (ch === '\n') this.down(1, true);
      else if (ch === '\x07') continue;
      else if (ch === '\b') this.col = Math.max(0, this.col - 1);
      else if (ch >= ' ') this.put(ch);
      else throw new Error(`unexpected control character ${JSON.stringify(ch)}`);
    }
  }

  private put(ch: string): void {
    const width = charWidth(ch);
    // A wide character that does not fit the row goes to the next one, as xterm wraps it.
    if (this.pendingWrap || this.col + width > this.columns) {
      this.down(1, true);
      this.col = 0;
    }
    const line = this.line(this.row);
    while (line.length < this.col) line.push(' ');
    line[this.col] = ch;
    if (width === 2) line[this.col + 1] = '';
    if (this.col + width >= this.columns) {
      this.col = this.columns - 1;
      this.pendingWrap = true;
    } else this.col += width;
  }

  private line(r: number): string[] {
    while (this.rows.length <= r) this.rows.push([]);
    return this.rows[r]!;
  }

  private down(n: number, scroll: boolean): void {
    const target = this.row + n;
    if (!scroll && target > this.bottom) throw new Error(`cursor down past the last row (${target} > ${this.bottom})`);
    this.row = target;
    this.bottom = Math.max(this.bottom, this.row);
    this.line(this.row);
    this.pendingWrap = false;
  }

  private escape(data: string, i: number): number {
    const m = CSI.exec(data.slice(i));
    if (!m) throw new Error(`unexpected escape ${JSON.stringify(data.slice(i, i + 6))}`);
    const [all, params, final] = m as unknown as [string, string, string];
    const n = params === '' ? 1 : Number(params.split(';')[0]);
    this.pendingWrap = final === 'm' || final === 'K' || final === 'J' ? this.pendingWrap : false;
    switch (final) {
      case 'A':
        this.row = Math.max(0, this.row - n);
        break;
      case 'B':
        this.down(n, false);
        break;
      case 'C':
        this.col = Math.min(this.columns - 1, this.col + n);
        break;
      case 'D':
        this.col = Math.max(0, this.col - n);
        break;
      case 'G':
        this.col = n - 1;
        break;
      case 'H':
        this.row = 0;
        this.col = 0;
        break;
      case 'K':
        this.line(this.row).splice(this.col);
        break;
      case 'J':
        if (params === '2') {
          this.rows = [[]];
          this.bottom = 0;
        } else {
          this.line(this.row).splice(this.col);
          this.rows.splice(this.row + 1);
        }
        break;
      case 'm':
      case 'h':
      case 'l':
        break;
      default:
        throw new Error(`unexpected escape ${JSON.stringify(all)}`);
    }
    return i + all.length;
  }

  /** The screen's rows, trailing blanks removed. */
  lines(): string[] {
    return this.rows.map((r) => r.join('').trimEnd());
  }

  /** The whole screen as one text. */
  text(): string {
    return this.lines().join('\n').trimEnd();
  }
}
