// What the official httpd image's httpd-foreground writes (ErrorLog /proc/self/fd/2, so stderr): the ServerName
// notice (AH00558, server/util.c ap_get_local_host via vhost.c, once per configuration pass, twice at start), then
// the event MPM's start (server/mpm/event/event.c, AH00489) and the command line (server/main.c, AH00094), in
// log.c's format `[Thu Jan 01 09:00:05.000000 2026] [module:level] [pid P:tid T] message`. httpd:latest at the
// lab's date is 2.4.66 (Debian trixie).
import type { ProgramLog, ServerHost } from '../daemon/containerLogs';
import { logClock } from './logClock';

const VERSION = '2.4.66';
// apr_os_thread_current() of the main thread: a pthread_t, a fixed plausible value (the real one is an address).
const TID = '139872473798528';

/** `[Thu Jan 01 09:00:05.000000 2026]` (ap_recent_ctime_ex with microseconds). */
function httpdTime(seconds: number): string {
  const t = logClock(seconds);
  return `[${t.weekday} ${t.monthName} ${t.day} ${t.time}.000000 ${t.year}]`;
}

/** ap_get_local_host: the hostname's address from /etc/hosts, or 127.0.0.1 when it has none (AH00557 first). */
function serverName(host: ServerHost): string[] {
  const using = (address: string) =>
    `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${address}. Set the 'ServerName' directive globally to suppress this message`;
  if (host.address !== undefined) return [using(host.address)];
  return [`AH00557: httpd: apr_sockaddr_info_get() failed for ${host.hostname}`, using('127.0.0.1')];
}

export function httpdStarted(now: number, host: ServerHost): ProgramLog {
  const at = httpdTime(now);
  return {
    stdout: [],
    stderr: [
      ...serverName(host),
      ...serverName(host),
      `${at} [mpm_event:notice] [pid 1:tid ${TID}] AH00489: Apache/${VERSION} (Unix) configured -- resuming normal operations`,
      `${at} [core:notice] [pid 1:tid ${TID}] AH00094: Command line: 'httpd -D FOREGROUND'`,
    ],
  };
}

/**
 * `Listen 80` opens one [::] socket (server/listen.c make_sock, AH00072), then the IPv4 fallback; with neither
 * bound, ap_setup_listeners fails before the logs open (server/log.c AH00015), during the first pass.
 */
export function httpdBindFailed(_now: number, port: number, host: ServerHost): ProgramLog {
  return {
    stdout: [],
    stderr: [
      ...serverName(host),
      `(98)Address already in use: AH00072: make_sock: could not bind to address [::]:${port}`,
      `(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:${port}`,
      'no listening sockets available, shutting down',
      'AH00015: Unable to open logs',
    ],
  };
}
