// Healthchecks (src/core/daemon/health.ts): moby daemon/health.go runs the probe every interval,
// counts failures in a row (FailingStreak) and turns unhealthy after Retries of them (3 when unset,
// defaultProbeRetries), keeping the last five results (maxLogEntries). A probe's answer follows the
// tool it runs: a tool the image lacks (the shell's "not found", or the runtime's exec error for the
// exec form), a refused local port (curl's exit 7, busybox wget's exit 1), and `|| exit N`.
import * as assert from 'node:assert/strict';
import { parseDuration, probeHealth } from '../../src/core/daemon/health';
import { replay } from './transcript';

const WGET_REFUSED = "wget: can't connect to remote host (127.0.0.1): Connection refused\n";
const OCI_NO_CURL =
  'OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in $PATH: unknown';

describe('healthchecks (daemon/health)', () => {
  const { lab, steps } = replay([
    'docker run -d --name bb busybox nc -lp 8080',
    'docker run -d --name web nginx',
    'docker run -d --name ub ubuntu sleep 100',
    'docker run -d --name udp busybox nc -lu -p 8081',
  ]);
  it('the probes run in containers that started', () => {
    assert.deepEqual(
      steps.map((s) => s.exitCode),
      [0, 0, 0, 0],
    );
  });

  const PROBES: Array<{ id: string; in: string; test: string[]; exitCode: number; output: string }> = [
    { id: 'true', in: 'bb', test: ['CMD', 'true'], exitCode: 0, output: '' },
    { id: 'an empty shell command', in: 'bb', test: ['CMD-SHELL', ''], exitCode: 0, output: '' },
    { id: 'false', in: 'bb', test: ['CMD-SHELL', 'false'], exitCode: 1, output: '' },
    { id: 'exit N', in: 'bb', test: ['CMD-SHELL', 'exit 3'], exitCode: 3, output: '' },
    { id: 'exit 256 wraps to 0 (a byte)', in: 'bb', test: ['CMD-SHELL', 'exit 256'], exitCode: 0, output: '' },
    {
      id: "curl in busybox: ash's not found, then || exit 1",
      in: 'bb',
      test: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
      exitCode: 1,
      output: '/bin/sh: curl: not found\n',
    },
    {
      id: 'curl in busybox, exec form: the runtime cannot start it',
      in: 'bb',
      test: ['CMD', 'curl', '-f', 'http://localhost'],
      exitCode: -1,
      output: OCI_NO_CURL,
    },
    {
      id: "ping in ubuntu: dash's not found, with the line number",
      in: 'ub',
      test: ['CMD-SHELL', 'ping -c1 localhost'],
      exitCode: 127,
      output: '/bin/sh: 1: ping: not found\n',
    },
    {
      id: 'wget to the port nc listens on',
      in: 'bb',
      test: ['CMD-SHELL', 'wget -qO- http://127.0.0.1:8080'],
      exitCode: 0,
      output: '',
    },
    {
      id: 'wget -q to a closed port: only the error, then || exit 2',
      in: 'bb',
      test: ['CMD-SHELL', 'wget -qO- http://127.0.0.1:8081 || exit 2'],
      exitCode: 2,
      output: WGET_REFUSED,
    },
    {
      id: 'wget without -q to a closed port: its Connecting line first',
      in: 'bb',
      test: ['CMD-SHELL', 'wget -O /dev/null http://localhost:8081/health'],
      exitCode: 1,
      output: `Connecting to localhost:8081 (127.0.0.1:8081)\n${WGET_REFUSED}`,
    },
    {
      id: 'a program by its path',
      in: 'bb',
      test: ['CMD', '/bin/wget', '-q', 'http://localhost:8080/health'],
      exitCode: 0,
      output: '',
    },
    {
      id: 'nc -z to the port nc listens on',
      in: 'bb',
      test: ['CMD-SHELL', 'nc -z localhost 8080'],
      exitCode: 0,
      output: '',
    },
    { id: 'nc -z to a closed local port', in: 'bb', test: ['CMD-SHELL', 'nc -z 127.0.0.1 9'], exitCode: 1, output: '' },
    {
      id: 'curl to nginx on 80',
      in: 'web',
      test: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
      exitCode: 0,
      output: '',
    },
    {
      id: 'curl https://localhost is port 443, where nginx does not listen',
      in: 'web',
      test: ['CMD-SHELL', 'curl -f https://localhost/'],
      exitCode: 7,
      output: "curl: (7) Failed to connect to localhost port 443 after 0 ms: Couldn't connect to server\n",
    },
    {
      id: 'curl to a closed port: && does not rescue it',
      in: 'web',
      test: ['CMD-SHELL', 'curl -f http://localhost:8080/ && echo ok'],
      exitCode: 7,
      output: "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n",
    },
    // Only a local address is checked against the container's listeners; a probe of another host
    // passes (the lab has no remote servers to refuse it).
    { id: 'nc -z to another host', in: 'bb', test: ['CMD-SHELL', 'nc -z db 9'], exitCode: 0, output: '' },
    {
      id: 'nc -z to a name that only ends in localhost',
      in: 'bb',
      test: ['CMD-SHELL', 'nc -z mylocalhost 9'],
      exitCode: 0,
      output: '',
    },
    {
      id: 'nc -z to a name that only starts with localhost',
      in: 'bb',
      test: ['CMD-SHELL', 'nc -z localhost2 9'],
      exitCode: 0,
      output: '',
    },
    {
      id: 'curl to a host whose name contains localhost',
      in: 'web',
      test: ['CMD-SHELL', 'curl -f http://notlocalhost:8081/'],
      exitCode: 0,
      output: '',
    },
    {
      id: 'wget without a scheme is http to the local port (busybox wget.c parse_url)',
      in: 'bb',
      test: ['CMD-SHELL', 'wget -q localhost:8081'],
      exitCode: 1,
      output: WGET_REFUSED,
    },
    {
      id: 'wget --quiet to a closed port: only the error',
      in: 'bb',
      test: ['CMD-SHELL', 'wget --quiet http://localhost:8081'],
      exitCode: 1,
      output: WGET_REFUSED,
    },
    {
      id: 'wget -sq: q among other short options is quiet',
      in: 'bb',
      test: ['CMD-SHELL', 'wget -sq http://localhost:8081'],
      exitCode: 1,
      output: WGET_REFUSED,
    },
    {
      id: 'wget: a -q inside the URL is not the option',
      in: 'bb',
      test: ['CMD-SHELL', 'wget -O /dev/null http://localhost:8081/api-query'],
      exitCode: 1,
      output: `Connecting to localhost:8081 (127.0.0.1:8081)\n${WGET_REFUSED}`,
    },
    {
      id: 'a program by its full path, to a closed port',
      in: 'bb',
      test: ['CMD-SHELL', '/usr/bin/wget -q http://localhost:8081'],
      exitCode: 1,
      output: WGET_REFUSED,
    },
    {
      id: 'nc -z (TCP) to a port only a UDP socket holds is refused',
      in: 'udp',
      test: ['CMD-SHELL', 'nc -z localhost 8081'],
      exitCode: 1,
      output: '',
    },
    {
      id: 'sleep with what is not a number: busybox sleep dies (xatoul_sfx)',
      in: 'bb',
      test: ['CMD-SHELL', 'sleep 5x'],
      exitCode: 1,
      output: "sleep: invalid number '5x'\n",
    },
    {
      id: 'sleep with a number after other text',
      in: 'bb',
      test: ['CMD-SHELL', 'sleep x5 || exit 3'],
      exitCode: 3,
      output: "sleep: invalid number 'x5'\n",
    },
  ];
  for (const p of PROBES) {
    it(`probe in ${p.in}: ${p.id}`, () => {
      assert.deepEqual(probeHealth(lab, lab.containerByName(p.in)!, { test: p.test, interval: 30 }), {
        exitCode: p.exitCode,
        output: p.output,
      });
    });
  }

  // health.go: unhealthy once FailingStreak reaches Retries (docker run --health-retries; 0 means 3).
  const RETRIES: Array<{ flag: string; after: Array<[number, string]> }> = [
    {
      flag: '',
      after: [
        [0, 'starting 0 0'],
        [10, 'starting 1 1'],
        [20, 'starting 2 2'],
        [30, 'unhealthy 3 3'],
      ],
    },
    {
      flag: '--health-retries 1',
      after: [
        [0, 'starting 0 0'],
        [10, 'unhealthy 1 1'],
      ],
    },
    {
      flag: '--health-retries 2',
      after: [
        [10, 'starting 1 1'],
        [20, 'unhealthy 2 2'],
      ],
    },
    {
      flag: '--health-retries 0',
      after: [
        [20, 'starting 2 2'],
        [30, 'unhealthy 3 3'],
      ],
    },
    {
      flag: '--health-retries 5',
      after: [
        [40, 'starting 4 4'],
        [50, 'unhealthy 5 5'],
        [70, 'unhealthy 7 5'],
      ],
    },
  ];
  for (const r of RETRIES) {
    it(`a failing check with ${r.flag || 'no --health-retries'}: status, streak and log length over time`, () => {
      const lines = [`docker run -d --name hc --health-cmd false --health-interval 10s ${r.flag} busybox top`];
      let clock = 0;
      for (const [at] of r.after) {
        if (at > clock) lines.push(`sleep ${at - clock}`);
        clock = at;
        lines.push(
          "docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' hc",
        );
      }
      const out = replay(lines)
        .steps.filter((s) => s.command.startsWith('docker inspect'))
        .map((s) => s.stdout);
      assert.deepEqual(
        out,
        r.after.map(([, want]) => `${want}\n`),
      );
    });
  }

  it('a passing check is healthy from its first probe, and its streak stays 0', () => {
    const { steps: s } = replay([
      'docker run -d --name ok --health-cmd "nc -z localhost 8081" --health-interval 5s busybox nc -lp 8081',
      "docker inspect -f '{{.State.Health.Status}}' ok",
      'sleep 5',
      "docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' ok",
      "docker ps --format '{{.Names}} {{.Status}}'",
    ]);
    assert.deepEqual([s[1]!.stdout, s[3]!.stdout], ['starting\n', 'healthy 0 1\n']);
    // Each command moves the lab's clock on a little: the uptime is not asserted to the second.
    assert.match(s[4]!.stdout, /^ok Up \d+ seconds \(healthy\)\n$/);
  });

  // Go's time.ParseDuration units, as the --health-* flags and compose's healthcheck durations take them.
  const DURATIONS: Array<[string, number | undefined]> = [
    ['30s', 30],
    ['1m30s', 90],
    ['1h', 3600],
    ['1.5h', 5400],
    ['500ms', 0.5],
    ['250us', 0.00025],
    ['1000000ns', 0.001],
    ['2m3s4ms', 123.004],
    ['10', undefined],
    ['1d', undefined],
    ['5s3', undefined],
    ['', undefined],
    ['s', undefined],
    // A zero setting is allowed (it means the default); a negative one is not a duration the flags take.
    ['0s', 0],
    ['-5s', undefined],
  ];
  for (const [text, want] of DURATIONS) {
    it(`parseDuration(${JSON.stringify(text)})`, () => {
      const got = parseDuration(text);
      if (want === undefined) assert.equal(got, undefined);
      else assert.ok(got !== undefined && Math.abs(got - want) < 1e-9, `${got}`);
    });
  }
});
