// $0, the positional parameters, $#, $@ and $* (POSIX XCU 2.5.1 and 2.5.2; `sh -c command_string
// [command_name [argument...]]` in XCU sh): each row runs a line the way a learner types it.
import * as assert from 'node:assert/strict';
import { last } from './transcript';

const rows: { source: string; lines: string[]; stdout: string }[] = [
  {
    source: 'sh -c: without command_name, $0 is the shell as invoked and there are no parameters',
    lines: ["docker run --rm busybox sh -c 'echo $0 [$1] $#'"],
    stdout: 'sh [] 0\n',
  },
  {
    source: 'sh -c: command_name is $0, the arguments after it $1 ...',
    lines: ["docker run --rm busybox sh -c 'echo $0 $1 $2 $# $@ $*' name a b"],
    stdout: 'name a b 2 a b a b\n',
  },
  {
    source: 'sh -c: $0 keeps the path it was started with',
    lines: ["docker run --rm nginx /bin/bash -c 'echo $0'"],
    stdout: '/bin/bash\n',
  },
  {
    source: 'sh -c: braces reach past $9',
    lines: ["docker run --rm busybox sh -c 'echo ${10} $10' x 1 2 3 4 5 6 7 8 9 ten"],
    stdout: 'ten 10\n',
  },
  {
    source: 'the host shell expands double quotes before docker runs: a login bash is -bash, with no parameters',
    lines: ['docker run --rm busybox sh -c "echo $0 $#"'],
    stdout: '-bash 0\n',
  },
  {
    source: 'docker exec passes the words on: each sh -c has its own parameters',
    lines: ['docker run -d --name box busybox sleep 1000', "docker exec box sh -c 'echo $0-$1' x y"],
    stdout: 'x-y\n',
  },
  {
    source: 'an interactive shell from docker exec -it: $0 is the program exec started',
    lines: ['docker run -d --name box busybox sleep 1000', 'docker exec -it box /bin/sh', 'echo $0 $#'],
    stdout: '/bin/sh 0\n',
  },
  {
    source: "an interactive shell that is the container's main process: $0 is its command",
    lines: ['docker run -it --name box busybox', 'echo $0'],
    stdout: 'sh\n',
  },
  {
    source: 'single quotes on the host keep $1 for the container shell',
    lines: ["sh -c 'echo $1' zero one"],
    stdout: 'one\n',
  },
];

describe('shell parameters ($0, $1 ..., $#, $@, $*)', () => {
  for (const r of rows)
    it(`${r.lines[r.lines.length - 1]} (${r.source})`, () => {
      const step = last(r.lines);
      assert.deepEqual(
        { stdout: step.stdout, stderr: step.stderr, exitCode: step.exitCode },
        {
          stdout: r.stdout,
          stderr: '',
          exitCode: 0,
        },
      );
    });
});
