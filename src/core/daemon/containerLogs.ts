// What the logging driver keeps of a container's output: each line with the stream it came from and when (moby
// daemon/logger Message: Source "stdout"/"stderr", Timestamp). A container with a TTY has one stream: the pty merges
// stderr into what the daemon reads as stdout (daemon/logs.go, client ContainerLogs: "only a single stream").
import type { Lab } from '../lab/lab';
import type { Container } from '../lab/model';

export type LogStream = 'stdout' | 'stderr';

export interface LogLine {
  text: string;
  stream: LogStream;
  /** Lab seconds when the line was written. */
  at: number;
}

/** Lines a program writes in order: first what goes to stdout, then what goes to stderr. */
export interface StreamLines {
  stdout: readonly string[];
  stderr: readonly string[];
}

/** Records lines on one stream at the lab's time; a TTY container records them all as stdout. */
export function appendLog(lab: Lab, c: Container, lines: readonly string[], stream: LogStream): void {
  if (lines.length === 0) return;
  const meta = (c.logMeta ??= []);
  // Lines from labs saved before logMeta (or pushed without it) count as stdout at the container's start.
  while (meta.length < c.logs.length) meta.push({ at: c.startedAt });
  for (const text of lines) {
    c.logs.push(text);
    meta.push(stream === 'stderr' && !c.tty ? { at: lab.now, stderr: true } : { at: lab.now });
  }
}

/** A program's text output (one string, maybe several lines) on one stream. */
export function appendOutput(lab: Lab, c: Container, text: string, stream: LogStream): void {
  if (text) appendLog(lab, c, text.replace(/\n$/, '').split('\n'), stream);
}

/** Each stored line with its stream and time. */
export function logLines(c: Container): LogLine[] {
  return c.logs.map((text, i) => {
    const meta = c.logMeta?.[i];
    return { text, stream: meta?.stderr ? 'stderr' : 'stdout', at: meta?.at ?? c.startedAt };
  });
}
