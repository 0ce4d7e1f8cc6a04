// Container healthchecks (HEALTHCHECK, --health-*, compose healthcheck:), following moby
// daemon/health.go: the first probe runs one interval after start, then one per interval; a
// probe that exits 0 makes the container healthy and resets FailingStreak, any other result adds
// to the streak and `retries` failures in a row (3 by default) make it unhealthy; State.Health.Log
// keeps the last 5 results. What a probe returns is decided here from the command: a program the
// image lacks fails (127 from the shell, or the runtime's exec error for the exec form), and
// curl, wget or nc aimed at a local port nothing listens on are refused; true, false, exit, echo
// and sleep do what they say; anything else passes. A CMD-SHELL list runs as sh runs it.
import type { Lab } from '../lab/lab';
import type { Container, HealthConfig } from '../lab/model';
import { imageContent, imageHasProgram, isBusybox, lookupImage } from '../catalog/images';
import { formatGoDuration, parseGoDuration } from '../text/goDuration';

/** Config.Healthcheck; the defaults (health.go default*) apply to zero values. */
export type Healthcheck = HealthConfig;

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

const DEFAULT_INTERVAL = 30;
const DEFAULT_TIMEOUT = 30;
const DEFAULT_START_INTERVAL = 5;
const DEFAULT_RETRIES = 3;
const MAX_LOG_ENTRIES = 5;

/** Go durations (`30s`, `1m30s`, `500ms`) as seconds; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const d = parseGoDuration(text);
  return 'seconds' in d && d.seconds >= 0 ? d.seconds : undefined;
}

export function isEnabled(h: Healthcheck | undefined): h is Healthcheck {
  return h !== undefined && h.test.length > 0 && h.test[0] !== 'NONE';
}

/** timeoutWithDefault: a zero setting means the default. */
const orDefault = (value: number | undefined, fallback: number): number =>
  value === undefined || value === 0 ? fallback : value;

/** Milliseconds, so that probe times add up exactly (the daemon's minimum duration is 1ms). */
const ms = (seconds: number): number => Math.round(seconds * 1000);

/**
 * When the probes run, for a check whose probes all pass or all fail (moby daemon/health.go
 * monitor, getInterval, handleProbeResult): the first probe one interval after start, or one start
 * interval when there is a start period; while starting inside the start period the start interval
 * applies, otherwise the interval. A failure inside the start period does not count toward retries.
 */
interface Schedule {
  /** The k-th probe's time (k from 1), in seconds. */
  at(k: number): number;
  /** How many probes have run by `now`. */
  count(now: number): number;
  /** The first probe whose failure counts toward retries. */
  firstCounted: number;
}

function schedule(h: Healthcheck, startedAt: number, passes: boolean): Schedule {
  const start = ms(startedAt);
  const interval = ms(orDefault(h.interval, DEFAULT_INTERVAL));
  const startInterval = ms(orDefault(h.startInterval, DEFAULT_START_INTERVAL));
  const period = ms(h.startPeriod ?? 0);
  // Probes at start + k·startInterval while inside the start period (the m-th is the first at or past its end)...
  const m = period > 0 ? (passes ? 1 : Math.max(1, Math.ceil(period / startInterval))) : 0;
  const atMs = (k: number): number =>
    k <= m ? start + k * startInterval : start + m * startInterval + (k - m) * interval;
  return {
    at: (k) => atMs(k) / 1000,
    firstCounted: Math.max(1, m),
    count: (now) => {
      const t = ms(now);
      if (m > 0 && t < start + m * startInterval) return Math.max(0, Math.floor((t - start) / startInterval));
      return m + Math.floor((t - start - m * startInterval) / interval);
    },
  };
}

/** State.Health at `at` (now unless given): probes so far, each with the container's current answer. */
export function containerHealth(lab: Lab, c: Container, h: Healthcheck, at = lab.now): HealthState {
  const result = probeHealth(lab, c, h);
  const passes = result.exitCode === 0;
  const plan = schedule(h, c.startedAt, passes);
  const probes = plan.count(at);
  const log: HealthResult[] = [];
  for (let k = Math.max(1, probes - MAX_LOG_ENTRIES + 1); k <= probes; k++) {
    const start = plan.at(k);
    log.push({ start, end: start + (result.duration ?? 0), exitCode: result.exitCode, output: result.output });
  }
  if (probes <= 0) return { status: 'starting', failingStreak: 0, log };
  if (passes) return { status: 'healthy', failingStreak: 0, log };
  const counted = Math.max(0, probes - plan.firstCounted + 1);
  const retries = orDefault(h.retries, DEFAULT_RETRIES);
  return { status: counted >= retries ? 'unhealthy' : 'starting', failingStreak: counted, log };
}

/**
 * When the status first leaves `starting` (healthy after the first passing probe, unhealthy after
 * `retries` counted failures), for compose's wait on service_healthy; the container's answer now.
 */
export function healthDecidedAt(lab: Lab, c: Container, h: Healthcheck): { at: number; status: HealthStatus } {
  const passes = probeHealth(lab, c, h).exitCode === 0;
  const plan = schedule(h, c.startedAt, passes);
  if (passes) return { at: plan.at(1), status: 'healthy' };
  return { at: plan.at(plan.firstCounted + orDefault(h.retries, DEFAULT_RETRIES) - 1), status: 'unhealthy' };
}

