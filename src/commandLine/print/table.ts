// Go's text/tabwriter as the docker CLI configures it: minwidth 10, padding 3, spaces;
// the last column is not padded.

export function formatTable(rows: readonly (readonly string[])[], minWidth = 10, padding = 3): string {
  if (rows.length === 0) return '';
  const columns = Math.max(...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let col = 0; col < columns - 1; col++) {
    const widest = Math.max(...rows.map((r) => [...(r[col] ?? '')].length));
    widths.push(Math.max(widest + padding, minWidth));
  }
  return rows
    .map((r) =>
      r
        .map((cell, col) => (col < r.length - 1 ? cell.padEnd(widths[col]! - ([...cell].length - cell.length)) : cell))
        .join(''),
    )
    .map((l) => `${l}\n`)
    .join('');
}
