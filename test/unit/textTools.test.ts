// The lab's text filters through a real session, each row citing the source it follows: GNU grep 3.8
// (src/grep.c) and coreutils 9.1 (src/wc.c, sort.c, head.c, tail.c, uniq.c, cut.c, tr.c) on the host
// and in Debian images (nginx), busybox 1.37 (findutils/grep.c, coreutils/*.c) in busybox images.
// The host rows were checked byte for byte against grep 3.8 and coreutils 9.1 run with LC_ALL=C.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const SETUP = ['docker run -d --name bb busybox top', 'docker run -d --name web nginx'];
/** Ten lines: a1 b a2 c d a3 e f g a4. */
const TEN = "echo 'a1 b a2 c d a3 e f g a4' | tr ' ' '\\n'";
const inBusybox = (pipeline: string) => `docker exec bb sh -c "${TEN.replace(/\\/g, '\\\\')} | ${pipeline}"`;

interface Row {
  why: string;
  line: string;
  stdout: string;
  stderr?: string;
  exitCode: number;
}

const HOST: Row[] = [
  {
    why: 'grep.c prtext: -A prints "--" between groups',
    line: `${TEN} | grep -A1 a`,
    stdout: 'a1\nb\na2\nc\n--\na3\ne\n--\na4\n',
    exitCode: 0,
  },
  {
    why: 'grep.c prtext: -A0 still separates groups',
    line: `${TEN} | grep -A0 a`,
    stdout: 'a1\n--\na2\n--\na3\n--\na4\n',
    exitCode: 0,
  },
  {
    why: 'grep.c grep: after -m N, the trailing context, matches included',
    line: `${TEN} | grep -m1 -A3 a`,
    stdout: 'a1\nb\na2\nc\n',
    exitCode: 0,
  },
  {
    why: 'grep.c print_line_head: context lines take "-", selected ":"',
    line: `${TEN} | grep -nB1 a3`,
    stdout: '5-d\n6:a3\n',
    exitCode: 0,
  },
  { why: 'grep.c main: -NUM is -C NUM', line: `${TEN} | grep -1 c`, stdout: 'a2\nc\nd\n', exitCode: 0 },
  { why: 'grep.c main: -c ignores context', line: `${TEN} | grep -C1 -c a`, stdout: '4\n', exitCode: 0 },
  { why: 'grep.c: -cv counts the lines not matching', line: `${TEN} | grep -cv a`, stdout: '6\n', exitCode: 0 },
  {
    why: 'grep.c print_line_middle: -o with -n',
    line: `${TEN} | grep -on 'a.'`,
    stdout: '1:a1\n3:a2\n6:a3\n10:a4\n',
    exitCode: 0,
  },
  { why: 'grep.c: every -e pattern counts', line: `${TEN} | grep -e a1 -e c`, stdout: 'a1\nc\n', exitCode: 0 },
  { why: 'grep.c: -x matches whole lines only', line: `${TEN} | grep -x -e a -e a1`, stdout: 'a1\n', exitCode: 0 },
  { why: 'grep.c: -w needs word boundaries', line: `${TEN} | grep -w a`, stdout: '', exitCode: 1 },
  {
    why: 'grep.c print_line_middle: -ov prints nothing but selects',
    line: `${TEN} | grep -ov a`,
    stdout: '',
    exitCode: 0,
  },
  {
    why: 'grep.c: - is stdin, named (standard input)',
    line: `${TEN} | grep -H a4 -`,
    stdout: '(standard input):a4\n',
    exitCode: 0,
  },
  {
    why: 'grep.c: -L exits by the lines selected, not the names',
    line: `${TEN} | grep -L zz`,
    stdout: '(standard input)\n',
    exitCode: 1,
  },
  {
    why: 'grep.c main: -m takes a number',
    line: `${TEN} | grep -m x a`,
    stdout: '',
    stderr: 'grep: invalid max count\n',
    exitCode: 2,
  },
  {
    why: 'grep.c context_length_arg',
    line: `${TEN} | grep -A x a`,
    stdout: '',
    stderr: 'grep: x: invalid context length argument\n',
    exitCode: 2,
  },
  {
    why: 'regcomp: a [ ending the pattern',
    line: `${TEN} | grep '['`,
    stdout: '',
    stderr: 'grep: Invalid regular expression\n',
    exitCode: 2,
  },
  {
    why: 'regcomp: unmatched bracket',
    line: `${TEN} | grep '[a'`,
    stdout: '',
    stderr: 'grep: Unmatched [, [^, [:, [., or [=\n',
    exitCode: 2,
  },
  { why: 'regcomp: bracket classes', line: `${TEN} | grep -c 'a[[:digit:]]'`, stdout: '4\n', exitCode: 0 },
  {
    why: 'dfa.c: * at start warns and matches a star',
    line: `${TEN} | grep -c '*a'`,
    stdout: '0\n',
    stderr: 'grep: warning: * at start of expression\n',
    exitCode: 1,
  },
  {
    why: 'grep.c: FILE operands are read, several get name:',
    line: 'grep -c localhost /etc/hosts /etc/hostname',
    stdout: '/etc/hosts:2\n/etc/hostname:0\n',
    exitCode: 0,
  },
  {
    why: 'grep.c grepfile: a missing FILE is status 2',
    line: 'grep localhost /nope /etc/hostname',
    stdout: '',
    stderr: 'grep: /nope: No such file or directory\n',
    exitCode: 2,
  },
  {
    why: 'grep.c: -s hides the message, not the status',
    line: 'grep -s docker /nope /etc/hostname',
    stdout: '/etc/hostname:docker-host\n',
    exitCode: 2,
  },
  {
    why: 'grep.c: -q with a match is 0 despite an error',
    line: 'grep -q docker /nope /etc/hostname',
    stdout: '',
    stderr: 'grep: /nope: No such file or directory\n',
    exitCode: 0,
  },
  {
    why: 'getopt: an unknown option, then grep usage',
    line: 'grep -k x',
    stdout: '',
    stderr:
      "grep: invalid option -- 'k'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
    exitCode: 2,
  },
  { why: 'wc.c: one count from stdin is unpadded', line: `${TEN} | wc -l`, stdout: '10\n', exitCode: 0 },
  {
    why: 'wc.c compute_number_width: stdin pads to 7',
    line: `${TEN} | wc`,
    stdout: '     10      10      24\n',
    exitCode: 0,
  },
  { why: 'wc.c: -w alone', line: `${TEN} | wc -w`, stdout: '10\n', exitCode: 0 },
  { why: 'wc.c: -L longest line', line: `${TEN} | wc -L`, stdout: '2\n', exitCode: 0 },
  {
    why: 'wc.c: files, width from their sizes, a total',
    line: 'wc -l /etc/hostname /etc/hostname',
    stdout: ' 1 /etc/hostname\n 1 /etc/hostname\n 2 total\n',
    exitCode: 0,
  },
  {
    why: 'wc.c: a missing FILE',
    line: 'wc /nope',
    stdout: '',
    stderr: 'wc: /nope: No such file or directory\n',
    exitCode: 1,
  },
  { why: 'sort.c: -r', line: `${TEN} | sort -r | head -2`, stdout: 'g\nf\n', exitCode: 0 },
  {
    why: 'sort.c keycompare: -k1.2 -n',
    line: `${TEN} | grep a | sort -k1.2 -n -r`,
    stdout: 'a4\na3\na2\na1\n',
    exitCode: 0,
  },
  { why: 'sort.c: -t and -k', line: `${TEN} | sort -t a -k2 | head -3`, stdout: 'b\nc\nd\n', exitCode: 0 },
  { why: 'sort.c: -u', line: "echo 'b a b' | tr ' ' '\\n' | sort -u", stdout: 'a\nb\n', exitCode: 0 },
  {
    why: 'sort.c: -n against text order',
    line: "echo '10 9 100' | tr ' ' '\\n' | sort -n",
    stdout: '9\n10\n100\n',
    exitCode: 0,
  },
  {
    why: 'sort.c key_init: field zero',
    line: 'sort -k0 /etc/hostname',
    stdout: '',
    stderr: "sort: field number is zero: invalid field specification '0'\n",
    exitCode: 2,
  },
  {
    why: 'sort.c: multi-character tab',
    line: 'sort -t ab /etc/hostname',
    stdout: '',
    stderr: "sort: multi-character tab 'ab'\n",
    exitCode: 2,
  },
  {
    why: 'sort.c: cannot read',
    line: 'sort /nope',
    stdout: '',
    stderr: 'sort: cannot read: /nope: No such file or directory\n',
    exitCode: 2,
  },
  { why: 'head.c: -N', line: `${TEN} | head -3`, stdout: 'a1\nb\na2\n', exitCode: 0 },
  { why: 'head.c elide_tail_lines: -n -N', line: `${TEN} | head -n -8`, stdout: 'a1\nb\n', exitCode: 0 },
  { why: 'head.c: -c N', line: `${TEN} | head -c 5`, stdout: 'a1\nb\n', exitCode: 0 },
  {
    why: 'head.c string_to_integer',
    line: 'head -n x /etc/hosts',
    stdout: '',
    stderr: "head: invalid number of lines: 'x'\n",
    exitCode: 1,
  },
  {
    why: 'head.c: headers for several files',
    line: 'head -n1 /etc/hostname /etc/hostname',
    stdout: '==> /etc/hostname <==\ndocker-host\n\n==> /etc/hostname <==\ndocker-host\n',
    exitCode: 0,
  },
  {
    why: 'head.c head_file: cannot open',
    line: 'head /nope',
    stdout: '',
    stderr: "head: cannot open '/nope' for reading: No such file or directory\n",
    exitCode: 1,
  },
  { why: 'tail.c: -n +N from the Nth line', line: `${TEN} | tail -n +9`, stdout: 'g\na4\n', exitCode: 0 },
  { why: 'tail.c: -c N', line: `${TEN} | tail -c 4`, stdout: '\na4\n', exitCode: 0 },
  { why: 'tail.c: -N', line: `${TEN} | tail -1`, stdout: 'a4\n', exitCode: 0 },
  { why: 'uniq.c: -c', line: "echo 'a a b' | tr ' ' '\\n' | uniq -c", stdout: '      2 a\n      1 b\n', exitCode: 0 },
  { why: 'uniq.c: -d', line: "echo 'a a b' | tr ' ' '\\n' | uniq -d", stdout: 'a\n', exitCode: 0 },
  { why: 'uniq.c: -u', line: "echo 'a a b' | tr ' ' '\\n' | uniq -u", stdout: 'b\n', exitCode: 0 },
  {
    why: 'uniq.c: extra operand',
    line: 'uniq a b c',
    stdout: '',
    stderr: "uniq: extra operand 'c'\nTry 'uniq --help' for more information.\n",
    exitCode: 1,
  },
  { why: 'cut.c cut_fields', line: 'echo a:b:c | cut -d: -f2,3', stdout: 'b:c\n', exitCode: 0 },
  {
    why: 'cut.c: a line without the delimiter prints whole',
    line: 'echo abc | cut -d: -f2',
    stdout: 'abc\n',
    exitCode: 0,
  },
  { why: 'cut.c: -s drops it', line: 'echo abc | cut -s -d: -f2', stdout: '', exitCode: 0 },
  { why: 'cut.c cut_bytes', line: 'echo hello | cut -c 2-4', stdout: 'ell\n', exitCode: 0 },
  {
    why: 'cut.c: no list',
    line: 'echo x | cut',
    stdout: '',
    stderr: "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
    exitCode: 1,
  },
  {
    why: 'set-fields.c: decreasing range',
    line: 'echo x | cut -c 3-1',
    stdout: '',
    stderr: "cut: invalid decreasing range\nTry 'cut --help' for more information.\n",
    exitCode: 1,
  },
  { why: 'tr.c: ranges', line: 'echo hello | tr a-z A-Z', stdout: 'HELLO\n', exitCode: 0 },
  { why: 'tr.c: classes', line: "echo hello | tr '[:lower:]' '[:upper:]'", stdout: 'HELLO\n', exitCode: 0 },
  { why: 'tr.c: -d', line: 'echo hello | tr -d l', stdout: 'heo\n', exitCode: 0 },
  { why: 'tr.c: -s', line: 'echo hello | tr -s l', stdout: 'helo\n', exitCode: 0 },
  { why: 'tr.c: SET2 extended by its last character', line: 'echo abc | tr abc x', stdout: 'xxx\n', exitCode: 0 },
  { why: 'tr.c: -c', line: 'echo ab | tr -c a x', stdout: 'axx', exitCode: 0 },
  {
    why: 'tr.c: one set while translating',
    line: 'echo a | tr a',
    stdout: '',
    stderr:
      "tr: missing operand after 'a'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
    exitCode: 1,
  },
  {
    why: 'tr.c: reversed range',
    line: 'echo a | tr z-a x',
    stdout: '',
    stderr: "tr: range-endpoints of 'z-a' are in reverse collating sequence order\n",
    exitCode: 1,
  },
];

