// Stopping, killing, removing and restarting containers (src/core/daemon/containerStop.ts and
// containerLifecycle.ts): moby daemon/stop.go (SIGTERM, then SIGKILL after the 10-second grace
// period: exit 137 for a PID 1 without a handler), kill.go, delete.go (containerRm's refusals, in
// the name as given), restart.go (a manual restart keeps a --rm container); what goes with the
// process: addresses, published ports, listening sockets, the namespace (joiners keep the stale one).
import * as assert from 'node:assert/strict';
import { lookupImage } from '../../src/core/catalog/images';
import { startContainer } from '../../src/core/daemon/containerLifecycle';
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

const HELLO = lookupImage('hello-world')!.oneShot!.stdout;

// The main process once started, as the terminal shows it: the attached output (docker/cli
// cli/command/container/run.go and start.go copy each stream to its own; a TTY merges them),
// whether an interactive shell takes the terminal (only with -i and -t: run.go attaches stdin and
// a pty), and what `docker logs` kept (moby docker-v29.0.0 daemon/logger copier.go, one stream per
// Source). A server that cannot bind exits 1 with its own message: memcached on stderr, rabbitmq's
// console log on stdout; busybox nc -l: "nc: bind: Address in use" (busybox libbb xfuncs bb_perror_msg).
interface StartRow {
  id: string;
  lines: string[];
  /** Each line's [exit code, stdout, stderr], from the first line on which it is given. */
  want: [number, string, string][];
  /** The terminal's context after the last line: "host", or the container whose shell took it. */
  context: string;
}

const MEMCACHED = 'failed to listen on TCP port 11211: Address already in use\n';
const RABBIT = 'failed to start Ranch listener on port 5672: Address already in use\n';

const STARTS: StartRow[] = [
  {
    id: 'start -a of a running container: nothing printed, no shell (start.go validateState: 304)',
    lines: ['docker run -d --name s1 busybox sh -c "sleep 100"', 'docker start -a s1'],
    want: [[0, '', '']],
    context: 'host',
  },
  {
    id: 'sh with -i only: no terminal',
    lines: ['docker run -i --name sh1 busybox sh'],
    want: [[0, '', '']],
    context: 'host',
  },
  {
    id: 'sh with -t only: no terminal',
    lines: ['docker run -t --name sh1 busybox sh'],
    want: [[0, '', '']],
    context: 'host',
  },
  { id: 'sh without -i or -t ends', lines: ['docker run --name sh1 busybox sh'], want: [[0, '', '']], context: 'host' },
  {
    id: 'sh with -it takes the terminal',
    lines: ['docker run -it --name sh1 busybox sh'],
    want: [[0, '', '']],
    context: 'sh1',
  },
  {
    id: 'nc -l with -it: no shell',
    lines: ['docker run -it --name nn busybox nc -lp 80'],
    want: [[0, '', '']],
    context: 'host',
  },
  {
    id: 'hello-world with -it prints and gives the terminal back',
    lines: ['docker run -it --name hw hello-world'],
    want: [[0, HELLO, '']],
    context: 'host',
  },
  {
    id: 'memcached cannot bind: its message on stderr, attached and in the log',
    lines: [
      'docker run -d --name m1 memcached',
      'docker run --name m2 --network container:m1 memcached',
      'docker logs m2',
      "docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' m2",
    ],
    want: [
      [1, '', MEMCACHED],
      [0, '', MEMCACHED],
      [0, 'exited 1\n', ''],
    ],
    context: 'host',
  },
  {
    id: 'memcached cannot bind with a TTY: one stream, stdout',
    lines: [
      'docker run -d --name m1 memcached',
      'docker run -t --name m2 --network container:m1 memcached',
      'docker logs m2',
    ],
    want: [
      [1, MEMCACHED, ''],
      [0, MEMCACHED, ''],
    ],
    context: 'host',
  },
  {
    id: 'rabbitmq cannot bind: its console log on stdout',
    lines: [
      'docker run -d --name r1 rabbitmq',
      'docker run --name r2 --network container:r1 rabbitmq',
      'docker logs r2',
    ],
    want: [
      [1, RABBIT, ''],
      [0, RABBIT, ''],
    ],
    context: 'host',
  },
  {
    id: 'nc -l cannot bind: exits 1, its message on stderr',
    lines: [
      'docker run -d --name n1 busybox nc -lp 80',
      'docker run --name n2 --network container:n1 busybox nc -lp 80',
      'docker logs n2',
      "docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' n2",
    ],
    want: [
      [1, '', 'nc: bind: Address in use\n'],
      [0, '', 'nc: bind: Address in use\n'],
      [0, 'exited 1\n', ''],
    ],
    context: 'host',
  },
  {
    // stop.go: SIGTERM; sleep as PID 1 has no handler, so SIGKILL after 10 s, whatever the image's server does.
    id: "stop of another program in a server's image: killed, 137",
    lines: ['docker run -d --name s1 nginx sleep 100', 'docker stop s1', "docker inspect -f '{{.State.ExitCode}}' s1"],
    want: [[0, '137\n', '']],
    context: 'host',
  },
  {
    id: 'stop of a server takes no grace period',
    lines: [
      'docker run -d --name a1 busybox top',
      'docker run -d --name w1 nginx',
      'docker stop w1',
      "docker ps --format '{{.Names}} {{.Status}}'",
    ],
    want: [[0, 'a1 Up 3 seconds\n', '']],
    context: 'host',
  },
  {
    id: 'stop of an exited container waits for nothing',
    lines: [
      'docker run -d --name a1 busybox top',
      'docker run -d --name t1 busybox top',
      'docker stop t1',
      'docker stop t1',
      "docker ps --format '{{.Names}} {{.Status}}'",
    ],
    want: [[0, 'a1 Up 14 seconds\n', '']],
    context: 'host',
  },
];

describe('the main process started (daemon/containerLifecycle startContainer)', () => {
  for (const r of STARTS) {
    it(r.id, () => {
      const { steps, session } = replay([...r.lines]);
      const got = steps.slice(steps.length - r.want.length).map((s) => [s.exitCode, s.stdout, s.stderr]);
      assert.deepEqual(got, r.want);
      assert.equal(session.execute('true').context, r.context);
    });
  }

  for (const state of ['removing', 'dead'] as const) {
    it(`start of a ${state} container is refused (daemon/start.go validateState)`, () => {
      const { lab } = replay(['docker create --name c1 busybox top']);
      const c = lab.getContainer('c1');
      c.state = state;
      assert.throws(() => startContainer(lab, c, () => ({ stdout: '', stderr: '', exitCode: 0 })), {
        message: 'container is marked for removal and cannot be started',
      });
    });
  }
});
