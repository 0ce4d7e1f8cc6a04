// A CMD-SHELL healthcheck runs `/bin/sh -c TEXT` (moby daemon/health.go, cmdProbe.run): the lab
// runs its list of simple commands as sh does, left to right, with `&&` and `||` binding equally
// (POSIX Shell Command Language 2.9.3, Lists) and `exit` ending the script. The exec form (CMD)
// runs one program; `;`, `&&` and `exit` are only its arguments there.
import * as assert from 'node:assert/strict';
import { probeHealth, type ProbeResult } from '../../src/core/daemon/health';
import { replay } from './transcript';

describe('healthcheck probes: the shell list of CMD-SHELL (daemon/health)', () => {
  const { lab } = replay(['docker run -d --name bb busybox nc -lp 8080']);
  const ROWS: Array<{ test: string[]; timeout?: number; expected: ProbeResult }> = [
    { test: ['CMD-SHELL', 'true; exit 3'], expected: { exitCode: 3, output: '' } },
    { test: ['CMD-SHELL', 'false; true'], expected: { exitCode: 0, output: '' } },
    { test: ['CMD-SHELL', 'true; false'], expected: { exitCode: 1, output: '' } },
    { test: ['CMD-SHELL', 'false; exit'], expected: { exitCode: 1, output: '' } },
    { test: ['CMD-SHELL', 'exit 2; true'], expected: { exitCode: 2, output: '' } },
    { test: ['CMD-SHELL', 'false || true && echo ok'], expected: { exitCode: 0, output: 'ok\n' } },
    { test: ['CMD-SHELL', 'true || false && exit 4'], expected: { exitCode: 4, output: '' } },
    { test: ['CMD-SHELL', 'false && echo never || exit 5'], expected: { exitCode: 5, output: '' } },
    { test: ['CMD-SHELL', 'echo starting && exit 2'], expected: { exitCode: 2, output: 'starting\n' } },
    { test: ['CMD-SHELL', 'true;'], expected: { exitCode: 0, output: '' } },
    {
      test: ['CMD-SHELL', 'curl -f http://localhost:8080/; exit 0'],
      expected: { exitCode: 0, output: '/bin/sh: curl: not found\n' },
    },
    {
      test: ['CMD-SHELL', 'wget -qO- http://127.0.0.1:8080 && echo up'],
      expected: { exitCode: 0, output: 'up\n' },
    },
    { test: ['CMD-SHELL', 'sleep 1; sleep 2'], expected: { exitCode: 0, output: '', duration: 3 } },
    {
      test: ['CMD-SHELL', 'sleep 20; sleep 15; exit 0'],
      expected: { exitCode: -1, output: 'Health check exceeded timeout (30s)', duration: 30 },
    },
    {
      test: ['CMD-SHELL', 'sleep 2 && exit 1'],
      timeout: 5,
      expected: { exitCode: 1, output: '', duration: 2 },
    },
    // An empty command after `;` is not a command: the status stays the last one's.
    { test: ['CMD-SHELL', 'false;'], expected: { exitCode: 1, output: '' } },
    { test: ['CMD-SHELL', 'false ; ; true'], expected: { exitCode: 0, output: '' } },
    // Operators need no blanks around them.
    { test: ['CMD-SHELL', 'true&&exit 4'], expected: { exitCode: 4, output: '' } },
    { test: ['CMD-SHELL', 'false||exit 5'], expected: { exitCode: 5, output: '' } },
    { test: ['CMD-SHELL', 'false ||true'], expected: { exitCode: 0, output: '' } },
    { test: ['CMD-SHELL', 'echo up  and   running'], expected: { exitCode: 0, output: 'up and running\n' } },
    // busybox sleep's fractions and suffixes (libbb/duration.c parse_duration_str).
    { test: ['CMD-SHELL', 'sleep 1.5'], expected: { exitCode: 0, output: '', duration: 1.5 } },
    { test: ['CMD-SHELL', 'sleep 1.25'], expected: { exitCode: 0, output: '', duration: 1.25 } },
    { test: ['CMD-SHELL', 'sleep .25'], expected: { exitCode: 0, output: '', duration: 0.25 } },
    { test: ['CMD-SHELL', 'sleep 2m'], timeout: 300, expected: { exitCode: 0, output: '', duration: 120 } },
    { test: ['CMD-SHELL', 'sleep 1h'], timeout: 7200, expected: { exitCode: 0, output: '', duration: 3600 } },
    {
      test: ['CMD-SHELL', 'sleep 1m'],
      expected: { exitCode: -1, output: 'Health check exceeded timeout (30s)', duration: 30 },
    },
    // A sleep as long as the timeout outlasts it (the process ends after its N seconds, the deadline at them).
    {
      test: ['CMD-SHELL', 'sleep 5'],
      timeout: 5,
      expected: { exitCode: -1, output: 'Health check exceeded timeout (5s)', duration: 5 },
    },
    // The exec form: one program, the rest its arguments.
    { test: ['CMD', 'false', ';', 'exit', '0'], expected: { exitCode: 1, output: '' } },
    { test: ['CMD', 'true', '&&', 'false'], expected: { exitCode: 0, output: '' } },
  ];
  for (const row of ROWS) {
    it(`${JSON.stringify(row.test)} → exit ${row.expected.exitCode}`, () => {
      const h = { test: row.test, interval: 30, ...(row.timeout === undefined ? {} : { timeout: row.timeout }) };
      assert.deepEqual(probeHealth(lab, lab.containerByName('bb')!, h), row.expected);
    });
  }
});
