// What Docker rejects on a docker command line by itself, in Docker's words: the line runs in a
// fresh lab (the simulated host, no containers or networks of the user's), and an error that does
// not depend on what else exists on the host is reported on the flag it is about. Errors about
// other objects (`No such container`, `network x not found`, image pulls) are left out: the file
// may well create them on an earlier line or another host may have them.
import { Session } from '../../commandLine/session';
import { Lab } from '../../core/lab/lab';
import type { Output } from '../../core/lab/output';
import type { Range } from '../position';
import { type DockerArgs, type FlagUse, type Span, dockerArgs, span } from './dockerArgs';
import type { DockerCommand } from './dockerCommand';
import { type CommandDocumentKind, commandLinesOf } from './documentCommands';

export interface CommandLineDiagnostic {
  range: Range;
  severity: 'error' | 'warning';
  message: string;
}

/** Messages about the state of a host rather than the line (moby's errdefs NotFound and Conflict on objects, registry answers, swarm). */
const STATE_ERROR =
  /No such (container|network|image|object)|not found|pull access denied|Unable to find image|repository does not exist|manifest unknown|is not running|is paused|already in use|already exists|is restarting|not a swarm manager/i;

/** An image the lab's catalogue has and that exits at once, standing in for one the lab cannot pull. */
const STAND_IN_IMAGE = 'busybox';

/**
 * Which flags an error is about, so the diagnostic sits on them. From moby
 * daemon/internal/runconfig/hostconfig.go (validateNetContainerMode), docker/cli
 * cli/command/container/opts.go (parse, parseNetworkOpts) and cli/command/network/create.go.
 */
const ERROR_FLAGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/port publishing and the container type network mode/, ['publish', 'publish-all']],
  [/port exposing and the container type network mode/, ['expose']],
  [/hostname and the (network|UTS) mode|hostname .* is too long/, ['hostname']],
  [/dns and the network mode/, ['dns']],
  [/custom host-to-IP mapping and the network mode/, ['add-host']],
  [/mac-address and the network mode|is not a valid mac address/, ['mac-address']],
  [/network can't be used with links|networking can't be used with links/, ['link']],
  [/network-scoped aliases/, ['network-alias', 'alias']],
  [/invalid IPv6 address/, ['ip6']],
  [/invalid IPv4 address|user-specified IP address|user specified IP address/, ['ip', 'ip6']],
  [/--expose/, ['expose']],
  [
    /hostPort|containerPort|invalid proto|no port specified|invalid ranges? specified|invalid IP address: /,
    ['publish'],
  ],
  [
    /invalid network mode|invalid container format|conflicting options: .*network|cannot be combined|not supported with/,
    ['network'],
  ],
  [/Invalid container name/, ['name']],
  [/for aux-address/, ['aux-address']],
  [/ip-range or gateway/, ['ip-range', 'gateway']],
  [/gateway/, ['gateway']],
  [/ip-range|IP range/, ['ip-range']],
  [/subnet|ParsePrefix|invalid CIDR/, ['subnet']],
  [/\boption|--opt\b/, ['opt']],
  [/Published ports are discarded|port is already allocated/, ['publish']],
  [/Links on the default bridge/, ['link']],
];

/** The flag a pflag message names: `invalid argument "x" for "-p, --publish" flag`, `flag needs an argument: --ip`. */
function namedFlag(message: string): string | undefined {
  return (
    /for "(?:-\w, )?--([\w-]+)" flag/.exec(message)?.[1] ??
    /flag needs an argument: --([\w-]+)/.exec(message)?.[1] ??
    /unknown flag: --([\w-]+)/.exec(message)?.[1]
  );
}

/** Outcomes by argv: after an edit only the changed lines run again. Bounded, oldest out first. */
const outcomes = new Map<string, Output>();
const MAX_OUTCOMES = 5000;

function runFresh(argv: readonly string[]): Output {
  const key = argv.join('\0');
  const known = outcomes.get(key);
  if (known) return known;
  const output = new Session(new Lab()).executeArgv(argv).output;
  if (outcomes.size >= MAX_OUTCOMES) outcomes.delete(outcomes.keys().next().value!);
  outcomes.set(key, output);
  return output;
}

