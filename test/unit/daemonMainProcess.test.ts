// What a container's main process does once started (src/core/daemon/mainProcess.ts), seen with
// `docker inspect` and netstat: an image's server, a one-shot printer, a shell that ends without a
// terminal, a program that idles, busybox `nc -l` listening on its port (busybox networking/nc.c:
// -l, -p PORT, -u, or the port as the last argument; one [::] socket, nc_bloaty.c xsocket_type AF_UNSPEC), or a
// command that runs and exits.
import * as assert from 'node:assert/strict';
import { type MainProcess, ncListenPort, planMainProcess } from '../../src/core/daemon/mainProcess';
import { replay } from './transcript';

interface Row {
  id: string;
  run: string;
  /** docker inspect's State.Status and State.ExitCode. */
  state: string;
  /** What `netstat -tuln` lists in the container's namespace, as `proto address`, when it runs. */
  listens?: string[];
}

const ROWS: Row[] = [
  { id: 'nc -lp PORT', run: 'busybox nc -lp 8080', state: 'running 0', listens: ['tcp :::8080'] },
  { id: 'nc -l -p PORT', run: 'busybox nc -l -p 8081', state: 'running 0', listens: ['tcp :::8081'] },
  { id: 'nc -lu -p PORT: UDP', run: 'busybox nc -lu -p 53', state: 'running 0', listens: ['udp :::53'] },
  {
    id: 'nc -l PORT: the port as an argument',
    run: 'busybox nc -l 8082',
    state: 'running 0',
    listens: ['tcp :::8082'],
  },
  { id: 'busybox nc -lp PORT', run: 'busybox busybox nc -lp 8083', state: 'running 0', listens: ['tcp :::8083'] },
  { id: '/bin/nc -lp PORT', run: 'busybox /bin/nc -lp 8084', state: 'running 0', listens: ['tcp :::8084'] },
  { id: 'nc -p PORT without -l: no host to connect to', run: 'busybox nc -p 8085', state: 'exited 1' },
  { id: 'nc --listen: busybox has no long options', run: 'busybox nc --listen 8086', state: 'exited 1' },
  { id: 'nc -lp with a port that is not a number', run: 'busybox nc -lp abc', state: 'exited 1' },
  { id: 'cat FILE prints and ends', run: 'busybox cat /etc/hosts', state: 'exited 0' },
  { id: 'cat without a file waits on stdin', run: 'busybox cat', state: 'running 0', listens: [] },
  { id: 'tail FILE prints and ends', run: 'busybox tail /etc/hosts', state: 'exited 0' },
  { id: 'tail -f idles', run: 'busybox tail -f /dev/null', state: 'running 0', listens: [] },
  { id: '/bin/sleep idles', run: 'busybox /bin/sleep 100', state: 'running 0', listens: [] },
  { id: 'sh -c runs its command and ends', run: "busybox sh -c 'echo hi'", state: 'exited 0' },
  { id: 'sh without a terminal ends at once', run: 'busybox sh', state: 'exited 0' },
  {
    id: "an image's server with its default command",
    run: 'nginx',
    state: 'running 0',
    // default.conf's `listen 80;` and `listen [::]:80;` (nginx 10-listen-on-ipv6-by-default.sh).
    listens: ['tcp 0.0.0.0:80', 'tcp :::80'],
  },
  {
    id: "an image's server started by name with arguments",
    run: "nginx nginx -g 'daemon off;'",
    state: 'running 0',
    listens: ['tcp 0.0.0.0:80', 'tcp :::80'],
  },
  { id: 'a server image running another program', run: 'nginx sleep 10', state: 'running 0', listens: [] },
  { id: 'a one-shot image prints and ends', run: 'hello-world', state: 'exited 0' },
  { id: "a shell image's default command without a terminal", run: 'ubuntu', state: 'exited 0' },
];

