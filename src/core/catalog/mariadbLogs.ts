// What the official mariadb image writes when it starts (MariaDB/mariadb-docker 12.1/docker-entrypoint.sh _main,
// docker_mariadb_init): the entrypoint's notes on stdout (mysql_log), mariadbd's error log on stderr (log_error
// unset) in its own format `2026-01-01  9:00:05 <thread> [Note] message`, the hour space-padded (sql/log.cc
// print_buffer_to_file, "%d-%02d-%02d %2d:%02d:%02d"), and the two-line ready message (sql/mysqld.cc). On the first
// start: mariadb-install-db, a temporary server, then the real one; later starts skip the setup. mariadb:latest at
// the lab's date is 12.1.2 (1:12.1.2+maria~ubu2404, Ubuntu 24.04).
import type { LogChunk, ProgramLog, ServerHost } from '../daemon/containerLogs';
import { logClock } from './logClock';

const PACKAGE = '1:12.1.2+maria~ubu2404';
const SERVER = '12.1.2-MariaDB-ubu2404';
// The source revision and server_uid the real binary and data directory carry: fixed plausible values.
const REVISION = 'a1bb4ee2c3bd4e5d85db2a0a6ea1cd1ec4bd0f6a';
const SERVER_UID = 'Qbh2Lh1i7zE3vqgXJ6Sxkx5vdFo=';
const TEMP_PID = 104;

const out = (...lines: string[]): LogChunk => ({ stream: 'stdout', lines });
const err = (...lines: string[]): LogChunk => ({ stream: 'stderr', lines });

function times(now: number): { note: (m: string) => string; log: (m: string) => string } {
  const t = logClock(now);
  return {
    note: (m) => `${t.year}-${t.month}-${t.day} ${t.time}+00:00 [Note] [Entrypoint]: ${m}`,
    log: (m) => `${t.year}-${t.month}-${t.day} ${String(t.hour).padStart(2, ' ')}${t.time.slice(2)} 0 [Note] ${m}`,
  };
}

/** A server start up to the ready message; the temporary one has --skip-networking and reports port 0. */
function serverRun(now: number, pid: number, port: number): string[] {
  const { log } = times(now);
  return [
    log(`Starting MariaDB ${SERVER} source revision ${REVISION} server_uid ${SERVER_UID} as process ${pid}`),
    log('InnoDB: Compressed tables use zlib 1.3'),
    log('InnoDB: Number of transaction pools: 1'),
    log('InnoDB: Using crc32 + pclmulqdq instructions'),
    log('InnoDB: Using liburing'),
    log('InnoDB: Completed initialization of buffer pool'),
    log('InnoDB: Opened 3 undo tablespaces'),
    log('InnoDB: 128 rollback segments in 3 undo tablespaces are active.'),
    log("Plugin 'FEEDBACK' is disabled."),
    log("Plugin 'wsrep-provider' is disabled."),
    // No bind-address: a socket per address getaddrinfo(AI_PASSIVE) gives (sql/mysqld.cc network_init).
    ...(port === 0
      ? []
      : [
          log(`Server socket created on IP: '0.0.0.0', port: '${port}'.`),
          log(`Server socket created on IP: '::', port: '${port}'.`),
        ]),
    log('mariadbd: ready for connections.'),
    `Version: '${SERVER}'  socket: '/run/mysqld/mysqld.sock'  port: ${port}  mariadb.org binary distribution`,
  ];
}

function entrypoint(now: number, firstStart: boolean): LogChunk[] {
  const { note, log } = times(now);
  const started = note(`Entrypoint script for MariaDB Server ${PACKAGE} started.`);
  const head = out(started, note("Switching to dedicated user 'mysql'"), started);
  if (!firstStart) return [head, out(note('MariaDB upgrade not required'))];
  return [
    head,
    // mariadb-install-db's own report between these two notes is left out.
    out(note('Initializing database files'), note('Database files initialized'), note('Starting temporary server')),
    out(note('Waiting for server startup')),
    err(...serverRun(now, TEMP_PID, 0)),
    out(
      note('Temporary server started.'),
      note('Securing system users (equivalent to running mysql_secure_installation)'),
      '',
      note('Stopping temporary server'),
    ),
    err(
      log('mariadbd (initiated by: unknown): Normal shutdown'),
      log('InnoDB: FTS optimize thread exiting.'),
      log('InnoDB: Starting shutdown...'),
      log('InnoDB: Shutdown completed; log sequence number 47629; transaction id 14'),
      log('mariadbd: Shutdown complete'),
    ),
    out(note('Temporary server stopped'), '', note('MariaDB init process done. Ready for start up.'), ''),
  ];
}

export function mariadbStarted(now: number, host: ServerHost): ProgramLog {
  return [...entrypoint(now, host.firstStart), err(...serverRun(now, 1, 3306))];
}

/** network_init's bind failure (sql/mysqld.cc), then unireg_abort. */
export function mariadbBindFailed(now: number, port: number, host: ServerHost): ProgramLog {
  const t = logClock(now);
  const at = `${t.year}-${t.month}-${t.day} ${String(t.hour).padStart(2, ' ')}${t.time.slice(2)} 0`;
  return [
    ...entrypoint(now, host.firstStart),
    err(
      ...serverRun(now, 1, port).slice(0, 10),
      `${at} [ERROR] Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use`,
      `${at} [ERROR] Do you already have another server running on port: ${port} ?`,
      `${at} [ERROR] Aborting`,
    ),
  ];
}
