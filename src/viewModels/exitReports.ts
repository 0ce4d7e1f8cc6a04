// Containers that exited as soon as they started, with the reason their log gives: a second
// host-mode nginx finding port 80 taken, a server whose port is held in a shared namespace. A
// learner should hear of it, not find a stopped row later. One report per start.
import type { Lab } from '../core/lab/lab';
import type { Container } from '../core/lab/model';

export interface ExitReport {
  /** `<id>@<startedAt>`: a container that starts and fails again is reported again. */
  key: string;
  name: string;
  exitCode: number;
  /** The last lines of its log: what the process said on its way out. */
  reason: string;
}

/** Lab seconds between start and exit that still count as "on start". */
const ON_START_SECONDS = 1;

const keyOf = (c: Container) => `${c.id}@${c.startedAt}`;

/** A log line without its leading timestamp (nginx's `2026/01/01 09:00:00 `, ISO times). */
const withoutTime = (line: string) => line.replace(/^\S*\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d\S*\s+/, '');

const TROUBLE = /error|emerg|fatal|failed|in use|denied|cannot|could not/i;

/**
 * The cause and the last word: the first line of the log that reports trouble (servers then retry
 * and repeat themselves) and the final line, without timestamps.
 */
function reasonOf(c: Container): string {
  const lines = c.logs.map(withoutTime);
  const cause = lines.find((l) => TROUBLE.test(l));
  const last = lines[lines.length - 1] ?? '';
  return cause === undefined || cause === last ? last : `${cause}\n${last}`;
}

function exitedOnStart(c: Container): boolean {
  return (
    c.state === 'exited' &&
    c.exitCode !== 0 &&
    c.startedAt > 0 &&
    c.finishedAt - c.startedAt <= ON_START_SECONDS &&
    // A one-shot command that fails (`docker run busybox false`) says nothing; a server that cannot
    // start leaves its complaint in the log.
    c.logs.length > 0
  );
}

/** Exits on start not in `reported` yet; their keys are added to it. */
export function newExitReports(lab: Lab, reported: Set<string>): ExitReport[] {
  const reports: ExitReport[] = [];
  for (const c of lab.containers.values()) {
    if (!exitedOnStart(c) || reported.has(keyOf(c))) continue;
    reported.add(keyOf(c));
    reports.push({ key: keyOf(c), name: c.name, exitCode: c.exitCode, reason: reasonOf(c) });
  }
  return reports;
}
