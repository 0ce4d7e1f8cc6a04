// docker top / docker container top: each row cites the docker/cli or moby function it follows;
// whole outputs asserted (tabwriter minwidth 20, padding 3; the last column unpadded).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';
import { hostPid } from '../../src/core/kernel/processes';

const HEADER =
  'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD\n';
const SETUP = [
  'docker run -d --name web nginx',
  'docker run -dit --name box busybox sh',
  'docker run -d --name db redis',
];
const lab = replay(SETUP).lab;
const id = (name: string) => lab.containerByName(name)!.id;
const row = (uid: string, name: string, tty: string, cmd: string) => {
  const pid = hostPid(id(name));
  return `${uid.padEnd(20)}${String(pid).padEnd(20)}${String(pid - 21).padEnd(20)}${'0'.padEnd(20)}${'09:00'.padEnd(20)}${tty.padEnd(20)}${'00:00:00'.padEnd(20)}${cmd}\n`;
};

describe('docker top', () => {
  const CASES: Array<{ source: string; lines: string[]; exitCode: number; stdout: string; stderr: string }> = [
    {
      source:
        'moby daemon/top_unix.go ContainerTop (ps -ef) + cli top.go runTop; nginx entrypoint script execs its command',
      lines: [...SETUP, 'docker top web'],
      exitCode: 0,
      stdout: HEADER + row('root', 'web', '?', 'nginx -g daemon off;'),
      stderr: '',
    },
    {
      source: 'ps -ef TTY: the container started with -t has a pseudo-terminal',
      lines: [...SETUP, 'docker container top box'],
      exitCode: 0,
      stdout: HEADER + row('root', 'box', 'pts/0', 'sh'),
      stderr: '',
    },
    {
      source:
        'ps -ef UID: the redis image runs redis-server as uid 999 (its Dockerfile useradd -u 999), unknown to the host',
      lines: [...SETUP, 'docker top db'],
      exitCode: 0,
      stdout: HEADER + row('999', 'db', '?', 'redis-server'),
      stderr: '',
    },
    {
      source: 'moby daemon/container/container.go GetRunningTask: container ID is not running',
      lines: [...SETUP, 'docker stop web', 'docker top web'],
      exitCode: 1,
      stdout: '',
      stderr: `Error response from daemon: container ${id('web')} is not running\n`,
    },
    {
      source: 'top_unix.go validatePSArgs: a column renamed to PID other than pid=',
      lines: [...SETUP, 'docker top box -eo user=PID'],
      exitCode: 1,
      stdout: '',
      stderr: 'Error response from daemon: specifying "user=PID" is not allowed\n',
    },
    {
      source: 'daemon GetContainer: No such container',
      lines: ['docker top nope'],
      exitCode: 1,
      stdout: '',
      stderr: 'Error response from daemon: No such container: nope\n',
    },
    {
      source: 'cli/required.go RequiresMinArgs(1)',
      lines: ['docker top'],
      exitCode: 1,
      stdout: '',
      stderr:
        "docker: 'docker top' requires at least 1 argument\n\nUsage:  docker top CONTAINER [ps OPTIONS]\n\nSee 'docker top --help' for more information\n",
    },
  ];
  for (const c of CASES) {
    it(`${c.lines[c.lines.length - 1]} (${c.source})`, () => {
      const { steps } = replay(c.lines);
      const step = steps[steps.length - 1]!;
      assert.deepEqual(
        { exitCode: step.exitCode, stdout: step.stdout, stderr: step.stderr },
        { exitCode: c.exitCode, stdout: c.stdout, stderr: c.stderr },
      );
    });
  }

  it('procps STIME: a process started on an earlier day shows its month and day', () => {
    const { steps } = replay(['docker run -dit --name box busybox sh', 'sleep 90000', 'docker top box']);
    const line = steps[2]!.stdout.split('\n')[1]!;
    assert.equal(line.slice(80, 100), 'Jan01               ');
  });

  it('the PID is the one the host netstat -p shows for the container socket', () => {
    const { steps } = replay(['docker run -d --name web --network host nginx', 'netstat -tlnp', 'docker top web']);
    const pid = hostPid(replay(['docker run -d --name web --network host nginx']).lab.containerByName('web')!.id);
    assert.ok(steps[1]!.stdout.includes(` ${pid}/nginx`), steps[1]!.stdout);
    assert.ok(steps[2]!.stdout.split('\n')[1]!.slice(20, 40).startsWith(String(pid)));
  });
});
