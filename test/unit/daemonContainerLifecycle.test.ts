// Stopping, killing, removing and restarting containers (src/core/daemon/containerStop.ts and
// containerLifecycle.ts): moby daemon/stop.go (SIGTERM, then SIGKILL after the 10-second grace
// period: exit 137 for a PID 1 without a handler), kill.go, delete.go (containerRm's refusals, in
// the name as given), restart.go (a manual restart keeps a --rm container); what goes with the
// process: addresses, published ports, listening sockets, the namespace (joiners keep the stale one).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

interface Row {
  id: string;
  lines: string[];
  /** The last line's exit code, stdout and stderr. */
  want: [number, string, string];
}

const ROWS: Row[] = [
  {
    id: 'stop: a server exits 0 at once, a PID 1 without a SIGTERM handler is killed after the 10 s grace period',
    lines: [
      'docker run -d --name web nginx',
      'docker run -d --name topc busybox top',
      'docker stop web topc',
      "docker ps -a --format '{{.Names}} {{.Status}}'",
    ],
    want: [0, 'topc Exited (137) 1 second ago\nweb Exited (0) 11 seconds ago\n', ''],
  },
  {
    id: 'kill: 137',
    lines: [
      'docker run -d --name nn busybox nc -lp 8080',
      'docker kill nn',
      "docker inspect -f '{{.State.ExitCode}} {{.State.Status}}' nn",
    ],
    want: [0, '137 exited\n', ''],
  },
  {
    id: 'rm of a paused container: unpause first (delete.go containerRm)',
    lines: ['docker run -d --name p1 busybox top', 'docker pause p1', 'docker rm p1'],
    want: [
      1,
      '',
      'Error response from daemon: cannot remove container "p1": container is paused and must be unpaused first\n',
    ],
  },
  {
    id: 'rm of a running container by an ID prefix: the refusal names it as given',
    lines: ['docker run -d --name r1 busybox top', 'docker rm 3346'],
    want: [
      1,
      '',
      'Error response from daemon: cannot remove container "3346": container is running: stop the container before removing or force remove\n',
    ],
  },
  {
    id: 'rm -f of a paused container removes it',
    lines: [
      'docker run -d --name p1 busybox top',
      'docker pause p1',
      'docker rm -f p1',
      "docker ps -a --format '{{.Names}}'",
    ],
    want: [0, '', ''],
  },
  {
    id: 'rm -f of a running container frees its published port',
    lines: [
      'docker run -d --name web2 -p 8081:80 nginx',
      'docker rm -f web2',
      'docker run -d --name web3 -p 8081:80 nginx',
      "docker ps --format '{{.Names}} {{.Ports}}'",
    ],
    want: [0, 'web3 0.0.0.0:8081->80/tcp, [::]:8081->80/tcp\n', ''],
  },
  {
    id: 'stop frees the address: the next container gets it',
    lines: [
      'docker run -d --name a1 busybox top',
      'docker stop a1',
      'docker run -d --name a2 busybox top',
      "docker inspect -f '{{.NetworkSettings.Networks.bridge.IPAddress}}' a2",
    ],
    want: [0, '172.17.0.2\n', ''],
  },
  {
    id: "stop closes the process's sockets: a host-network nc can bind its port again",
    lines: [
      'docker run -d --network host --name hn busybox nc -lp 9000',
      'docker stop hn',
      'docker run -d --network host --name hn2 busybox nc -lp 9000',
      "docker inspect -f '{{.State.Status}}' hn2",
    ],
    want: [0, 'running\n', ''],
  },
  {
    id: 'restart keeps a --rm container (HasBeenManuallyRestarted)',
    lines: ['docker run -d --rm --name rm1 busybox top', 'docker restart rm1', "docker ps --format '{{.Names}}'"],
    want: [0, 'rm1\n', ''],
  },
  {
    id: 'stop removes a --rm container',
    lines: ['docker run -d --rm --name rm1 busybox top', 'docker stop rm1', "docker ps -a --format '{{.Names}}'"],
    want: [0, '', ''],
  },
  {
    id: 'a joiner keeps the namespace its owner left; the restarted owner gets a new one',
    lines: [
      'docker run -d --name own busybox top',
      'docker run -d --name joi --network container:own busybox top',
      'docker stop own',
      'docker start own',
      "sh -c 'docker exec joi readlink /proc/self/ns/net; docker exec own readlink /proc/self/ns/net'",
    ],
    want: [0, 'net:[4026532200]\nnet:[4026532201]\n', ''],
  },
  {
    id: 'a stop while paused unpauses first: the restarted container is not paused',
    lines: [
      'docker run -d --name p2 busybox top',
      'docker pause p2',
      'docker stop p2',
      'docker start p2',
      "docker inspect -f '{{.State.Status}} {{.State.Paused}}' p2",
    ],
    want: [0, 'running false\n', ''],
  },
];

describe('stop, kill, rm and restart (daemon/containerStop, containerLifecycle)', () => {
  for (const r of ROWS) {
    it(r.id, () => {
      const { steps } = replay(r.lines);
      const last = steps[steps.length - 1]!;
      assert.deepEqual([last.exitCode, last.stdout, last.stderr], r.want);
    });
  }
});
