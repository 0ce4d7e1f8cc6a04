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

/** One write of a program: lines on one stream, such as an entrypoint's notes on stdout between the server's stderr. */
export interface LogChunk {
  stream: LogStream;
  lines: readonly string[];
}

/** What a program writes: split by stream (stdout first), or as chunks in the order they were written. */
export type ProgramLog = StreamLines | readonly LogChunk[];

/** What a server's start log can know of its container (the names and address its program prints). */
export interface ServerHost {
  /** The container's hostname (its /etc/hostname). */
  hostname: string;
  /** The address the hostname resolves to in its /etc/hosts, if any. */
  address: string | undefined;
  /** No earlier run: an entrypoint finds an empty data directory and initialises it. */
  firstStart: boolean;
}

/** The chunks of a program's log, in order. */
export function logChunks(log: ProgramLog): readonly LogChunk[] {
  if ('stdout' in log) {
    return [
      { stream: 'stdout', lines: log.stdout },
      { stream: 'stderr', lines: log.stderr },
    ];
  }
  return log;
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
