// The docker CLI's ways of framing errors around a command's Output.
import { DockerError } from '../../core/lab/errors';
import { type Output, fail } from '../../core/lab/output';

const line = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

/** `Error response from daemon: ...` (daemon) or the bare message (CLI), as most commands print. */
export function errorText(e: DockerError): string {
  return line(e.source === 'daemon' ? `Error response from daemon: ${e.message}` : e.message);
}

/** docker run/create: `docker: ...` plus the help hint, exit 125 (cli/command/container/run.go withHelp). */
export function runErrorText(e: DockerError, command: string): string {
  const body = e.source === 'daemon' ? `Error response from daemon: ${e.message}` : e.message;
  return `docker: ${body}\n\nRun 'docker ${command} --help' for more information\n`;
}

/** cobra's CommandPath from a usage line: `docker network create [OPTIONS] NETWORK` → `docker network create`. */
const commandPath = (useLine: string) =>
  useLine
    .split('\n')[0]!
    .split(' ')
    .filter((w) => /^[a-z-]+$/.test(w))
    .slice(0, 3)
    .join(' ');

/** docker/cli FlagErrorFunc: the flag error, the usage line, the help hint; exit 125. */
export function flagErrorOutput(message: string, useLine: string): Output {
  return fail(`${message}\n\nUsage:  ${useLine}\n\nRun '${commandPath(useLine)} --help' for more information\n`, 125);
}

/** How many positional arguments a command takes (docker/cli's cli/required.go rules). */
export type Arity =
  | { kind: 'none' }
  | { kind: 'exact'; n: number }
  | { kind: 'min'; n: number }
  | { kind: 'range'; min: number; max: number };

const argumentWord = (n: number) => (n === 1 ? 'argument' : 'arguments');

/**
 * cli.NoArgs / ExactArgs / RequiresMinArgs / RequiresRangeArgs: `docker: '<path>' requires ...`,
 * the usage line, then "See" for a minimum and "Run" otherwise, as the CLI words them. Undefined
 * when the count fits.
 */
export function arityError(useLine: string, arity: Arity, count: number, exitCode = 1): Output | undefined {
  const path = commandPath(useLine);
  let rule: string;
  let hint = 'Run';
  if (arity.kind === 'none') {
    if (count === 0) return undefined;
    rule = 'accepts no arguments';
  } else if (arity.kind === 'exact') {
    if (count === arity.n) return undefined;
    rule = `requires ${arity.n} ${argumentWord(arity.n)}`;
  } else if (arity.kind === 'min') {
    if (count >= arity.n) return undefined;
    rule = `requires at least ${arity.n} ${argumentWord(arity.n)}`;
    hint = 'See';
  } else {
    if (count >= arity.min && count <= arity.max) return undefined;
    rule = `requires at least ${arity.min} and at most ${arity.max} ${argumentWord(arity.max)}`;
  }
  return fail(
    `docker: '${path}' ${rule}\n\nUsage:  ${useLine}\n\n${hint} '${path} --help' for more information\n`,
    exitCode,
  );
}

/** Runs a step; a DockerError becomes its framed output, anything else is a bug and propagates. */
export function guard(
  step: () => Output,
  frame: (e: DockerError) => Output = (e) => fail(errorText(e), e.exitCode),
): Output {
  try {
    return step();
  } catch (e) {
    if (e instanceof DockerError) return frame(e);
    throw e;
  }
}

export { line };

/** A bug in the lab itself (an exception no command expects), told as such so it can be reported. */
export function internalErrorText(what: string, e: unknown): string {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return `netlab: internal error in ${what}: ${detail}\nThis is a bug in Docker Network Lab, not Docker's answer; please report it.\n`;
}
