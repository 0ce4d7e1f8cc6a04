// "command not found" in each shell's words, named by its $0: bash (interactive, and `bash -c`,
// which adds the line: bash execute_cmd.c / error.c), dash (`sh: 1:`, dash src/exec.c and
// error.c), busybox ash (shell/ash.c), and the host's login bash.
import * as assert from 'node:assert/strict';
import { last } from './transcript';

const rows: { source: string; lines: string[]; stderr: string }[] = [
  { source: "the host's login shell", lines: ['nosuch'], stderr: '-bash: nosuch: command not found\n' },
  {
    source: "the host's sh is bash, so -c adds the line",
    lines: ["sh -c 'nosuch'"],
    stderr: 'sh: line 1: nosuch: command not found\n',
  },
  {
    source: 'interactive bash in a Debian container',
    lines: ['docker run -d --name db redis', 'docker exec -it db bash', 'nosuch'],
    stderr: 'bash: nosuch: command not found\n',
  },
  {
    source: 'interactive dash in a Debian container',
    lines: ['docker run -d --name db redis', 'docker exec -it db sh', 'nosuch'],
    stderr: 'sh: 1: nosuch: not found\n',
  },
  {
    source: 'bash -c in a container: named bash, without the line (measured on bash 5.2.15)',
    lines: ['docker run -d --name db redis', 'docker exec db bash -c nosuch'],
    stderr: 'bash: nosuch: command not found\n',
  },
  {
    source: 'bash -c with another $0: error.c error_prolog adds the line',
    lines: ['docker run -d --name db redis', 'docker exec db /bin/bash -c nosuch'],
    stderr: '/bin/bash: line 1: nosuch: command not found\n',
  },
  {
    source: 'dash -c names itself by $0',
    lines: ['docker run -d --name db redis', 'docker exec db sh -c nosuch me'],
    stderr: 'me: 1: nosuch: not found\n',
  },
  {
    source: 'busybox ash -c',
    lines: ['docker run -d --name bb busybox sleep 1000', 'docker exec bb sh -c nosuch'],
    stderr: 'sh: nosuch: not found\n',
  },
  {
    source: 'docker exec -it of a shell the image lacks fails as any missing program (runc exec)',
    lines: ['docker run -d --name bb busybox sleep 1000', 'docker exec -it bb bash'],
    stderr:
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n',
  },
];

describe('command not found, as each shell words it', () => {
  for (const r of rows)
    it(`${r.lines[r.lines.length - 1]} (${r.source})`, () => {
      const step = last(r.lines);
      assert.equal(step.stderr, r.stderr);
      assert.equal(step.exitCode, 127);
    });
});
