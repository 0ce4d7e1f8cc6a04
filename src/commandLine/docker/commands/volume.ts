// `docker volume create|ls|rm|inspect` (docker/cli cli/command/volume): create prints the name, ls sorts by name
// (sortorder.NaturalLess) in the `table {{.Driver}}\t{{.Name}}` format, rm prints each name removed and joins the
// errors, inspect prints api/types/volume Volume.
import { createVolume, removeVolume, volumeMountpoint } from '../../../core/daemon/volumes';
import { FILTER_FLAG } from '../filterFlag';
import { own } from '../../../core/lab/own';
import { type Output, fail, ok } from '../../../core/lab/output';
import type { Volume } from '../../../core/lab/model';
import { naturalCompare } from '../../../core/text/naturalSort';
import { DockerError } from '../../../core/lab/errors';
import { type JsonValue, goMap } from '../../print/json';
import { formatTable } from '../../print/table';
import type { CommandContext, DockerHandler } from '../context';
import { errorText } from '../output';
import { type CommandSpec, prologue } from '../prologue';
import { inspectEach } from '../inspectEach';

const CREATE: CommandSpec = {
  usage: 'docker volume create [OPTIONS] [VOLUME]',
  arity: { kind: 'range', min: 0, max: 1 },
  flags: [
    { name: 'driver', short: 'd', type: 'string' },
    { name: 'label', type: 'list' },
    { name: 'opt', short: 'o', type: 'list' },
    { name: 'name', type: 'string' },
  ],
};
const LS: CommandSpec = {
  usage: 'docker volume ls [OPTIONS]',
  arity: { kind: 'none' },
  flags: [{ name: 'quiet', short: 'q', type: 'bool' }, { name: 'format', type: 'string' }, FILTER_FLAG],
};
const RM: CommandSpec = {
  usage: 'docker volume rm [OPTIONS] VOLUME [VOLUME...]',
  arity: { kind: 'min', n: 1 },
  flags: [{ name: 'force', short: 'f', type: 'bool' }],
};
const INSPECT: CommandSpec = {
  usage: 'docker volume inspect [OPTIONS] VOLUME [VOLUME...]',
  arity: { kind: 'min', n: 1 },
  flags: [{ name: 'format', short: 'f', type: 'string' }],
};

/** RFC 3339 in the daemon's zone (UTC here), whole seconds: time.Now().Format(time.RFC3339). */
const createdAt = (seconds: number) => `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`;

/** api/types/volume Volume; a volume the CLI created has labels and options maps, one made by -v has null. */
export function volumeJson(v: Volume): JsonValue {
  return {
    CreatedAt: createdAt(v.createdAt),
    Driver: 'local',
    Labels: v.labels === null ? null : goMap(Object.entries(v.labels)),
    Mountpoint: volumeMountpoint(v.name),
    Name: v.name,
    Options: v.options !== undefined ? v.options && goMap(Object.entries(v.options)) : v.labels === null ? null : {},
    Scope: 'local',
  };
}

function labelsFrom(list: readonly string[]): Record<string, string> {
  return Object.fromEntries(list.map((l) => [l.split('=')[0]!, l.includes('=') ? l.slice(l.indexOf('=') + 1) : '']));
}

const daemonFailure = (e: unknown): Output => {
  if (e instanceof DockerError) return fail(errorText(e), e.exitCode);
  throw e;
};

function create(ctx: CommandContext, args: string[]): Output {
  const p = prologue(CREATE, args);
  if (p.output) return p.output;
  const { flags } = p;
  const name = flags.positionals[0] ?? flags.strings.get('name') ?? ctx.lab.newId();
  try {
    const v = createVolume(ctx.lab, name, labelsFrom(flags.lists.get('label') ?? []));
    return ok(`${v.name}\n`);
  } catch (e) {
    return daemonFailure(e);
  }
}

function ls(ctx: CommandContext, args: string[]): Output {
  const p = prologue(LS, args);
  if (p.output) return p.output;
  const { flags } = p;
  const volumes = [...ctx.lab.volumes.values()].sort((a, b) => naturalCompare(a.name, b.name));
  if (flags.bools.has('quiet')) return ok(volumes.map((v) => `${v.name}\n`).join(''));
  return ok(formatTable([['DRIVER', 'VOLUME NAME'], ...volumes.map((v) => ['local', v.name])]));
}

function rm(ctx: CommandContext, args: string[]): Output {
  const p = prologue(RM, args);
  if (p.output) return p.output;
  const { flags } = p;
  let stdout = '';
  const errors: string[] = [];
  for (const name of flags.positionals) {
    try {
      removeVolume(ctx.lab, name, flags.bools.has('force'));
      stdout += `${name}\n`;
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      errors.push(errorText(e));
    }
  }
  return { stdout, stderr: errors.join(''), exitCode: errors.length > 0 ? 1 : 0 };
}

function inspect(ctx: CommandContext, args: string[]): Output {
  const p = prologue(INSPECT, args);
  if (p.output) return p.output;
  return inspectEach(p.flags.strings.get('format') ?? '', p.flags.positionals, (name) => {
    const v = ctx.lab.volumes.get(name);
    return v ? { raw: volumeJson(v) } : `Error response from daemon: get ${name}: no such volume`;
  });
}

const VERBS: Record<string, DockerHandler> = { create, ls, list: ls, rm, remove: rm, inspect };

const HELP =
  "\nUsage:  docker volume COMMAND\n\nManage volumes\n\nCommands:\n  create      Create a volume\n  inspect     Display detailed information on one or more volumes\n  ls          List volumes\n  rm          Remove one or more volumes\n\nRun 'docker volume COMMAND --help' for more information on a command.\n";

export function volumeCommand(ctx: CommandContext, args: string[]): Output {
  const [verb, ...rest] = args;
  if (verb === undefined || verb === '--help' || verb === '-h') return ok(HELP);
  const handler = own(VERBS, verb);
  if (!handler)
    return fail(
      `docker: unknown command: docker volume ${verb}\n\nUsage:  docker volume\n\nRun 'docker volume --help' for more information\n`,
      1,
    );
  return handler(ctx, rest);
}
