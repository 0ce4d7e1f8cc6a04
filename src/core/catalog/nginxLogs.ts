// What the official nginx image writes to its log: the entrypoint's configuration steps (on stdout,
// docker-entrypoint.sh entrypoint_log), the master's start notices (the error log, /dev/stderr), one access line per
// request (/dev/stdout), and the bind() failure when its port is taken (stderr).
import type { StreamLines } from '../daemon/containerLogs';

const ENTRYPOINT = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** nginx error-log time: `2026/01/01 09:00:05`. */
function errorTime(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Access-log time: `01/Jan/2026:09:00:05 +0000`. */
function accessTime(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]!}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

export function nginxStarted(now: number): StreamLines {
  const t = errorTime(now);
  return {
    stdout: ENTRYPOINT,
    stderr: [
      `${t} [notice] 1#1: using the "epoll" event method`,
      `${t} [notice] 1#1: nginx/1.27.3`,
      `${t} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14)`,
      `${t} [notice] 1#1: OS: Linux 6.1.0-28-amd64`,
      `${t} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
      `${t} [notice] 1#1: start worker processes`,
      `${t} [notice] 1#1: start worker process 29`,
    ],
  };
}

export function nginxBindFailed(now: number, port: number): StreamLines {
  const t = errorTime(now);
  return {
    stdout: ENTRYPOINT,
    stderr: [
      `${t} [emerg] 1#1: bind() to 0.0.0.0:${port} failed (98: Address already in use)`,
      `nginx: [emerg] bind() to 0.0.0.0:${port} failed (98: Address already in use)`,
      `${t} [notice] 1#1: try again to bind() after 500ms`,
      `${t} [emerg] 1#1: still could not bind()`,
      'nginx: [emerg] still could not bind()',
    ],
  };
}

export function nginxAccess(
  now: number,
  client: string,
  path: string,
  bytes: number,
  agent: string,
  status = 200,
  method = 'GET',
): string {
  return `${client} - - [${accessTime(now)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "-" "${agent}" "-"`;
}

/** The error-log line for a missing file (ngx_http_static_handler: open() failed), before its 404 access line. */
export function nginxOpenFailed(now: number, client: string, path: string, host: string): string {
  const file = path.replace(/[?#].*$/, '');
  return `${errorTime(now)} [error] 29#29: *1 open() "/usr/share/nginx/html${file}" failed (2: No such file or directory), client: ${client}, server: localhost, request: "GET ${path} HTTP/1.1", host: "${host}"`;
}