/** The status `docker ps` and compose report: the probes' outcome while running; "unhealthy" once stopped (CloseMonitorChannel). */
export function healthStatus(lab: Lab, c: Container, h: Healthcheck): HealthStatus {
  return c.state === 'running' ? containerHealth(lab, c, h).status : 'unhealthy';
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
  return isBusybox(lookupImage(image)?.toolset)
    ? `/bin/sh: ${program}: not found\n`
    : `/bin/sh: 1: ${program}: not found\n`;
}

function refused(program: string, port: number, words: readonly string[]): { exitCode: number; output: string } {
  if (program === 'curl')
    return {
      exitCode: 7,
      output: `curl: (7) Failed to connect to localhost port ${port} after 0 ms: Couldn't connect to server\n`,
    };
  if (program === 'wget') {
    // busybox wget.c prints its "Connecting to" line only without -q (WGET_OPT_QUIET).
    const quiet = words.some((w) => w === '--quiet' || /^-[a-zA-Z]*q/.test(w));
    const connecting = quiet ? '' : `Connecting to localhost:${port} (127.0.0.1:${port})\n`;
    return { exitCode: 1, output: `${connecting}wget: can't connect to remote host (127.0.0.1): Connection refused\n` };
  }
  return { exitCode: 1, output: '' };
}

/** One probe's answer; `duration` in seconds when it is not instant. */
export interface ProbeResult {
  exitCode: number;
  output: string;
  duration?: number;
}

/** busybox sleep's argument in seconds (`5`, `1.5`, `2m`); undefined when it is not one. */
function sleepSeconds(arg: string | undefined): number | undefined {
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg ?? '');
  return m ? Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]!] ?? 1) : undefined;
}

/** One simple command of a probe: its answer, and whether it ends the script (`exit`). */
function runProbeCommand(
  lab: Lab,
  c: Container,
  shell: boolean,
  words: readonly string[],
  status: number,
): ProbeResult & { exits?: boolean } {
  const program = (words[0] ?? '').replace(/^.*\//, '');
  if (program === 'sleep') {
    // busybox sleep (xatoul_sfx) dies on what is not a number, as the lab's shell sleep does.
    const sleep = sleepSeconds(words[1]);
    if (sleep === undefined) return { exitCode: 1, output: `sleep: invalid number '${words[1] ?? ''}'\n` };
    return { exitCode: 0, output: '', duration: sleep };
  }
  if (program === 'true' || program === '') return { exitCode: 0, output: '' };
  if (program === 'false') return { exitCode: 1, output: '' };
  // sh's exit: the last command's status without an argument, the low byte of N with one.
  if (shell && program === 'exit')
    return { exitCode: words[1] === undefined ? status : Number(words[1]) & 255, output: '', exits: true };
  if (shell && program === 'echo') return { exitCode: 0, output: `${words.slice(1).join(' ')}\n` };
  if (MODELLED.has(program) && !imageHasProgram(imageContent(c), program))
    return shell
      ? { exitCode: 127, output: notFound(imageContent(c), program) }
      : {
          exitCode: -1,
          output: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown`,
        };
  const port = MODELLED.has(program) ? localPort(words, program) : undefined;
  const listening =
    port === undefined || lab.listeners.some((l) => l.netnsId === c.netnsId && l.port === port && l.proto === 'tcp');
  return listening ? { exitCode: 0, output: '' } : refused(program, port, words);
}

/**
 * One probe's exit code and output, as the container is now. The exec form (CMD) runs one program
 * with its arguments; CMD-SHELL runs `/bin/sh -c`, whose list of simple commands joined by `;`,
 * `&&` and `||` runs left to right (POSIX: `&&` and `||` bind equally, from the left), and `exit`
 * ends it. A probe still running at the timeout is killed and reported with exit -1 (moby
 * daemon/health.go cmdProbe.run).
 */
export function probeHealth(lab: Lab, c: Container, h: Healthcheck): ProbeResult {
  const shell = h.test[0] === 'CMD-SHELL';
  const timeout = orDefault(h.timeout, DEFAULT_TIMEOUT);
  const parts = shell ? (h.test[1] ?? '').split(/\s*(\|\||&&|;)\s*/) : [h.test.slice(1).join(' ')];
  let status = 0;
  let output = '';
  let duration = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const operator = parts[i - 1];
    const words = (parts[i] ?? '').trim().split(/\s+/).filter(Boolean);
    if ((operator === '&&' && status !== 0) || (operator === '||' && status === 0) || (i > 0 && words.length === 0))
      continue;
    const result = runProbeCommand(lab, c, shell, words, status);
    duration += result.duration ?? 0;
    if (duration >= timeout)
      return {
        exitCode: -1,
        output: `Health check exceeded timeout (${formatGoDuration(timeout)})`,
        duration: timeout,
      };
    output += result.output;
    status = result.exitCode;
    if (result.exits) break;
  }
  return duration > 0 ? { exitCode: status, output, duration } : { exitCode: status, output };
}
