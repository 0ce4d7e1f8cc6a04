// Completion candidates listed below the line as bash lists them: sorted down the columns,
// each column as wide as the longest candidate plus two blanks, as many as fit the terminal.
import { textWidth } from './cells';

export function candidateList(candidates: readonly string[], columns: number): string {
  if (candidates.length === 0) return '';
  const width = Math.max(...candidates.map(textWidth)) + 2;
  const perRow = Math.max(1, Math.floor((columns + 2) / width));
  const rows = Math.ceil(candidates.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = r; c < candidates.length; c += rows) cells.push(candidates[c]!);
    lines.push(
      cells.map((cell, i) => (i < cells.length - 1 ? cell + ' '.repeat(width - textWidth(cell)) : cell)).join(''),
    );
  }
  return lines.map((l) => `${l}\r\n`).join('');
}
