// A command's output as a terminal shows it: xterm needs CRLF line ends, a failed command's
// stderr is red, and Docker's warnings (`WARNING: ...` on stderr) are yellow, whatever the status.
import type { Output } from '../../core/lab/output';

const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';
const RESET = '\x1b[0m';

/** LF to CRLF, for a terminal that moves down without returning (xterm in raw mode). */
export const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

function colourLine(line: string, failed: boolean): string {
  if (line === '') return line;
  if (line.startsWith('WARNING')) return `${YELLOW}${line}${RESET}`;
  return failed ? `${RED}${line}${RESET}` : line;
}

/** stdout, then stderr with each line coloured on its own (a colour never spills into the prompt). */
export function outputText(output: Output): string {
  const failed = output.exitCode !== 0;
  const stderr = output.stderr
    .split('\n')
    .map((line) => colourLine(line, failed))
    .join('\n');
  return crlf(output.stdout + stderr);
}
