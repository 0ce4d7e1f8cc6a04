// Where "Run in Network Lab" goes, and what it types: over each docker line of a shell script,
// and in Markdown over each shell block that has docker lines (all the block's command lines, in
// order: a tutorial's step) and, when the block holds more than one command, over each docker line.
import type { Range } from '../position';
import { type CommandDocumentKind, commandLinesOf } from './documentCommands';

export interface CommandLineLens {
  range: Range;
  /** The lines to type into a lab terminal, one after the other. */
  lines: string[];
}

export function commandLineLenses(text: string, kind: CommandDocumentKind): CommandLineLens[] {
  if (kind !== 'shellscript' && kind !== 'markdown') return [];
  const { index, doc } = commandLinesOf(text, kind);
  const lineRange = (n: number): Range => ({
    start: { line: n, character: 0 },
    end: { line: n, character: index.line(n).length },
  });
  const out: CommandLineLens[] = [];
  for (const block of doc.blocks) {
    const lines = block.lines.map((i) => doc.lines[i]!);
    if (!lines.some((l) => l.docker.length > 0)) continue;
    out.push({ range: lineRange(block.fenceLine), lines: lines.map((l) => l.runnable) });
    if (lines.length > 1) {
      for (const l of lines)
        if (l.docker.length > 0) out.push({ range: lineRange(l.line.firstLine), lines: [l.runnable] });
    }
  }
  if (kind === 'shellscript') {
    for (const l of doc.lines)
      if (l.docker.length > 0) out.push({ range: lineRange(l.line.firstLine), lines: [l.runnable] });
  }
  return out;
}
