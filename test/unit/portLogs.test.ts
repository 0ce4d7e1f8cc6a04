// `docker port` (docker/cli container/port.go) and `docker logs`, including the port clash in a shared namespace.
import * as assert from 'node:assert/strict';
import { last, replay } from './transcript';

interface Case {
  id: string;
  lines: string[];
  exitCode?: number;
  stdout?: string;
  /** Lines the output must contain, in this order. */
  stdoutLines?: string[];
  /** Lines stderr must contain, in this order (nginx's error log is /dev/stderr). */
  stderrLines?: string[];
  stderr?: string;
}

const WEB = 'docker run -d --name web -p 8080:80 nginx';

const CASES: Case[] = [
  { id: '-p: both families', lines: [WEB, 'docker port web'], stdout: '80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n' },
  { id: 'one port', lines: [WEB, 'docker port web 80'], stdout: '0.0.0.0:8080\n[::]:8080\n' },
  { id: 'one port with protocol', lines: [WEB, 'docker port web 80/tcp'], stdout: '0.0.0.0:8080\n[::]:8080\n' },
  { id: 'container port form', lines: [WEB, 'docker container port web 80'], stdout: '0.0.0.0:8080\n[::]:8080\n' },
  {
    id: '-P: an ephemeral port',
    lines: ['docker run -d --name ng -P nginx', 'docker port ng'],
    stdout: '80/tcp -> 0.0.0.0:32768\n80/tcp -> [::]:32768\n',
  },
  {
    id: 'a host IP: one binding',
    lines: ['docker run -d --name ng -p 127.0.0.1:9000:80 nginx', 'docker port ng'],
    stdout: '80/tcp -> 127.0.0.1:9000\n',
  },
  {
    id: 'natural order',
    lines: ['docker run -d --name ng -p 8443:443 -p 8080:80 nginx', 'docker port ng'],
    stdout: '80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n443/tcp -> 0.0.0.0:8443\n443/tcp -> [::]:8443\n',
  },
  {
    id: 'udp',
    lines: ['docker run -d --name dn -p 5353:53/udp busybox top', 'docker port dn 53/udp'],
    stdout: '0.0.0.0:5353\n[::]:5353\n',
  },
  {
    id: 'not published',
    lines: [WEB, 'docker port web 81'],
    exitCode: 1,
    stderr: "no public port '81' published for web\n",
  },
  {
    id: 'exposed but not published',
    lines: ['docker run -d --name ng nginx', 'docker port ng 80/tcp'],
    exitCode: 1,
    stderr: "no public port '80/tcp' published for ng\n",
  },
  {
    id: 'host mode publishes nothing',
    lines: ['docker run -d --name hh --net host -p 8080:80 nginx', 'docker port hh'],
    stdout: '',
  },
  { id: 'stopped: nothing', lines: [WEB, 'docker stop web', 'docker port web'], stdout: '' },
  {
    id: 'invalid port',
    lines: [WEB, 'docker port web http'],
    exitCode: 1,
    stderr: "invalid port 'http': invalid syntax\n",
  },
  {
    id: 'missing container',
    lines: ['docker port nosuch'],
    exitCode: 1,
    stderr: 'Error response from daemon: No such container: nosuch\n',
  },
  {
    id: 'no argument',
    lines: ['docker port'],
    exitCode: 1,
    stderr: "docker: 'docker port' requires at least 1 and at most 2 arguments",
  },
];

const CLASH = ['docker run -d --name web1 nginx', 'docker run -d --name web2 --network container:web1 nginx'];

const LOG_CASES: Case[] = [
  {
    id: 'nginx in a shared namespace: bind() fails',
    lines: [...CLASH, 'docker logs web2'],
    stdoutLines: ['/docker-entrypoint.sh: Configuration complete; ready for start up'],
    stderrLines: [
      'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)',
      'nginx: [emerg] still could not bind()',
    ],
  },
  {
    id: 'the first nginx started its workers',
    lines: [...CLASH, 'docker logs web1'],
    stdoutLines: ['/docker-entrypoint.sh: Configuration complete; ready for start up'],
    stderrLines: ['2026/01/01 09:00:01 [notice] 1#1: start worker processes'],
  },
  {
    id: 'container logs form',
    lines: [...CLASH, 'docker container logs web2'],
    stderrLines: ['nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)'],
  },
  {
    id: 'nginx logs each request with the address it sees',
    lines: [
      WEB,
      'docker run --rm busybox wget -q -O /dev/null http://172.17.0.2',
      'curl -s http://localhost:8080',
      'docker logs web',
    ],
    stdoutLines: [
      '172.17.0.3 - - [01/Jan/2026:09:00:02 +0000] "GET / HTTP/1.1" 200 615 "-" "Wget" "-"',
      '172.17.0.1 - - [01/Jan/2026:09:00:03 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/7.88.1" "-"',
    ],
  },
  { id: '--tail 0', lines: [...CLASH, 'docker logs --tail 0 web2'], stdout: '' },
  {
    id: "a one-shot command's output",
    lines: ['docker run --name once busybox echo hello', 'docker logs once'],
    stdout: 'hello\n',
  },
  {
    id: 'missing container',
    lines: ['docker logs nosuch'],
    exitCode: 1,
    stderr: 'Error response from daemon: No such container: nosuch\n',
  },
  { id: 'no argument', lines: ['docker logs'], exitCode: 1, stderr: "docker: 'docker logs' requires 1 argument" },
];

function check(c: Case): void {
  const step = last(c.lines);
  assert.equal(step.exitCode, c.exitCode ?? 0, step.stderr);
  if (c.stdout !== undefined) assert.equal(step.stdout, c.stdout);
  let from = 0;
  for (const line of c.stdoutLines ?? []) {
    const at = step.stdout.indexOf(`${line}\n`, from);
    assert.ok(at >= 0, `missing (in order) ${JSON.stringify(line)} in:\n${step.stdout}`);
    from = at + line.length;
  }
  from = 0;
  for (const line of c.stderrLines ?? []) {
    const at = step.stderr.indexOf(`${line}\n`, from);
    assert.ok(at >= 0, `missing (in order) ${JSON.stringify(line)} in stderr:\n${step.stderr}`);
    from = at + line.length;
  }
  if (c.stderr !== undefined) assert.ok(step.stderr.includes(c.stderr), `stderr was:\n${step.stderr}`);
}

describe('docker port', () => {
  for (const c of CASES) it(c.id, () => check(c));
});

describe('docker logs', () => {
  for (const c of LOG_CASES) it(c.id, () => check(c));

  it('the second nginx exits 1 while the first keeps running', () => {
    const { lab } = replay(CLASH);
    assert.equal(lab.containerByName('web1')!.state, 'running');
    assert.deepEqual([lab.containerByName('web2')!.state, lab.containerByName('web2')!.exitCode], ['exited', 1]);
  });
});
