// Runs one command line in a shell context: words → tool, `sh -c` recursion, `a && b`, `a; b`.
import { type Output, join } from '../../core/lab/output';
import { TokenizeError, scanUnquoted, tokenize } from '../../core/text/shellWords';
import { imageContent, imageHasProgram, isBusybox, lookupImage } from '../../core/catalog/images';
import { cdBuiltin } from './cdBuiltin';
import { xargsTool } from './xargsTool';
import type { ShellContext } from './context';
import { applyRedirects, openRedirects, parseRedirects } from './redirect';
import { shellVariables } from './variables';
import { SHELL_TOOLS } from './tools';
import { own } from '../../core/lab/own';
import { bashErrorName, shellKind } from './shellKind';
import { basenameOf } from '../../core/files/posixPath';
import { exportBuiltin, setVariables, splitAssignments, unsetBuiltin, withPrefixEnv } from './assignments';
import { processEnvironment } from './envTool';

/** The servers' clients come with their images, bind-tools with netshoot; the lab's host has none of them. */
const NOT_ON_HOST = new Set(['redis-cli', 'dig', 'host']);

/** Extra programs the caller provides (docker on the host). */
export type ExtraTools = Record<string, (argv: string[]) => Output>;

/**
 * Each shell's words, named by its $0: the host's login bash (`-bash`), bash (`bash -c` adds the
 * line), Debian's dash as sh (`sh: 1:`) and busybox ash. The host's sh is bash, as on the RHEL-style host.
 */
function notFound(sh: ShellContext, program: string): Output {
  const name = sh.args?.[0];
  const shell = sh.shellProgram ?? (sh.container ? basenameOf(name ?? 'sh') : 'bash');
  const kind = shell === 'bash' || !sh.container ? 'bash' : shellKind(sh);
  const stderr =
    kind === 'bash'
      ? sh.shellProgram !== undefined
        ? `${bashErrorName(name ?? shell)}${program}: command not found\n`
        : `${sh.container ? 'bash' : '-bash'}: ${program}: command not found\n`
      : kind === 'ash'
        ? `${name ?? 'sh'}: ${program}: not found\n`
        : `${name ?? 'sh'}: 1: ${program}: not found\n`;
  return { stdout: '', stderr, exitCode: 127 };
}

/** A subshell (`sh -c`, a stage of a pipeline) works on a copy: its `cd` leaves the parent where it was. */
const subshell = (sh: ShellContext): ShellContext => ({
  ...sh,
  dir: { ...sh.dir, ...(sh.dir.vars ? { vars: new Map(sh.dir.vars) } : {}) },
});

/** Whether the image has this program: a shell the lab runs, or one of its tools the image ships. */
export function programExists(program: string, image: string): boolean {
  const name = basenameOf(program);
  const known =
    name === 'sh' ||
    name === 'bash' ||
    name === 'ash' ||
    name === 'busybox' ||
    name === 'xargs' ||
    own(SHELL_TOOLS, name) !== undefined;
  if (!known) return false;
  if (name === 'ash' || name === 'busybox') {
    const toolset = lookupImage(image)?.toolset;
    return isBusybox(toolset) || toolset === 'toolbox';
  }
  return imageHasProgram(image, name);
}

export function runArgv(sh: ShellContext, argv: string[], extra: ExtraTools = {}): Output {
  if (argv.length === 0) return { stdout: '', stderr: '', exitCode: 0 };
  const program = argv[0]!;
  if (program === 'busybox' && argv.length > 1) return runArgv(sh, argv.slice(1), extra);
  const name = basenameOf(program);
  if (name === 'sh' || name === 'bash' || name === 'ash') {
    // Without -c a shell reads its commands from stdin, which is empty here: it exits at once.
    if (argv[1] !== '-c') return { stdout: '', stderr: '', exitCode: 0 };
    // `sh -c CMD [NAME [ARG...]]`: NAME is $0 (else the shell as invoked), the rest $1 ... (POSIX sh, -c).
    const args = [argv[3] ?? program, ...argv.slice(4)];
    return runLine({ ...subshell(sh), args, shellProgram: name }, argv[2] ?? '', extra);
  }
  if (name === 'xargs' && (!sh.container || imageHasProgram(imageContent(sh.container), name)))
    // The commands it runs read no stdin of their own.
    return xargsTool(sh, argv, (args) => runArgv({ ...sh, stdin: '' }, args, extra));
  const external = own(extra, program);
  if (external) return external(argv);
  const tool = own(SHELL_TOOLS, name);
  const missing = sh.container ? !imageHasProgram(imageContent(sh.container), name) : NOT_ON_HOST.has(name);
  if (!tool || missing) return notFound(sh, program);
  return tool(sh, argv);
}

