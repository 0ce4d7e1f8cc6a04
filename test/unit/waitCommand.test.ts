// docker wait / docker container wait: docker/cli cli/command/container/wait.go runWait and moby
// daemon/wait.go ContainerWait (not-running condition); whole outputs asserted.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const SETUP = [
  'docker run --name once busybox sh -c "exit 3"',
  'docker create --name fresh busybox',
  'docker run -d --name live busybox top',
];

describe('docker wait', () => {
  const CASES: Array<{ source: string; lines: string[]; exitCode: number; stdout: string; stderr: string }> = [
    {
      source: 'wait.go runWait: one StatusCode per line; a never-started container is not running, code 0',
      lines: [...SETUP, 'docker wait once fresh'],
      exitCode: 0,
      stdout: '3\n0\n',
      stderr: '',
    },
    {
      source: 'wait.go runWait: the others still answer, the errors are joined at the end',
      lines: [...SETUP, 'docker wait once nope fresh'],
      exitCode: 1,
      stdout: '3\n0\n',
      stderr: 'Error response from daemon: No such container: nope\n',
    },
    {
      source: 'daemon/wait.go: a killed container answers 137 once it has stopped',
      lines: [...SETUP, 'docker kill live', 'docker container wait live'],
      exitCode: 0,
      stdout: '137\n',
      stderr: '',
    },
    {
      source: 'a running container would block: the lab ends the wait as Ctrl+C would (exit 130) and says so',
      lines: [...SETUP, 'docker wait once live fresh'],
      exitCode: 130,
      stdout: '3\n',
      stderr:
        'docker wait: live is running; the lab does not block until it stops, so the wait ends as if interrupted (Ctrl+C)\n',
    },
    {
      source: 'cli/required.go RequiresMinArgs(1)',
      lines: ['docker wait'],
      exitCode: 1,
      stdout: '',
      stderr:
        "docker: 'docker wait' requires at least 1 argument\n\nUsage:  docker wait CONTAINER [CONTAINER...]\n\nSee 'docker wait --help' for more information\n",
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
});
