// How many terminal cells text takes, where it wraps, and the cursor moves between two cells of a
// wrapped line: what the line editor needs to redraw a line longer than the terminal is wide.

/** East Asian wide and fullwidth ranges (Unicode UAX #11, W and F), the ones a lab user types. */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Cells of one code point: 0 for combining marks, 2 for wide characters, else 1. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x0300 && cp <= 0x036f) return 0;
  return WIDE.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
}

/** SGR sequences (colours), which take no cells. */
const SGR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Cells of a text on one row (SGR colours in a prompt take none). */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(SGR, '')) width += charWidth(ch);
  return width;
}

/** A cell of the screen, counted from the prompt's first cell. */
export interface Cell {
  row: number;
  col: number;
}

/**
 * Where the cursor is after writing text from `from` on a terminal `columns` wide, as xterm
 * wraps: a wide character that does not fit the row starts the next one, and a filled row
 * leaves the cursor at the start of the next (the editor writes CRLF there, see lineEditor.ts).
 */
export function advance(from: Cell, text: string, columns: number): Cell {
  let { row, col } = from;
  for (const ch of text.replace(SGR, '')) {
    const w = charWidth(ch);
    if (w === 0) continue;
    if (col + w > columns) {
      row++;
      col = 0;
    }
    col += w;
    if (col >= columns) {
      row++;
      col = 0;
    }
  }
  return { row, col };
}

const csi = (n: number, final: string) => `\x1b[${n === 1 ? '' : n}${final}`;

/** The escape sequences that move the cursor between two cells of the line being edited. */
export function moveCursor(from: Cell, to: Cell): string {
  if (from.row === to.row) {
    if (to.col < from.col) return csi(from.col - to.col, 'D');
    return to.col > from.col ? csi(to.col - from.col, 'C') : '';
  }
  const vertical = to.row < from.row ? csi(from.row - to.row, 'A') : csi(to.row - from.row, 'B');
  return `${vertical}\r${to.col > 0 ? csi(to.col, 'C') : ''}`;
}