describe("a container's main process (daemon/mainProcess)", () => {
  for (const r of ROWS) {
    it(`docker run -d ${r.run}: ${r.id}`, () => {
      const { steps } = replay([
        `docker run -d --name main ${r.run}`,
        "docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' main",
        // busybox's netstat in the namespace: not every image ships one.
        'docker run --rm --network container:main busybox netstat -tuln',
      ]);
      assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
      assert.equal(steps[1]!.stdout, `${r.state}\n`);
      if (r.listens) {
        const rows = steps[2]!.stdout
          .split('\n')
          .slice(2)
          .filter((l) => l !== '')
          .map((l) => l.split(/\s+/))
          .map((w) => `${w[0]} ${w[3]}`);
        assert.deepEqual(rows, r.listens);
      }
    });
  }
});

// busybox networking/nc.c (nc_main, getopt32 "lp:u..."): -p takes the next argument whatever its
// place; without -p, the first bare number after -l is the port; busybox's applet name may come
// after "busybox" only as "nc".
const NC: [string, readonly string[], { port: number; proto: 'tcp' | 'udp' } | undefined][] = [
  ['not nc at all', ['sleep', '-lp', '80'], undefined],
  ['busybox running another applet', ['busybox', 'sh', '-lp', '80'], undefined],
  ['-p before -l', ['nc', '-p', '80', '-l'], { port: 80, proto: 'tcp' }],
  ['a number before -l is not the port', ['nc', '80', '-l'], undefined],
  ['the first number after -l is the port', ['nc', '-l', '80', '90'], { port: 80, proto: 'tcp' }],
  ['-p wins over a later number', ['nc', '-lp', '80', '90'], { port: 80, proto: 'tcp' }],
  ['a word ending in digits is not the port', ['nc', '-l', 'x80', '90'], { port: 90, proto: 'tcp' }],
  ['a word starting with digits is not the port', ['nc', '-l', '80x', '90'], { port: 90, proto: 'tcp' }],
  ['busybox nc -lu -p', ['busybox', 'nc', '-lu', '-p', '53'], { port: 53, proto: 'udp' }],
];

describe('the port busybox nc -l binds (daemon/mainProcess ncListenPort)', () => {
  for (const [id, argv, want] of NC) it(`${argv.join(' ')}: ${id}`, () => assert.deepEqual(ncListenPort(argv), want));
});

// The plan read from the command and image, as planMainProcess gives it (the program is what the
// listener and netstat -p show). An empty cmd (moby daemon/create.go: an image without CMD and none
// given) is set on the container directly: the lab's catalogue gives every image a CMD.
const PLANS: [string, string, string[], MainProcess | 'service' | 'print'][] = [
  ['a server image without a command runs its server', 'nginx', [], 'service'],
  ['a one-shot image without a command prints', 'hello-world', [], 'print'],
  ['a one-shot image with its own command prints', 'hello-world', ['/hello'], 'print'],
  [
    'a one-shot image with another command runs it',
    'hello-world',
    ['/hello', 'x'],
    { kind: 'oneshot', argv: ['/hello', 'x'] },
  ],
  [
    'split words are not the one-shot command',
    'hello-world',
    ['/hel', 'lo'],
    { kind: 'oneshot', argv: ['/hel', 'lo'] },
  ],
  ['a shell image without a command runs sh', 'busybox', [], { kind: 'shell', program: 'sh' }],
  ['an unknown image without a command idles', 'example/app', [], { kind: 'idle', program: 'app' }],
  ["a shell image's own command is its shell", 'node', ['node'], { kind: 'shell', program: 'node' }],
  ['split words are not the shell command', 'ubuntu', ['/bin/', 'bash'], { kind: 'oneshot', argv: ['/bin/', 'bash'] }],
  ['nc -l listens as nc', 'busybox', ['nc', '-lp', '80'], { kind: 'listen', program: 'nc', port: 80, proto: 'tcp' }],
];

describe('the main process planned (daemon/mainProcess planMainProcess)', () => {
  for (const [id, image, cmd, want] of PLANS) {
    it(`${image} ${cmd.join(' ')}: ${id}`, () => {
      const { lab } = replay(['docker create --name main busybox']);
      const c = lab.getContainer('main');
      c.image = image;
      c.cmd = cmd;
      const plan = planMainProcess(c);
      if (typeof want === 'string') assert.equal(plan.kind, want);
      else assert.deepEqual(plan, want);
    });
  }
});