/** Splits on a single `|` outside quotes (not `||`, which splitList has taken). */
function splitPipeline(text: string): string[] {
  const stages: string[] = [];
  let start = 0;
  scanUnquoted(text, 0, true, (i) => {
    if (text[i] !== '|') return undefined;
    stages.push(text.slice(start, i));
    start = i + 1;
    return undefined;
  });
  stages.push(text.slice(start));
  return stages;
}

/** One simple command: assignments, the builtins that change the shell itself (exit, cd, export, unset), else a program. */
export function runCommand(sh: ShellContext, words: string[], extra: ExtraTools = {}): Output & { exited?: boolean } {
  const { assignments, rest } = splitAssignments(words);
  if (assignments.length > 0 && rest.length === 0) {
    setVariables(sh, assignments);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  if (assignments.length > 0) return runCommand(withPrefixEnv(sh, assignments), rest, extra);
  const argv = rest;
  if (argv[0] === 'export') return exportBuiltin(sh, argv, processEnvironment(sh));
  if (argv[0] === 'unset') return unsetBuiltin(sh, argv);
  if (argv[0] === 'exit') {
    const code = argv[1] === undefined ? 0 : Number(argv[1]);
    return { stdout: '', stderr: '', exitCode: Number.isInteger(code) ? code & 255 : 2, exited: true };
  }
  if (argv[0] === 'cd') return cdBuiltin(sh, argv);
  return runArgv(sh, argv, extra);
}

/** Runs `a | b | c`: each stage reads the previous one's stdout; the last one's status counts. */
function runPipeline(
  sh: ShellContext,
  text: string,
  extra: ExtraTools,
  lastExit: number,
): Output & { exited?: boolean } {
  let stdin = '';
  let stderr = '';
  let last: Output & { exited?: boolean } = { stdout: '', stderr: '', exitCode: 0 };
  const stages = splitPipeline(text);
  for (const [index, stage] of stages.entries()) {
    // bash and ash run each command of a real pipeline in a subshell.
    const stageSh = stages.length > 1 ? subshell(sh) : sh;
    let words: string[];
    try {
      words = tokenize(
        stage,
        shellVariables(stageSh, lastExit),
        (command) => runLine({ ...subshell(stageSh), tty: false }, command, extra).stdout,
      );
    } catch (e) {
      if (e instanceof TokenizeError)
        return { stdout: '', stderr: `${stderr}sh: syntax error: ${e.message}\n`, exitCode: 2 };
      throw e;
    }
    const redirects = parseRedirects(words);
    const opened = openRedirects(stageSh, redirects);
    if ('failed' in opened) last = opened.failed;
    else {
      // Only the last stage's stdout can be the terminal, and only when it is not redirected.
      const tty = stageSh.tty === true && index === stages.length - 1 && redirects.fd1 === 'out';
      const result = runCommand({ ...stageSh, stdin: opened.stdin ?? stdin, tty }, redirects.argv, extra);
      last = { ...applyRedirects(stageSh, redirects, result), ...(result.exited ? { exited: true } : {}) };
    }
    stdin = last.stdout;
    stderr += last.stderr;
  }
  return { stdout: last.stdout, stderr, exitCode: last.exitCode, ...(last.exited ? { exited: true } : {}) };
}

/** Splits on `;`, `&&` and `||` outside quotes. */
function splitList(line: string): Array<{ text: string; op: ';' | '&&' | '||' }> {
  const parts: Array<{ text: string; op: ';' | '&&' | '||' }> = [];
  let start = 0;
  let op: ';' | '&&' | '||' = ';';
  scanUnquoted(line, 0, true, (i) => {
    const ch = line[i]!;
    if (ch !== ';' && !((ch === '&' || ch === '|') && line[i + 1] === ch)) return undefined;
    parts.push({ text: line.slice(start, i), op });
    op = ch === ';' ? ';' : ch === '&' ? '&&' : '||';
    const end = ch === ';' ? i : i + 1;
    start = end + 1;
    return end;
  });
  parts.push({ text: line.slice(start), op });
  return parts;
}

export function runLine(sh: ShellContext, line: string, extra: ExtraTools = {}): Output {
  const outputs: Output[] = [];
  let last = sh.lastExit ?? 0;
  for (const part of splitList(line)) {
    if (part.op === '&&' && last !== 0) continue;
    if (part.op === '||' && last === 0) continue;
    const out = runPipeline(sh, part.text, extra, last);
    outputs.push(out);
    last = out.exitCode;
    if (out.exited) break;
  }
  const joined = join(...outputs);
  return { ...joined, exitCode: last };
}