const BUSYBOX_USAGE_START = 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: ';

const BUSYBOX: Row[] = [
  {
    why: 'grep.c grep_file: -A prints "--" between groups',
    line: inBusybox('grep -A1 a'),
    stdout: 'a1\nb\na2\nc\n--\na3\ne\n--\na4\n',
    exitCode: 0,
  },
  {
    why: 'grep.c print_line: no "--" with -A0 (lines_after 0)',
    line: inBusybox('grep -A0 a'),
    stdout: 'a1\na2\na3\na4\n',
    exitCode: 0,
  },
  {
    why: 'grep.c grep_file: -m stops at the next match even in context',
    line: inBusybox('grep -m1 -A3 a'),
    stdout: 'a1\nb\n',
    exitCode: 0,
  },
  { why: 'grep.c grep_main: -c drops -n and context', line: inBusybox('grep -c -A1 -n a'), stdout: '4\n', exitCode: 0 },
  {
    why: 'grep.c grep_file: -L status is the name printed',
    line: inBusybox('grep -L zz'),
    stdout: '(standard input)\n',
    exitCode: 0,
  },
  {
    why: 'grep.c grep_file: -Fo prints the pattern',
    line: inBusybox('grep -Fo a'),
    stdout: 'a\na\na\na\n',
    exitCode: 0,
  },
  {
    why: 'grep.c load_pattern_list: patterns tried last first for -o',
    line: inBusybox("grep -o -e 'a.' -e a"),
    stdout: 'a\na\na\na\n',
    exitCode: 0,
  },
  {
    why: 'grep.c: xatoi_positive for -m',
    line: 'docker exec bb grep -m x a',
    stdout: '',
    stderr: "grep: invalid number 'x'\n",
    exitCode: 2,
  },
  {
    why: 'xregcomp: bad regex',
    line: "docker exec bb grep '[a' /etc/hosts",
    stdout: '',
    stderr: "grep: bad regex '[a': Unmatched [, [^, [:, [., or [=\n",
    exitCode: 2,
  },
  {
    why: 'grep.c grep_main: bb_simple_perror_msg for a missing FILE',
    line: 'docker exec bb grep x /nope /etc/hosts',
    stdout: '/etc/hosts:ff00::\tip6-mcastprefix\n',
    stderr: 'grep: /nope: No such file or directory\n',
    exitCode: 2,
  },
  {
    why: 'grep.c grep_file: -q exits 0 on a match',
    line: 'docker exec bb grep -q localhost /nope /etc/hosts',
    stdout: '',
    stderr: 'grep: /nope: No such file or directory\n',
    exitCode: 0,
  },
  { why: 'grep.c: -w', line: 'docker exec bb busybox grep -cw localhost /etc/hosts', stdout: '2\n', exitCode: 0 },
  {
    why: 'wc.c wc_main: one count, one input: "%u"',
    line: 'docker exec bb wc -l /etc/hosts',
    stdout: '7 /etc/hosts\n',
    exitCode: 0,
  },
  { why: 'wc.c wc_main: " %9u" columns', line: inBusybox('wc -lc'), stdout: '       10        24\n', exitCode: 0 },
  {
    why: 'wc.c wc_main: fopen_or_warn_stdin',
    line: 'docker exec bb wc /nope',
    stdout: '',
    stderr: 'wc: /nope: No such file or directory\n',
    exitCode: 1,
  },
  { why: 'head.c: -c N', line: inBusybox('head -c 5'), stdout: 'a1\nb\n', exitCode: 0 },
  {
    why: 'head.c eat_num: xatoul_sfx',
    line: 'docker exec bb head -n x /etc/hosts',
    stdout: '',
    stderr: "head: invalid number 'x'\n",
    exitCode: 1,
  },
  { why: 'tail.c eat_num: +N', line: inBusybox('tail -n +9'), stdout: 'g\na4\n', exitCode: 0 },
  {
    why: "tail.c: open_or_warn_stdin, then 'no files'",
    line: 'docker exec bb tail /nope',
    stdout: '',
    stderr: "tail: can't open '/nope': No such file or directory\ntail: no files\n",
    exitCode: 1,
  },
  {
    why: 'sort.c str2u: bad field specification',
    line: 'docker exec bb sort -k0 /etc/hosts',
    stdout: '',
    stderr: 'sort: bad field specification\n',
    exitCode: 2,
  },
  {
    why: 'sort.c: bad -t parameter',
    line: 'docker exec bb sort -t ab /etc/hosts',
    stdout: '',
    stderr: 'sort: bad -t parameter\n',
    exitCode: 2,
  },
  { why: 'sort.c: -r', line: inBusybox('sort -r | head -2'), stdout: 'g\nf\n', exitCode: 0 },
  {
    why: 'uniq.c: -c "%7lu "',
    line: inBusybox('cut -c 1 | sort | uniq -c | head -1'),
    stdout: '      4 a\n',
    exitCode: 0,
  },
  {
    why: 'uniq.c: xopen',
    line: 'docker exec bb uniq /nope',
    stdout: '',
    stderr: "uniq: can't open '/nope': No such file or directory\n",
    exitCode: 1,
  },
  { why: 'cut.c cut_main: "%d<%d"', line: 'docker exec bb cut -c 3-1', stdout: '', stderr: 'cut: 1<2\n', exitCode: 1 },
  {
    why: 'cut.c: no list',
    line: 'docker exec bb cut',
    stdout: '',
    stderr: 'cut: expected a list of bytes, characters, or fields\n',
    exitCode: 1,
  },
  {
    why: 'tr.c: STRING2 cannot be empty',
    line: "docker exec bb tr a ''",
    stdout: '',
    stderr: 'tr: STRING2 cannot be empty\n',
    exitCode: 1,
  },
];

