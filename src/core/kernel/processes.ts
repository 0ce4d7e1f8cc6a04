// What the host's process table holds for a running container, as `ps -ef` on the host shows it
// (moby daemon/top_unix.go runs the host's ps and keeps the container's PIDs): the lab models the
// main process only, as started: its argv (an image's entrypoint script that execs its command,
// `docker-entrypoint.sh`, is not left in the table), owned by the user the image switches to.
// Processes a server forks (nginx workers, postgres background workers), the titles servers give
// themselves, and `docker exec` processes (the lab runs them to completion at once) are not modelled.
import { imageBaseName, imageContent } from '../catalog/images';
import type { Container } from '../lab/model';
import { own } from '../lab/own';

export interface ProcessRow {
  /** The owner as the host's ps prints it: `root`, or a numeric UID the host's /etc/passwd lacks. */
  uid: string;
  pid: number;
  ppid: number;
  /** Lab seconds the process started. */
  started: number;
  /** `?` without a terminal; the container's pseudo-terminal with -t. */
  tty: string;
  cmd: string;
}

/**
 * The host PID of a container's main process: a stand-in derived from the ID, the same number the
 * host's `netstat -p` shows for the container's sockets.
 */
export function hostPid(containerId: string): number {
  return 1000 + (parseInt(containerId.slice(0, 4) || '0', 16) % 30000);
}

/** The users the official images' entrypoints drop to (their Dockerfiles' useradd -u), by repository. */
const IMAGE_UIDS: Record<string, string> = {
  redis: '999',
  postgres: '999',
  mysql: '999',
  mariadb: '999',
  mongo: '999',
  rabbitmq: '999',
  memcached: '11211',
};

const ENTRYPOINT_SCRIPTS = new Set([
  'docker-entrypoint.sh',
  '/docker-entrypoint.sh',
  '/usr/local/bin/docker-entrypoint.sh',
]);

/** The container's processes in PID order; none unless it runs. */
export function containerProcesses(c: Container): ProcessRow[] {
  if (c.state !== 'running') return [];
  const argv = ENTRYPOINT_SCRIPTS.has(c.entrypoint[0] ?? '') ? c.cmd : [...c.entrypoint, ...c.cmd];
  const pid = hostPid(c.id);
  return [
    {
      uid: own(IMAGE_UIDS, imageBaseName(imageContent(c))) ?? 'root',
      pid,
      // containerd-shim-runc-v2, started just before the container's process.
      ppid: pid - 21,
      started: c.startedAt,
      tty: c.tty ? 'pts/0' : '?',
      cmd: argv.join(' '),
    },
  ];
}