/** The first paragraph of what the CLI printed, without the `docker: ` program prefix and the pull notice. */
function errorText(stderr: string): string {
  const lines = stderr.split('\n');
  const kept = lines.filter((l) => !/^Unable to find image /.test(l));
  const first = kept.join('\n').split(/\n\s*\n/)[0] ?? '';
  return first.replace(/^docker: /, '').trim();
}

const isRunLike = (args: DockerArgs) => args.subcommand === 'run' || args.subcommand === 'create';

/** Runs the command; when the lab cannot pull its image, again with a stand-in image (the engine checks the options before the image). */
function outcome(argv: string[], args: DockerArgs): Output {
  const first = runFresh(argv);
  if (
    !isRunLike(args) ||
    args.firstPositional === undefined ||
    !/pull access denied|Unable to find image/.test(first.stderr)
  )
    return first;
  const again = [...argv];
  again[args.firstPositional] = STAND_IN_IMAGE;
  return runFresh(again);
}

function placeOf(message: string, args: DockerArgs, command: DockerCommand, uses: readonly FlagUse[]): Span {
  const whole: Span = { start: command.words[0]!.start, end: command.words[command.words.length - 1]!.end };
  const shortGroup = /unknown shorthand flag: '(.)' in (-\S+)/.exec(message);
  if (shortGroup) {
    const word = command.words.find((w) => w.text === shortGroup[2]);
    const at = word?.text.indexOf(shortGroup[1]!, 1) ?? -1;
    return word ? span(word, at, at + 1) : whole;
  }
  const named = namedFlag(message);
  const names = named ? [named] : (ERROR_FLAGS.find(([re]) => re.test(message))?.[1] ?? []);
  for (const name of names) {
    const found = uses.filter((u) => u.name === name || u.written === `--${name}`);
    // The occurrence whose value the message quotes, else the first (the last for a port taken twice).
    const use =
      found.find((u) => u.value && u.value.text !== '' && message.includes(u.value.text)) ??
      (/already allocated/.test(message) ? found[found.length - 1] : found[0]);
    if (use) return use.whole;
  }
  if (/predefined|pre-defined/.test(message) && args.firstPositional !== undefined) {
    const w = command.words[args.firstPositional];
    if (w) return span(w);
  }
  return whole;
}

function diagnose(
  command: DockerCommand,
  runArgs: boolean,
): Array<{ span: Span; severity: 'error' | 'warning'; message: string }> {
  if (command.dynamic) return [];
  const args = dockerArgs(command);
  if (!args) return [];
  const argv = command.words.map((w) => w.text);
  if (runArgs) {
    argv.push(STAND_IN_IMAGE);
    args.firstPositional = argv.length - 1;
  }
  const out = outcome(argv, args);
  const ownError = isRunLike(args) ? out.exitCode === 125 : out.exitCode !== 0;
  if (ownError) {
    const message = errorText(out.stderr);
    if (message === '' || STATE_ERROR.test(message)) return [];
    return [{ span: placeOf(message, args, command, args.uses), severity: 'error', message }];
  }
  if (out.exitCode !== 0 || !isRunLike(args)) return [];
  return out.stderr
    .split('\n')
    .filter((l) => l.startsWith('WARNING: '))
    .map((l) => l.slice('WARNING: '.length))
    .filter((w) => ERROR_FLAGS.some(([re]) => re.test(w)))
    .map((message) => ({ span: placeOf(message, args, command, args.uses), severity: 'warning' as const, message }));
}

export function commandLineDiagnostics(text: string, kind: CommandDocumentKind): CommandLineDiagnostic[] {
  const { index, doc } = commandLinesOf(text, kind);
  return doc.lines.flatMap((line) =>
    line.docker.flatMap((command) =>
      diagnose(command, line.runArgs === true).map((d) => ({
        range: index.range(d.span.start, d.span.end),
        severity: d.severity,
        message: d.message,
      })),
    ),
  );
}
