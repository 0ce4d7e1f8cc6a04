// What redis-server writes to stdout (logfile "") when the image starts it with no arguments, in serverLogRaw's
// format `<pid>:<role> <dd Mon yyyy HH:MM:SS.mmm> <level> <message>` (redis src/server.c): role C before initServer
// sets server.pid, M after; level `*` notice, `#` warning. The catalogue's redis:latest at the lab's date is 8.4.0
// (docker-library redis); the lines follow redis src/server.c main() and syscheck.c, without the lines of the
// modules the Redis 8 image loads, whose sources the lab does not follow.
import type { ProgramLog } from '../daemon/containerLogs';
import { logClock } from './logClock';

const VERSION = '8.4.0';

/** `01 Jan 2026 09:00:05.000` (strftime "%d %b %Y %H:%M:%S." and the milliseconds). */
function redisTime(seconds: number): string {
  const t = logClock(seconds);
  return `${t.day} ${t.monthName} ${t.year} ${t.time}.000`;
}

function startLines(now: number): {
  child: (m: string, level?: string) => string;
  master: (m: string, level?: string) => string;
} {
  const at = redisTime(now);
  return {
    child: (m, level = '*') => `1:C ${at} ${level} ${m}`,
    master: (m, level = '*') => `1:M ${at} ${level} ${m}`,
  };
}

/** main() up to initListeners: the system checks, the banner, the missing config file, initServer. */
function opening(now: number): string[] {
  const { child, master } = startLines(now);
  return [
    // linuxMemoryWarnings (syscheck.c checkOvercommit): a host's vm.overcommit_memory is 0 unless set.
    child(
      "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
      '#',
    ),
    child('oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
    // A release tarball build: redisGitSHA1() "00000000", not dirty.
    child(`Redis version=${VERSION}, bits=64, commit=00000000, modified=0, pid=1, just started`),
    // argc == 1: the image's CMD is a bare `redis-server`.
    child(
      'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      '#',
    ),
    master('monotonic clock: POSIX clock_gettime'),
    // redisAsciiArt without a TTY on stdout: the one-line form.
    master('Running mode=standalone, port=6379.'),
  ];
}

export function redisStarted(now: number): ProgramLog {
  const { master } = startLines(now);
  return {
    stdout: [...opening(now), master('Server initialized'), master('Ready to accept connections tcp')],
    stderr: [],
  };
}

/** listenToPort: the default `bind * -::*` fails on `*` first (anetTcpServer's "bind: %s"), then initListeners aborts. */
export function redisBindFailed(now: number, port: number): ProgramLog {
  const { master } = startLines(now);
  return {
    stdout: [
      ...opening(now),
      master(`Warning: Could not create server TCP listening socket *:${port}: bind: Address already in use`, '#'),
      master(`Failed listening on port ${port} (tcp), aborting.`, '#'),
    ],
    stderr: [],
  };
}