const DEBIAN: Row[] = [
  {
    why: 'grep.c: FILE operands in a Debian image',
    line: 'docker exec web grep nameserver /etc/resolv.conf',
    stdout: 'nameserver 192.168.1.1\n',
    exitCode: 0,
  },
  {
    why: 'grep.c: GNU words in a Debian image',
    line: 'docker exec web grep x /nope',
    stdout: '',
    stderr: 'grep: /nope: No such file or directory\n',
    exitCode: 2,
  },
  {
    why: 'wc.c: GNU widths for files',
    line: 'docker exec web wc -l /etc/hostname',
    stdout: '1 /etc/hostname\n',
    exitCode: 0,
  },
  {
    why: 'tr.c: -d with two sets',
    line: 'docker exec web tr -d a b',
    stdout: '',
    stderr:
      "tr: extra operand 'b'\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n",
    exitCode: 1,
  },
];

function check(rows: readonly Row[]): void {
  for (const row of rows) {
    it(`${row.why}: ${row.line}`, () => {
      const { steps } = replay([...SETUP, row.line]);
      const step = steps[steps.length - 1]!;
      assert.deepEqual(
        { stdout: step.stdout, stderr: step.stderr, exitCode: step.exitCode },
        { stdout: row.stdout, stderr: row.stderr ?? '', exitCode: row.exitCode },
      );
    });
  }
}

describe('text filters on the host (GNU grep 3.8, coreutils 9.1)', () => check(HOST));
describe('text filters in a busybox container (busybox 1.37)', () => {
  check(BUSYBOX);
  it("an unknown option gets getopt's line and the full usage (bb_show_usage)", () => {
    const { steps } = replay([...SETUP, 'docker exec bb grep -k x']);
    const step = steps[steps.length - 1]!;
    assert.equal(step.exitCode, 2);
    assert.ok(
      step.stderr.startsWith(`grep: invalid option -- 'k'\n${BUSYBOX_USAGE_START}grep [-HhnlLoqvsrRiwFE]`),
      step.stderr,
    );
    assert.ok(step.stderr.includes("\t-C N\tSame as '-A N -B N'\n"), step.stderr);
  });
});
describe('text filters in a Debian image (GNU)', () => {
  check(DEBIAN);
  it('hello-world has no cut', () => {
    const { steps } = replay(['docker run --rm hello-world cut']);
    assert.equal(steps[0]!.exitCode, 127);
  });
});
