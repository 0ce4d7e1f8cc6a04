// echo and printf as each shell has them: bash (builtins/echo.def, builtins/printf.def), coreutils
// 9.1 /bin/echo and /bin/printf when no shell runs them, dash 0.5.12 (src/bltin/printf.c: echocmd
// and printfcmd) and busybox 1.37 (coreutils/echo.c, coreutils/printf.c). Whole outputs.
import * as assert from 'node:assert/strict';
import { last } from './transcript';

const rows: { source: string; line: string; before?: string[]; stdout: string; stderr?: string; exitCode?: number }[] =
  [
    { source: 'bash echo: no escapes without -e', line: 'echo "a\\tb"', stdout: 'a\\tb\n' },
    { source: 'bash echo -e', line: 'echo -e "a\\tb\\x41\\0101"', stdout: 'a\tbAA\n' },
    { source: 'bash echo: -n and -e together', line: 'echo -ne "x\\n"', stdout: 'x\n' },
    { source: 'bash echo -e: \\c ends the output, newline too', line: 'echo -e "a\\cb"', stdout: 'a' },
    { source: 'bash echo: -E turns escapes off again', line: 'echo -e -E "a\\tb"', stdout: 'a\\tb\n' },
    { source: 'bash echo: a word that is not all option letters is printed', line: 'echo -x y', stdout: '-x y\n' },
    {
      source: 'dash echo: always escapes, and -e is a word',
      before: ['docker run -d --name db redis'],
      line: `docker exec db sh -c 'echo -e "a\\tb"'`,
      stdout: '-e a\tb\n',
    },
    {
      source: 'bash in a Debian container: the bash builtin',
      before: ['docker run -d --name db redis'],
      line: `docker exec db bash -c 'echo "a\\tb"'`,
      stdout: 'a\\tb\n',
    },
    {
      source: 'coreutils /bin/echo without a shell: -e as bash',
      before: ['docker run -d --name db redis'],
      line: 'docker exec db echo -e "a\\tb"',
      stdout: 'a\tb\n',
    },
    {
      source: 'busybox echo: escapes only with -e',
      before: ['docker run -d --name bb busybox sleep 1000'],
      line: `docker exec bb sh -c 'echo "a\\tb"; echo -e "a\\tb"'`,
      stdout: 'a\\tb\na\tb\n',
    },
    {
      source: 'printf: flags, width, precision and each conversion',
      line: 'printf "%s-%d|%5s|%-5s|%05d|%x|%#X|%o|%.2f|%e|%g|%c|%+d|%%\\n" a 5 r l 42 255 255 8 3.14159 1234.5 0.0001 xyz 7',
      stdout: 'a-5|    r|l    |00042|ff|0XFF|10|3.14|1.234500e+03|0.0001|x|+7|%\n',
    },
    {
      source: 'printf: the format is reused for the remaining arguments',
      line: 'printf "%s=%s\\n" a 1 b',
      stdout: 'a=1\nb=\n',
    },
    { source: "printf: a leading quote is the character's code", line: `printf "%d\\n" "'A"`, stdout: '65\n' },
    { source: 'printf: hexadecimal and octal operands', line: 'printf "%d %d\\n" 0x10 010', stdout: '16 8\n' },
    { source: 'printf: %*d takes its width from an operand', line: 'printf "[%*d]\\n" 4 7', stdout: '[   7]\n' },
    {
      source: 'printf %b reads escapes in its operand, \\c stops everything',
      line: 'printf "%b|%s\\n" "x\\ty\\c" z',
      stdout: 'x\ty',
    },
    { source: 'printf: \\NNN in the format is octal', line: 'printf "\\101\\n"', stdout: 'A\n' },
    {
      source: 'bash printf: a bad number is reported, 0 printed, status 1 (printf.def getintmax, sh_invalidnum)',
      line: 'printf "%d\\n" abc',
      stdout: '0\n',
      stderr: '-bash: printf: abc: invalid number\n',
      exitCode: 1,
    },
    {
      source: 'bash printf without a format (builtin_usage)',
      line: 'printf',
      stdout: '',
      stderr: 'printf: usage: printf [-v var] format [arguments]\n',
      exitCode: 2,
    },
    {
      source: 'busybox printf: multiconvert, "invalid number"',
      before: ['docker run -d --name bb busybox sleep 1000'],
      line: 'docker exec bb printf "%d\\n" zz',
      stdout: '0\n',
      stderr: "printf: invalid number 'zz'\n",
      exitCode: 1,
    },
    {
      source: 'coreutils printf: quote() around the operand',
      before: ['docker run -d --name db redis'],
      line: 'docker exec db printf "%d\\n" zz',
      stdout: '0\n',
      stderr: "printf: 'zz': expected a numeric value\n",
      exitCode: 1,
    },
    {
      source: 'bash -c with a name: builtin_error_prolog adds the line',
      before: ['docker run -d --name db redis'],
      line: `docker exec db bash -c 'printf "%d\\n" zz' me`,
      stdout: '0\n',
      stderr: 'me: line 1: printf: zz: invalid number\n',
      exitCode: 1,
    },
    {
      source: 'printf feeds a pipe: a raw HTTP request is 18 bytes',
      line: "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | wc -c",
      stdout: '18\n',
    },
  ];

describe('echo and printf', () => {
  for (const r of rows)
    it(`${r.line} (${r.source})`, () => {
      const step = last([...(r.before ?? []), r.line]);
      assert.deepEqual(
        { stdout: step.stdout, stderr: step.stderr, exitCode: step.exitCode },
        { stdout: r.stdout, stderr: r.stderr ?? '', exitCode: r.exitCode ?? 0 },
      );
    });
});
