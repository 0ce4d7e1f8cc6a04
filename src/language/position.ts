// Positions and ranges as the language services take and give them: zero-based line and
// character, the same shape as LSP's (and dockerfile-ast's) so no conversion is needed there.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The end is exclusive, as in VS Code, but a position right after the last character still counts. */
export function contains(range: Range, p: Position): boolean {
  return !before(p, range.start) && !before(range.end, p);
}
