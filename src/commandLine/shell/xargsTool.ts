// xargs (GNU findutils on the host and in Debian images, busybox's applet in busybox ones): the words
// read from stdin appended to the command (default `echo`), run once, or once per -n words, or once
// per line with -I REPLACE in its arguments. -r runs nothing without input (without it the command
// runs once anyway, as both do). Its status: 123 when a run exited 1-125, 124 when one exited 255
// (xargs stops there), 127 for a command that is not found.
import type { Output } from '../../core/lab/output';
import type { ShellContext } from './context';

interface XargsOptions {
  maxArgs?: number;
  replace?: string;
  noRunIfEmpty: boolean;
  trace: boolean;
  command: string[];
}

function parse(argv: readonly string[]): XargsOptions | string {
  const o: XargsOptions = { noRunIfEmpty: false, trace: false, command: [] };
  let i = 1;
  for (; i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '-'; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-r' || a === '--no-run-if-empty') o.noRunIfEmpty = true;
    else if (a === '-t' || a === '--verbose') o.trace = true;
    else if (a.startsWith('-n')) {
      const value = a.length > 2 ? a.slice(2) : argv[++i];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) return `xargs: invalid number "${value ?? ''}" for -n option\n`;
      o.maxArgs = n;
    } else if (a.startsWith('-I')) o.replace = a.length > 2 ? a.slice(2) : (argv[++i] ?? '');
    else return `xargs: invalid option -- '${a.slice(1, 2)}'\n`;
  }
  o.command = argv.slice(i);
  if (o.command.length === 0) o.command = ['echo'];
  return o;
}

export function xargsTool(sh: ShellContext, argv: string[], run: (argv: string[]) => Output): Output {
  const o = parse(argv);
  if (typeof o === 'string') return { stdout: '', stderr: o, exitCode: 1 };
  const input = sh.stdin ?? '';
  const runs: string[][] = [];
  if (o.replace !== undefined) {
    const token = o.replace;
    for (const line of input.split('\n').filter((l) => l.trim() !== ''))
      runs.push(o.command.map((w) => w.split(token).join(line.trim())));
  } else {
    const words = input.split(/\s+/).filter((w) => w !== '');
    const size = o.maxArgs ?? Math.max(words.length, 1);
    for (let k = 0; k < words.length; k += size) runs.push([...o.command, ...words.slice(k, k + size)]);
    if (words.length === 0 && !o.noRunIfEmpty) runs.push([...o.command]);
  }
  let stdout = '';
  let stderr = '';
  let status = 0;
  for (const args of runs) {
    if (o.trace) stderr += `${args.join(' ')}\n`;
    const out = run(args);
    stdout += out.stdout;
    stderr += out.stderr;
    if (out.exitCode === 127 || out.exitCode === 126) return { stdout, stderr, exitCode: out.exitCode };
    if (out.exitCode === 255) return { stdout, stderr, exitCode: 124 };
    if (out.exitCode !== 0) status = 123;
  }
  return { stdout, stderr, exitCode: status };
}
