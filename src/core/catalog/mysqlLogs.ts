// What the official mysql image writes when it starts (docker-library/mysql innovation/docker-entrypoint.sh _main):
// the entrypoint's notes on stdout (mysql_log: `date --rfc-3339=seconds` [Note] [Entrypoint]: ...), mysqld's error
// log on stderr (log_error unset) in its format `2026-01-01T09:00:05.000000Z <thread> [<prio>] [MY-nnnnnn]
// [<subsystem>] message` (sql/log.cc, share/messages_to_error_log.txt). On the first start: mysqld
// --initialize-insecure, a temporary server with --skip-networking (port: 0), the time zone tables, then the real
// server; later starts skip the setup. mysql:latest at the lab's date is 9.5.0 (9.5.0-1.el9, Oracle Linux 9).
import type { LogChunk, ProgramLog, ServerHost } from '../daemon/containerLogs';
import { logClock } from './logClock';

const VERSION = '9.5.0';
const PACKAGE = '9.5.0-1.el9';
// PIDs of the initialising and the temporary mysqld, and the client thread that shuts the latter down: fixed
// plausible values.
const INIT_PID = 80;
const TEMP_PID = 124;
const SHUTDOWN_THREAD = 10;

const out = (...lines: string[]): LogChunk => ({ stream: 'stdout', lines });
const err = (...lines: string[]): LogChunk => ({ stream: 'stderr', lines });

function times(now: number): { note: (m: string) => string; log: (thread: number, tag: string, m: string) => string } {
  const t = logClock(now);
  const date = `${t.year}-${t.month}-${t.day}`;
  return {
    note: (m) => `${date} ${t.time}+00:00 [Note] [Entrypoint]: ${m}`,
    log: (thread, tag, m) => `${date}T${t.time}.000000Z ${thread} ${tag} ${m}`,
  };
}

/** A server start up to its ready line: `port` 0 for the temporary server, which listens on no TCP port. */
function serverRun(now: number, pid: number, port: number): string[] {
  const { log } = times(now);
  return [
    log(0, '[System] [MY-015015] [Server]', 'MySQL Server - start.'),
    log(0, '[System] [MY-010116] [Server]', `/usr/sbin/mysqld (mysqld ${VERSION}) starting as process ${pid}`),
    log(1, '[System] [MY-013576] [InnoDB]', 'InnoDB initialization has started.'),
    log(1, '[System] [MY-013577] [InnoDB]', 'InnoDB initialization has ended.'),
    // The certificates --initialize generates are self-signed.
    log(0, '[Warning] [MY-010068] [Server]', 'CA certificate ca.pem is self signed.'),
    log(
      0,
      '[System] [MY-013602] [Server]',
      'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.',
    ),
    log(
      0,
      '[Warning] [MY-011810] [Server]',
      "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.",
    ),
    port === 0
      ? log(0, '[System] [MY-011323] [Server]', 'X Plugin ready for connections. Socket: /var/run/mysqld/mysqlx.sock')
      : log(
          0,
          '[System] [MY-011323] [Server]',
          "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock",
        ),
    log(
      0,
      '[System] [MY-010931] [Server]',
      `/usr/sbin/mysqld: ready for connections. Version: '${VERSION}'  socket: '/var/run/mysqld/mysqld.sock'  port: ${port}  MySQL Community Server - GPL.`,
    ),
  ];
}

/** _main until `exec mysqld`: the root part, then (after gosu) the mysql user's, with the first start's setup. */
function entrypoint(now: number, firstStart: boolean): LogChunk[] {
  const { note, log } = times(now);
  const started = note(`Entrypoint script for MySQL Server ${PACKAGE} started.`);
  const head = out(started, note("Switching to dedicated user 'mysql'"), started);
  if (!firstStart) return [head];
  return [
    head,
    out(note('Initializing database files')),
    err(
      log(0, '[System] [MY-015017] [Server]', 'MySQL Server Initialization - start.'),
      log(
        0,
        '[System] [MY-013169] [Server]',
        `/usr/sbin/mysqld (mysqld ${VERSION}) initializing of server in progress as process ${INIT_PID}`,
      ),
      log(1, '[System] [MY-013576] [InnoDB]', 'InnoDB initialization has started.'),
      log(1, '[System] [MY-013577] [InnoDB]', 'InnoDB initialization has ended.'),
      log(
        6,
        '[Warning] [MY-010453] [Server]',
        'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.',
      ),
      log(0, '[System] [MY-015018] [Server]', 'MySQL Server Initialization - end.'),
    ),
    out(note('Database files initialized'), note('Starting temporary server')),
    err(...serverRun(now, TEMP_PID, 0)),
    out(
      note('Temporary server started.'),
      // mysql_socket_fix: `ln -sfTv` from the package's default socket to the image's.
      "'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'",
    ),
    // mysql_tzinfo_to_sql /usr/share/zoneinfo skips the files that are not zones.
    err(
      ...['iso3166.tab', 'leap-seconds.list', 'leapseconds', 'tzdata.zi', 'zone.tab', 'zone1970.tab'].map(
        (f) => `Warning: Unable to load '/usr/share/zoneinfo/${f}' as time zone. Skipping it.`,
      ),
    ),
    out('', note('Stopping temporary server')),
    err(
      log(
        SHUTDOWN_THREAD,
        '[System] [MY-013172] [Server]',
        `Received SHUTDOWN from user root. Shutting down mysqld (Version: ${VERSION}).`,
      ),
      log(0, '[System] [MY-015016] [Server]', 'MySQL Server - end.'),
    ),
    out(note('Temporary server stopped'), '', note('MySQL init process done. Ready for start up.'), ''),
  ];
}

export function mysqlStarted(now: number, host: ServerHost): ProgramLog {
  return [...entrypoint(now, host.firstStart), err(...serverRun(now, 1, 3306))];
}

/** network_init's bind failure (sql/conn_handler/socket_connection.cc), then the server aborts and shuts down. */
export function mysqlBindFailed(now: number, port: number, host: ServerHost): ProgramLog {
  const { log } = times(now);
  return [
    ...entrypoint(now, host.firstStart),
    err(
      ...serverRun(now, 1, 3306).slice(0, 4),
      log(0, '[ERROR] [MY-010262] [Server]', "Can't start server: Bind on TCP/IP port: Address already in use"),
      log(0, '[ERROR] [MY-010257] [Server]', `Do you already have another mysqld server running on port: ${port} ?`),
      log(0, '[ERROR] [MY-010119] [Server]', 'Aborting'),
      log(
        0,
        '[System] [MY-010910] [Server]',
        `/usr/sbin/mysqld: Shutdown complete (mysqld ${VERSION})  MySQL Community Server - GPL.`,
      ),
      log(0, '[System] [MY-015016] [Server]', 'MySQL Server - end.'),
    ),
  ];
}
