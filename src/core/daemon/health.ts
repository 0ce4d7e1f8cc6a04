// Container healthchecks (HEALTHCHECK, --health-*, compose healthcheck:), following moby
// daemon/health.go: the first probe runs one interval after start, then one per interval; a
// probe that exits 0 makes the container healthy and resets FailingStreak, any other result adds
// to the streak and `retries` failures in a row (3 by default) make it unhealthy; State.Health.Log
// keeps the last 5 results. What a probe returns is decided here from the command: a program the
// image lacks fails (127 from the shell, or the runtime's exec error for the exec form), and
// curl, wget or nc aimed at a local port nothing listens on are refused; anything else passes.
import type { Lab } from '../lab/lab';
import type { Container } from '../lab/model';
import { imageHasProgram, lookupImage } from '../catalog/images';

export interface Healthcheck {
  /** The test as the engine stores it: ["CMD", ...], ["CMD-SHELL", "..."], or ["NONE"]. */
  test: string[];
  /** Seconds between checks (30 unless set). */
  interval: number;
  /** Failures in a row before unhealthy (health.go defaultProbeRetries: 3). */
  retries?: number;
}

export type HealthStatus = 'starting' | 'healthy' | 'unhealthy';

export interface HealthResult {
  /** Lab time of the probe's start and end. */
  start: number;
  end: number;
  exitCode: number;
  output: string;
}

export interface HealthState {
  status: HealthStatus;
  failingStreak: number;
  log: HealthResult[];
}

const UNITS: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001, us: 0.000001, ns: 0.000000001 };
const DEFAULT_RETRIES = 3;
const MAX_LOG_ENTRIES = 5;

/** Go durations (`30s`, `1m30s`, `500ms`) as seconds; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?(h|m|s|ms|us|ns))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|us|ns|m|s)/g)) total += Number(n) * (UNITS[unit!] ?? 0);
  return total;
}

export function isEnabled(h: Healthcheck | undefined): h is Healthcheck {
  return h !== undefined && h.test.length > 0 && h.test[0] !== 'NONE';
}

/** Status by time alone, for checks that pass (what compose's wait for service_healthy assumes). */
export function healthStatus(h: Healthcheck, startedAt: number, now: number): 'starting' | 'healthy' {
  return now - startedAt >= h.interval ? 'healthy' : 'starting';
}

/** Network programs whose presence the catalogue knows per image (servers' own clients are assumed present). */
const MODELLED = new Set([
  'curl',
  'wget',
  'nc',
  'ping',
  'nslookup',
  'ip',
  'ifconfig',
  'netstat',
  'ss',
  'route',
  'arp',
  'traceroute',
]);

/** `localhost:8080`, `http://127.0.0.1:8080/health` → 8080 (80 for http:// without a port); undefined when not local. */
function localPort(words: readonly string[], program: string): number | undefined {
  if (program === 'nc') {
    const host = words.find((w, i) => i > 0 && !w.startsWith('-'));
    const port = words.filter((w, i) => i > 0 && !w.startsWith('-')).at(1);
    return host && /^(localhost|127\.0\.0\.1)$/.test(host) && port ? Number(port) : undefined;
  }
  for (const w of words.slice(1)) {
    const m = /^(?:(https?):\/\/)?(localhost|127\.0\.0\.1)(?::(\d+))?(?:\/|$)/.exec(w);
    if (m) return m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80;
  }
  return undefined;
}

/** The shell's "not found" in each image: busybox ash, or Debian's dash (which numbers the line). */
function notFound(image: string, program: string): string {
  return lookupImage(image)?.toolset === 'busybox'
    ? `/bin/sh: ${program}: not found\n`
    : `/bin/sh: 1: ${program}: not found\n`;
}

function refused(program: string, port: number, words: readonly string[]): { exitCode: number; output: string } {
  if (program === 'curl')
    return {
      exitCode: 7,
      output: `curl: (7) Failed to connect to localhost port ${port} after 0 ms: Could not connect to server\n`,
    };
  if (program === 'wget') {
    // busybox wget.c prints its "Connecting to" line only without -q (WGET_OPT_QUIET).
    const quiet = words.some((w) => w === '--quiet' || /^-[a-zA-Z]*q/.test(w));
    const connecting = quiet ? '' : `Connecting to localhost:${port} (127.0.0.1:${port})\n`;
    return { exitCode: 1, output: `${connecting}wget: can't connect to remote host (127.0.0.1): Connection refused\n` };
  }
  return { exitCode: 1, output: '' };
}

/** One probe's exit code and output, as the container is now. */
export function probeHealth(lab: Lab, c: Container, h: Healthcheck): { exitCode: number; output: string } {
  const shell = h.test[0] === 'CMD-SHELL';
  const text = shell ? (h.test[1] ?? '') : h.test.slice(1).join(' ');
  const [first = '', ...after] = text.split(/\s*(?:\|\||&&|;)\s*/);
  const orExit = /\|\|\s*exit\s+(\d+)/.exec(text);
  const words = first.trim().split(/\s+/);
  const program = (words[0] ?? '').replace(/^.*\//, '');
  let result: { exitCode: number; output: string };
  if (program === 'true' || program === '') result = { exitCode: 0, output: '' };
  else if (program === 'false') result = { exitCode: 1, output: '' };
  else if (program === 'exit') result = { exitCode: Number(words[1] ?? 0) & 255, output: '' };
  else if (MODELLED.has(program) && !imageHasProgram(c.image, program))
    result = shell
      ? { exitCode: 127, output: notFound(c.image, program) }
      : {
          exitCode: -1,
          output: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown`,
        };
  else {
    const port = MODELLED.has(program) ? localPort(words, program) : undefined;
    const listening =
      port === undefined || lab.listeners.some((l) => l.netnsId === c.netnsId && l.port === port && l.proto === 'tcp');
    result = listening ? { exitCode: 0, output: '' } : refused(program, port, words);
  }
  if (result.exitCode !== 0 && orExit && after.length > 0) return { ...result, exitCode: Number(orExit[1]) & 255 };
  return result;
}

/** State.Health now: probes so far at startedAt + k·interval, each with the container's current answer. */
export function containerHealth(lab: Lab, c: Container, h: Healthcheck): HealthState {
  const interval = Math.max(h.interval, 1);
  const probes = Math.floor((lab.now - c.startedAt) / interval);
  if (probes <= 0) return { status: 'starting', failingStreak: 0, log: [] };
  const result = probeHealth(lab, c, h);
  const first = Math.max(1, probes - MAX_LOG_ENTRIES + 1);
  const log: HealthResult[] = [];
  for (let k = first; k <= probes; k++) {
    const start = c.startedAt + k * interval;
    log.push({ start, end: start, ...result });
  }
  if (result.exitCode === 0) return { status: 'healthy', failingStreak: 0, log };
  const retries = h.retries ?? DEFAULT_RETRIES;
  return { status: probes >= retries ? 'unhealthy' : 'starting', failingStreak: probes, log };
}
