// grep in the lab's pipelines, as busybox grep and GNU grep read their patterns: a basic regular
// expression without -E (`|`, `+`, `?`, `(`, `)`, `{`, `}` plain, their backslashed forms the
// operators, as glibc's regcomp reads a BRE), an extended one with -E, a fixed string with -F;
// -o prints each match on its own line (busybox findutils/grep.c, OPT_o), -c counts lines.
import * as assert from 'node:assert/strict';
import { basicToJs } from '../../src/commandLine/shell/grepPattern';
import { replay } from './transcript';

const SETUP = ['docker create --name a1 busybox', 'docker create --name b2 busybox', 'docker create --name a3 busybox'];

describe('grep (busybox findutils/grep.c, POSIX regcomp)', () => {
  const ROWS: Array<{ line: string; stdout: string; exitCode: number }> = [
    { line: 'echo hello world | grep -o wor', stdout: 'wor\n', exitCode: 0 },
    { line: "echo 'web db web' | grep -o 'web\\|db'", stdout: 'web\ndb\nweb\n', exitCode: 0 },
    { line: "echo 'a|b' | grep 'a|b'", stdout: 'a|b\n', exitCode: 0 },
    { line: "echo ab | grep 'a|b'", stdout: '', exitCode: 1 },
    { line: "echo ab | grep -E 'a|b'", stdout: 'ab\n', exitCode: 0 },
    { line: "echo ab | grep -Eo 'a|b'", stdout: 'a\nb\n', exitCode: 0 },
    { line: "echo 'aaa b' | grep -o 'a\\+'", stdout: 'aaa\n', exitCode: 0 },
    { line: "echo 'a+' | grep 'a+'", stdout: 'a+\n', exitCode: 0 },
    { line: "echo 'x.y.z' | grep -Fo .", stdout: '.\n.\n', exitCode: 0 },
    { line: 'echo HELLO | grep -io hel', stdout: 'HEL\n', exitCode: 0 },
    // Names newest first: a3, b2, a1.
    { line: "docker ps -a --format '{{.Names}}' | grep -c a", stdout: '2\n', exitCode: 0 },
    // -ov selects b2 but has no match to print (GNU grep.c print_line_middle; busybox emulates it).
    { line: "docker ps -a --format '{{.Names}}' | grep -vo a", stdout: '', exitCode: 0 },
    { line: "docker ps -a --format '{{.Names}}' | grep -o '[0-9]'", stdout: '3\n2\n1\n', exitCode: 0 },
  ];
  for (const row of ROWS) {
    it(row.line, () => {
      const { steps } = replay([...SETUP, row.line]);
      const last = steps[SETUP.length]!;
      assert.deepEqual(
        { stdout: last.stdout, exitCode: last.exitCode },
        { stdout: row.stdout, exitCode: row.exitCode },
      );
    });
  }

  it('basicToJs swaps the escaping of the BRE-literal characters only', () => {
    assert.equal(basicToJs('web\\|db'), 'web|db');
    assert.equal(basicToJs('a|b(c)+?{1}'), 'a\\|b\\(c\\)\\+\\?\\{1\\}');
    assert.equal(basicToJs('\\(ab\\)\\{2\\}'), '(ab){2}');
    assert.equal(basicToJs('1\\.2\\.3'), '1\\.2\\.3');
  });
});
