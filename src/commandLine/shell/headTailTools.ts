// head and tail: GNU coreutils 9.1 (src/head.c, src/tail.c) or busybox (coreutils/head.c,
// coreutils/tail.c). -n N lines or -c N bytes (10 lines by default), the legacy -N (and tail's
// +N) as the first word, head's -n -N (all but the last N), tail's -n +N (from the Nth on);
// `==> name <==` headers with several FILEs (-q none, -v always). tail -f follows nothing here.
import type { Output } from '../../core/lab/output';
import type { ShellContext, ShellTool } from './context';
import { NO_SUCH_FILE, type TextFlavour, readOperand, textFlavour } from './textInput';
import { parseOptions } from './textOptions';
import { dieWith, usageError } from './textUsage';

type Which = 'head' | 'tail';

interface Count {
  n: number;
  bytes: boolean;
  /** head: all but the last n; tail: from the nth on (+N). */
  sign: '' | '-' | '+';
}

/** Size suffixes: busybox's bkm_suffixes; GNU's xstrtoumax suffixes (b, k/K, KB, m/M, MB, ...). */
const SUFFIXES: Record<TextFlavour, Record<string, number>> = {
  busybox: { '': 1, b: 512, k: 1024, m: 1024 * 1024 },
  gnu: {
    '': 1,
    b: 512,
    k: 1024,
    K: 1024,
    KB: 1000,
    kB: 1000,
    KiB: 1024,
    m: 1048576,
    M: 1048576,
    MB: 1e6,
    MiB: 1048576,
  },
};

/** A count with its sign, or undefined (busybox xatoul_sfx, GNU string_to_integer / parse_options). */
function parseCount(flavour: TextFlavour, which: Which, text: string, bytes: boolean): Count | undefined {
  const m = /^([+-]?)(\d+)([A-Za-z]*)$/.exec(text);
  if (!m) return undefined;
  const multiplier = SUFFIXES[flavour][m[3]!];
  if (multiplier === undefined) return undefined;
  const sign = m[1] as Count['sign'];
  // head takes no `+` (GNU reads +N as N), tail's `-N` is plain N.
  const kept = which === 'head' ? (sign === '-' ? '-' : '') : sign === '+' ? '+' : '';
  return { n: Math.min(Number(m[2]) * multiplier, Number.MAX_SAFE_INTEGER), bytes, sign: kept };
}

function badCount(flavour: TextFlavour, which: Which, text: string, bytes: boolean): Output {
  return flavour === 'busybox'
    ? dieWith(which, `invalid number '${text.replace(/^[+-]/, '')}'`, 1)
    : dieWith(which, `invalid number of ${bytes ? 'bytes' : 'lines'}: '${text}'`, 1);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The part of one input head or tail prints. */
function slice(which: Which, text: string, c: Count): string {
  if (c.bytes) {
    const b = encoder.encode(text);
    if (which === 'head')
      return decoder.decode(c.sign === '-' ? b.slice(0, Math.max(0, b.length - c.n)) : b.slice(0, c.n));
    return decoder.decode(
      c.sign === '+' ? b.slice(Math.max(0, c.n - 1)) : c.n === 0 ? b.slice(b.length) : b.slice(-c.n),
    );
  }
  // Lines keep their newlines; a last line without one stays without.
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  if (which === 'head')
    return (c.sign === '-' ? lines.slice(0, Math.max(0, lines.length - c.n)) : lines.slice(0, c.n)).join('');
  if (c.sign === '+') return lines.slice(Math.max(0, c.n - 1)).join('');
  return c.n === 0 ? '' : lines.slice(-c.n).join('');
}

function openError(flavour: TextFlavour, which: Which, name: string): string {
  if (flavour === 'gnu') return `${which}: cannot open '${name}' for reading: ${NO_SUCH_FILE}\n`;
  // head: fopen_or_warn_stdin (bb_simple_perror_msg); tail: open_or_warn_stdin ("can't open").
  return which === 'head' ? `head: ${name}: ${NO_SUCH_FILE}\n` : `tail: can't open '${name}': ${NO_SUCH_FILE}\n`;
}

function run(which: Which, sh: ShellContext, argv: string[]): Output {
  const flavour = textFlavour(sh);
  let words = argv;
  let count: Count = { n: 10, bytes: false, sign: '' };
  // The legacy first word: -5 (head and tail), +5 (tail), busybox head.c/tail.c and GNU's parse_obsolete_option.
  const legacy = argv[1] !== undefined && (which === 'tail' ? /^[+-]\d/ : /^-\d/).test(argv[1]);
  if (legacy) {
    const m = /^([+-])(\d+)(.*)$/.exec(argv[1]!)!;
    const bytes = flavour === 'gnu' && m[3] === 'c';
    const suffix = flavour === 'gnu' && /^[cl]$/.test(m[3]!) ? '' : m[3]!;
    const c = parseCount(flavour, which, `${which === 'tail' ? m[1] : ''}${m[2]}${suffix}`, bytes);
    if (!c) {
      if (flavour === 'gnu')
        return usageError(flavour, which, `${which}: invalid trailing option -- ${m[3]!.slice(0, 1)}\n`);
      return badCount(flavour, which, argv[1]!, false);
    }
    count = c;
    words = [argv[0]!, ...argv.slice(2)];
  }
  const parsed = parseOptions(words, {
    short: which === 'head' ? 'c:n:qv' : 'c:n:qvfFs:',
    long: {
      bytes: { key: 'c', arg: 'required' },
      lines: { key: 'n', arg: 'required' },
      quiet: { key: 'q', arg: 'none' },
      silent: { key: 'q', arg: 'none' },
      verbose: { key: 'v', arg: 'none' },
      ...(which === 'tail' ? { follow: { key: 'f', arg: 'optional' as const } } : {}),
    },
  });
  if ('error' in parsed) return usageError(flavour, which, parsed.error);
  let headers: boolean | undefined;
  for (const { key, value } of parsed.options) {
    if (key === 'n' || key === 'c') {
      const c = parseCount(flavour, which, value ?? '', key === 'c');
      if (!c) return badCount(flavour, which, value ?? '', key === 'c');
      count = c;
    } else if (key === 'q') headers = false;
    else if (key === 'v') headers = true;
  }
  const names = parsed.operands.length > 0 ? parsed.operands : ['-'];
  const withHeaders = headers ?? names.length > 1;
  let stdout = '';
  let stderr = '';
  let opened = 0;
  for (const name of names) {
    const text = readOperand(sh, name);
    if (text === undefined) {
      stderr += openError(flavour, which, name);
      continue;
    }
    if (withHeaders)
      stdout += `${stdout === '' && opened === 0 ? '' : '\n'}==> ${name === '-' ? 'standard input' : name} <==\n`;
    opened++;
    stdout += slice(which, text, count);
  }
  // busybox tail_main: nothing opened at all.
  if (flavour === 'busybox' && which === 'tail' && opened === 0) stderr += 'tail: no files\n';
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

export const headTool: ShellTool = (sh, argv) => run('head', sh, argv);
export const tailTool: ShellTool = (sh, argv) => run('tail', sh, argv);
