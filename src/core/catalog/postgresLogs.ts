// What the official postgres image writes when it starts (docker-library/postgres 18/trixie docker-entrypoint.sh
// _main): on the first start initdb's report on stdout and its trust warning on stderr, the temporary socket-only
// server's log while pg_ctl starts and stops it, "PostgreSQL init process complete; ready for start up.", then the
// server's own start; on a later start the entrypoint skips initialisation. The server logs to stderr
// (log_destination = 'stderr') with the default log_line_prefix '%m [%p] ' (postgres src/backend/utils/misc/
// postgresql.conf.sample). postgres:latest at the lab's date is 18.1 (18.1-1.pgdg13+2, Debian trixie).
import type { LogChunk, ProgramLog, ServerHost } from '../daemon/containerLogs';
import { logClock } from './logClock';

const PGDATA = '/var/lib/postgresql/18/docker';
const STARTING =
  'starting PostgreSQL 18.1 (Debian 18.1-1.pgdg13+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 14.2.0-19) 14.2.0, 64-bit';
const SOCKET = 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"';
// PIDs of the temporary postmaster, its checkpointer, its startup process and logical replication launcher, and the
// final server's startup process: fixed plausible values (the real ones depend on how many processes ran before).
const TEMP_PID = 48;
const TEMP_CHECKPOINTER = 49;
const TEMP_STARTUP = 51;
const TEMP_LAUNCHER = 54;
const STARTUP_PID = 62;

/** `%m`: `2026-01-01 09:00:05.000 UTC`. */
function pgTime(seconds: number): string {
  const t = logClock(seconds);
  return `${t.year}-${t.month}-${t.day} ${t.time}.000 UTC`;
}

/** StartupXLOG's str_time of the control file's time: `2026-01-01 09:00:05 UTC`, no milliseconds. */
const shutDownAt = (seconds: number) => pgTime(seconds).replace('.000 UTC', ' UTC');

const out = (...lines: string[]): LogChunk => ({ stream: 'stdout', lines });
const err = (...lines: string[]): LogChunk => ({ stream: 'stderr', lines });

/** initdb's report (src/bin/initdb/initdb.c): locale en_US.utf8 from the image's LANG, checksums on by default in 18. */
const INITDB = [
  'The files belonging to this database system will be owned by user "postgres".',
  'This user must also own the server process.',
  '',
  'The database cluster will be initialized with locale "en_US.utf8".',
  'The default database encoding has accordingly been set to "UTF8".',
  'The default text search configuration will be set to "english".',
  '',
  'Data page checksums are enabled.',
  '',
  `fixing permissions on existing directory ${PGDATA} ... ok`,
  'creating subdirectories ... ok',
  'selecting dynamic shared memory implementation ... posix',
  'selecting default "max_connections" ... 100',
  'selecting default "shared_buffers" ... 128MB',
  'selecting default time zone ... Etc/UTC',
  'creating configuration files ... ok',
  'running bootstrap script ... ok',
  'performing post-bootstrap initialization ... ok',
  'syncing data to disk ... ok',
];

/** The first start's initialisation, up to the blank line after "init process complete". */
function initialisation(now: number): LogChunk[] {
  const at = pgTime(now);
  const temp = (pid: number, m: string) => `${at} [${pid}] LOG:  ${m}`;
  return [
    out(...INITDB),
    // The entrypoint's POSTGRES_PASSWORD leaves local connections on trust (initdb -A unset).
    err(
      'initdb: warning: enabling "trust" authentication for local connections',
      'initdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.',
    ),
    out(
      '',
      'Success. You can now start the database server using:',
      '',
      `    pg_ctl -D ${PGDATA} -l logfile start`,
      '',
    ),
    // pg_ctl -w start prints its dots without a newline; the lab's log is line-based, so the progress line ends
    // where the server's first line begins.
    out('waiting for server to start....'),
    err(
      temp(TEMP_PID, STARTING),
      temp(TEMP_PID, SOCKET),
      temp(TEMP_STARTUP, `database system was shut down at ${shutDownAt(now)}`),
      temp(TEMP_PID, 'database system is ready to accept connections'),
    ),
    out(
      ' done',
      'server started',
      '',
      // docker_process_init_files with an empty /docker-entrypoint-initdb.d: the unmatched glob is ignored.
      '/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*',
      '',
      'waiting for server to shut down....',
    ),
    err(
      temp(TEMP_PID, 'received fast shutdown request'),
      temp(TEMP_PID, 'aborting any active transactions'),
      temp(TEMP_PID, `background worker "logical replication launcher" (PID ${TEMP_LAUNCHER}) exited with exit code 1`),
      temp(TEMP_CHECKPOINTER, 'shutting down'),
      temp(TEMP_CHECKPOINTER, 'checkpoint starting: shutdown immediate'),
      // "checkpoint complete: wrote N buffers ..." is left out: its counts and LSNs are the real cluster's.
      temp(TEMP_PID, 'database system is shut down'),
    ),
    out(' done', 'server stopped', '', 'PostgreSQL init process complete; ready for start up.', ''),
  ];
}

/** The final server: PID 1 (the entrypoint execs postgres), listen_addresses = '*' on both families. */
function serverStart(now: number, port: number): LogChunk {
  const at = pgTime(now);
  const log = (pid: number, m: string) => `${at} [${pid}] LOG:  ${m}`;
  return err(
    log(1, STARTING),
    log(1, `listening on IPv4 address "0.0.0.0", port ${port}`),
    log(1, `listening on IPv6 address "::", port ${port}`),
    log(1, SOCKET),
    log(STARTUP_PID, `database system was shut down at ${shutDownAt(now)}`),
    log(1, 'database system is ready to accept connections'),
  );
}

const SKIPPED = out('', 'PostgreSQL Database directory appears to contain a database; Skipping initialization', '');

export function postgresStarted(now: number, host: ServerHost): ProgramLog {
  return [...(host.firstStart ? initialisation(now) : [SKIPPED]), serverStart(now, 5432)];
}

/** StreamServerPort's bind() failure on the IPv4 socket, then PostmasterMain gives up (src/backend/libpq/pqcomm.c). */
export function postgresBindFailed(now: number, port: number, host: ServerHost): ProgramLog {
  const at = pgTime(now);
  return [
    ...(host.firstStart ? initialisation(now) : [SKIPPED]),
    err(
      `${at} [1] LOG:  ${STARTING}`,
      `${at} [1] LOG:  could not bind IPv4 address "0.0.0.0": Address already in use`,
      `${at} [1] HINT:  Is another postmaster already running on port ${port}? If not, wait a few seconds and retry.`,
      `${at} [1] LOG:  could not bind IPv6 address "::": Address already in use`,
      `${at} [1] HINT:  Is another postmaster already running on port ${port}? If not, wait a few seconds and retry.`,
      `${at} [1] WARNING:  could not create listen socket for "*"`,
      `${at} [1] FATAL:  could not create any TCP/IP sockets`,
      `${at} [1] LOG:  database system is shut down`,
    ),
  ];
}
