// `docker logs` as docker/cli's runLogs and the daemon answer it: each stream to its own (stdcopy.StdCopy), one
// stream for a TTY container, the last N lines then since/until (daemon/logs.go), timestamps and --details prefixes
// (server/httputils/write_log_stream.go), and the client's reading of --since (client/internal/timestamp).
import * as assert from 'node:assert/strict';
import { parseLogTime } from '../../src/commandLine/docker/commands/logTime';
import { replay } from './transcript';

const ENTRYPOINT_FIRST =
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n';
const NOTICE_LAST = ' [notice] 1#1: start worker process 29\n';

const CASES: Array<{
  source: string;
  lines: string[];
  check: (out: { stdout: string; stderr: string; exitCode: number }) => void;
}> = [
  {
    source: "cli logs.go runLogs: StdCopy puts nginx's entrypoint lines (stdout) and error log (/dev/stderr) apart",
    lines: ['docker run -d --name web nginx', 'docker logs web'],
    check: (o) => {
      assert.ok(o.stdout.startsWith(ENTRYPOINT_FIRST), o.stdout);
      assert.ok(!o.stdout.includes('[notice]'), o.stdout);
      assert.ok(o.stderr.endsWith(NOTICE_LAST), o.stderr);
      assert.ok(!o.stderr.includes('docker-entrypoint'), o.stderr);
      assert.equal(o.stdout.split('\n').length - 1 + o.stderr.split('\n').length - 1, 16);
    },
  },
  {
    source: 'client ContainerLogs: a TTY container has a single stream, stdout',
    lines: ['docker run -dt --name web nginx', 'docker logs web'],
    check: (o) => {
      assert.equal(o.stderr, '');
      assert.ok(o.stdout.startsWith(ENTRYPOINT_FIRST) && o.stdout.endsWith(NOTICE_LAST), o.stdout);
    },
  },
  {
    source: "busybox sh: a one-shot's echo and echo >&2 keep their streams",
    lines: ["docker run --name oo busybox sh -c 'echo out; echo err >&2'", 'docker logs oo'],
    check: (o) => assert.deepEqual(o, { stdout: 'out\n', stderr: 'err\n', exitCode: 0 }),
  },
  {
    source: 'nginx access log /dev/stdout, open() failed on the error log /dev/stderr',
    lines: [
      'docker run -d --name web nginx',
      'docker run --rm busybox wget -q http://172.17.0.2/nope',
      'docker logs --tail 2 web',
    ],
    check: (o) => {
      assert.match(o.stdout, /^172\.17\.0\.3 - - \[01\/Jan\/2026:09:00:\d\d \+0000\] "GET \/nope HTTP\/1\.1" 404 153 /);
      assert.match(
        o.stderr,
        /^2026\/01\/01 09:00:\d\d \[error\] 29#29: \*1 open\(\) "\/usr\/share\/nginx\/html\/nope"/,
      );
    },
  },
  {
    source: 'daemon/logs.go: --tail 0 is no line; strconv.Atoi failing (all, -1) is every line',
    lines: ['docker run -d --name web nginx', 'docker logs -n 0 web', 'docker logs -n x web'],
    check: (o) => assert.ok(o.stdout.startsWith(ENTRYPOINT_FIRST) && o.stderr.endsWith(NOTICE_LAST)),
  },
  {
    source: 'write_log_stream.go: -t prefixes RFC3339NanoFixed (nine digits) and a space',
    lines: ["docker run --name oo busybox sh -c 'echo out'", 'docker logs -t oo'],
    check: (o) => assert.match(o.stdout, /^2026-01-01T09:00:0\d\.\d{9}Z out\n$/),
  },
  {
    source: 'write_log_stream.go: --details adds the (empty) attributes and a space',
    lines: ["docker run --name oo busybox sh -c 'echo out'", 'docker logs --details oo'],
    check: (o) => assert.equal(o.stdout, ' out\n'),
  },
  {
    source: 'logger ReadConfig Since: lines written before it are left out',
    lines: [
      "docker run --name oo busybox sh -c 'echo early'",
      'sleep 60',
      'docker start oo',
      'docker logs --since 30s oo',
    ],
    check: (o) => assert.equal(o.stdout, 'early\n'),
  },
  {
    source: 'logger ReadConfig Until: lines written from then on are left out',
    lines: [
      "docker run --name oo busybox sh -c 'echo once'",
      'sleep 60',
      'docker start oo',
      'docker logs --until 30s oo',
    ],
    check: (o) => assert.equal(o.stdout, 'once\n'),
  },
  {
    source: 'client ContainerLogs: invalid value for "since" in the client\'s words',
    lines: ['docker run -d --name web nginx', 'docker logs --since yesterday web'],
    check: (o) =>
      assert.deepEqual(o, {
        stdout: '',
        stderr: 'invalid value for "since": failed to parse value as time or duration: "yesterday"\n',
        exitCode: 1,
      }),
  },
];

describe('docker logs: streams, tail, timestamps, since/until (docker/cli logs.go, moby daemon/logs.go)', () => {
  for (const c of CASES) {
    it(c.source, () => {
      const { steps } = replay(c.lines);
      const step = steps[steps.length - 1]!;
      c.check({ stdout: step.stdout, stderr: step.stderr, exitCode: step.exitCode });
    });
  }

  it('-n 0 prints nothing on either stream', () => {
    const { steps } = replay(['docker run -d --name web nginx', 'docker logs -n 0 web']);
    assert.deepEqual([steps[1]!.stdout, steps[1]!.stderr], ['', '']);
  });
});

describe('--since/--until values (moby client/internal/timestamp GetTimestamp)', () => {
  const NOW = Date.UTC(2026, 0, 1, 9, 0, 0) / 1000;
  const ROWS: Array<[string, { seconds: number } | { error: string }]> = [
    ['10m', { seconds: NOW - 600 }],
    ['1h30m', { seconds: NOW - 5400 }],
    ['2026-01-01T08:00:00Z', { seconds: NOW - 3600 }],
    ['2026-01-01T08:00:00+01:00', { seconds: NOW - 7200 }],
    ['2026-01-01', { seconds: NOW - 9 * 3600 }],
    ['2026-01-01T08', { seconds: NOW - 3600 }],
    ['1767254400', { seconds: 1767254400 }],
    ['1767254400.5', { seconds: 1767254400.5 }],
    ['0', { seconds: 0 }],
    ['soon', { error: 'failed to parse value as time or duration: "soon"' }],
  ];
  for (const [value, want] of ROWS) {
    it(`${value}`, () => assert.deepEqual(parseLogTime(value, NOW), want));
  }
});
