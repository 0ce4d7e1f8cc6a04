// Runs one command line in a shell context: words → tool, `sh -c` recursion, `a && b`, `a; b`.
import { type Output, join } from '../../core/lab/output';
import { TokenizeError, substitutionEnd, tokenize } from '../../core/text/shellWords';
import { imageHasProgram, lookupImage } from '../../core/catalog/images';
import type { ShellContext } from './context';
import { applyRedirects, parseRedirects } from './redirect';
import { shellVariables } from './variables';
import { SHELL_TOOLS } from './tools';
import { own } from '../../core/lab/own';

const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Extra programs the caller provides (docker on the host). */
export type ExtraTools = Record<string, (argv: string[]) => Output>;

/** Each shell's words: busybox ash, Debian's dash as sh, and the host's bash. */
function notFound(sh: ShellContext, program: string): Output {
  if (!sh.container) return { stdout: '', stderr: `-bash: ${program}: command not found\n`, exitCode: 127 };
  const ash = lookupImage(sh.container.image)?.toolset === 'busybox';
  return { stdout: '', stderr: ash ? `sh: ${program}: not found\n` : `sh: 1: ${program}: not found\n`, exitCode: 127 };
}

/** Whether the image has this program: a shell the lab runs, or one of its tools the image ships. */
export function programExists(program: string, image: string): boolean {
  const name = basename(program);
  const known = name === 'sh' || name === 'bash' || name === 'ash' || name === 'busybox' || own(SHELL_TOOLS, name) !== undefined;
  if (!known) return false;
  if (name === 'ash' || name === 'busybox') {
    const toolset = lookupImage(image)?.toolset;
    return toolset === 'busybox' || toolset === 'toolbox';
  }
  return imageHasProgram(image, name);
}

export function runArgv(sh: ShellContext, argv: string[], extra: ExtraTools = {}): Output {
  if (argv.length === 0) return { stdout: '', stderr: '', exitCode: 0 };
  const program = argv[0]!;
  if (program === 'busybox' && argv.length > 1) return runArgv(sh, argv.slice(1), extra);
  const name = basename(program);
  if (name === 'sh' || name === 'bash' || name === 'ash') {
    // Without -c a shell reads its commands from stdin, which is empty here: it exits at once.
    return argv[1] === '-c' ? runLine(sh, argv[2] ?? '', extra) : { stdout: '', stderr: '', exitCode: 0 };
  }
  const external = own(extra, program);
  if (external) return external(argv);
  const tool = own(SHELL_TOOLS, name);
  if (!tool || (sh.container && !imageHasProgram(sh.container.image, name))) return notFound(sh, program);
  return tool(sh, argv);
}

/** Splits on a single `|` outside quotes (not `||`, which splitList has taken). */
function splitPipeline(text: string): string[] {
  const stages: string[] = [];
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\') i++;
    else if (ch === '$' && text[i + 1] === '(') i = Math.max(i, substitutionEnd(text, i));
    else if (ch === '|') {
      stages.push(text.slice(start, i));
      start = i + 1;
    }
  }
  stages.push(text.slice(start));
  return stages;
}

/** Shell builtins that change the shell rather than run a program. */
function builtin(argv: string[]): (Output & { exited?: boolean }) | undefined {
  if (argv[0] === 'exit') {
    const code = argv[1] === undefined ? 0 : Number(argv[1]);
    return { stdout: '', stderr: '', exitCode: Number.isInteger(code) ? code & 255 : 2, exited: true };
  }
  if (argv[0] === 'cd') return { stdout: '', stderr: '', exitCode: 0 };
  return undefined;
}

/** Runs `a | b | c`: each stage reads the previous one's stdout; the last one's status counts. */
function runPipeline(sh: ShellContext, text: string, extra: ExtraTools, lastExit: number): Output & { exited?: boolean } {
  let stdin = '';
  let stderr = '';
  let last: Output & { exited?: boolean } = { stdout: '', stderr: '', exitCode: 0 };
  for (const stage of splitPipeline(text)) {
    let words: string[];
    try {
      words = tokenize(stage, shellVariables(sh, lastExit), (command) => runLine(sh, command, extra).stdout);
    } catch (e) {
      if (e instanceof TokenizeError) return { stdout: '', stderr: `${stderr}sh: syntax error: ${e.message}\n`, exitCode: 2 };
      throw e;
    }
    const redirects = parseRedirects(words);
    last = builtin(redirects.argv) ?? applyRedirects(redirects, runArgv({ ...sh, stdin }, redirects.argv, extra));
    stdin = last.stdout;
    stderr += last.stderr;
  }
  return { stdout: last.stdout, stderr, exitCode: last.exitCode, ...(last.exited ? { exited: true } : {}) };
}

/** Splits on `;`, `&&` and `||` outside quotes. */
function splitList(line: string): Array<{ text: string; op: ';' | '&&' | '||' }> {
  const parts: Array<{ text: string; op: ';' | '&&' | '||' }> = [];
  let quote = '';
  let start = 0;
  let op: ';' | '&&' | '||' = ';';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\') i++;
    else if (ch === '$' && line[i + 1] === '(') i = Math.max(i, substitutionEnd(line, i));
    else if (ch === ';' || ((ch === '&' || ch === '|') && line[i + 1] === ch)) {
      parts.push({ text: line.slice(start, i), op });
      op = ch === ';' ? ';' : ch === '&' ? '&&' : '||';
      if (ch !== ';') i++;
      start = i + 1;
    }
  }
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
