// `docker start|stop|restart|rm|ps`: each acts on every container named, reporting per name.
import { restartContainer, startContainer, stopContainer } from '../../../core/daemon/containerLifecycle';
import { FILTER_FLAG } from '../filterFlag';
import { removeContainer } from '../../../core/daemon/containerStop';
import { psRows, psTableRows } from '../../print/psTable';
import { TemplateError, psFormatted } from '../../print/psFormat';
import { templateParsingError } from '../../print/goTemplate';
import { type PsQuery, psQuery } from '../../../core/daemon/psFilter';
import type { CommandContext } from '../context';
import type { FlagSpec } from '../flags';
import { type CommandSpec, prologue } from '../prologue';
import { type Output, fail, join, ok } from '../../../core/lab/output';
import { errorText, guard } from '../output';
import { DockerError, cliError } from '../../../core/lab/errors';
import { shortId } from '../../../core/lab/shortId';

const CONTAINERS = '[OPTIONS] CONTAINER [CONTAINER...]';
const TIMEOUT_FLAGS: FlagSpec[] = [
  { name: 'time', short: 't', type: 'string' },
  { name: 'signal', short: 's', type: 'string' },
];
export const START: CommandSpec = {
  usage: `docker start ${CONTAINERS}`,
  arity: { kind: 'min', n: 1 },
  flags: [
    { name: 'attach', short: 'a', type: 'bool' },
    { name: 'interactive', short: 'i', type: 'bool' },
  ],
};
export const STOP: CommandSpec = {
  usage: `docker stop ${CONTAINERS}`,
  arity: { kind: 'min', n: 1 },
  flags: TIMEOUT_FLAGS,
};
export const RESTART: CommandSpec = {
  usage: `docker restart ${CONTAINERS}`,
  arity: { kind: 'min', n: 1 },
  flags: TIMEOUT_FLAGS,
};
export const RM: CommandSpec = {
  usage: `docker rm ${CONTAINERS}`,
  arity: { kind: 'min', n: 1 },
  flags: [
    { name: 'force', short: 'f', type: 'bool' },
    { name: 'volumes', short: 'v', type: 'bool' },
    { name: 'link', short: 'l', type: 'bool' },
  ],
};
export const PS: CommandSpec = {
  usage: 'docker ps [OPTIONS]',
  arity: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'no-trunc', type: 'bool' },
    { name: 'latest', short: 'l', type: 'bool' },
    { name: 'size', short: 's', type: 'bool' },
    { name: 'format', type: 'string' },
    FILTER_FLAG,
    { name: 'last', short: 'n', type: 'string' },
  ],
};

/** Applies an action to each named container; prints the name as typed on success. */
function eachContainer(refs: string[], action: (ref: string) => void): Output {
  return join(
    ...refs.map((ref) =>
      guard(
        () => {
          action(ref);
          return ok(`${ref}\n`);
        },
        (e: DockerError) => fail(errorText(e), 1),
      ),
    ),
  );
}

/**
 * docker/cli start.go RunStart with -a or -i: one container only, looked up first (its error alone,
 * exit 1), then started attached: what it prints and its exit code, as an attached `docker run`
 * gives them; an interactive shell (-i on a container created with -it) takes the terminal.
 */
function startAttached(ctx: CommandContext, refs: string[], interactive: boolean): Output {
  if (refs.length > 1) return fail('you cannot start and attach multiple containers at once\n', 1);
  return guard(
    () => {
      const c = ctx.lab.getContainer(refs[0]!);
      const result = ctx.lab.batch(() => startContainer(ctx.lab, c, ctx.runInContainer));
      if (!result.interactiveShell || !interactive) return result.output;
      const stderr = ctx.enterShell(c.id, true);
      return { ...result.output, stderr: result.output.stderr + stderr };
    },
    (e: DockerError) => fail(errorText(e), 1),
  );
}

export function startCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(START, args);
  if (p.output) return p.output;
  const { flags } = p;
  if (flags.bools.has('attach') || flags.bools.has('interactive'))
    return startAttached(ctx, flags.positionals, flags.bools.has('interactive'));
  const failed: string[] = [];
  const out = eachContainer(flags.positionals, (ref) => {
    try {
      startContainer(ctx.lab, ctx.lab.getContainer(ref), ctx.runInContainer);
    } catch (e) {
      failed.push(ref);
      throw e;
    }
  });
  // docker/cli start.go: after the per-container errors, one line naming those that failed.
  return failed.length === 0
    ? out
    : { ...out, stderr: `${out.stderr}failed to start containers: ${failed.join(', ')}\n` };
}

export function stopCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(STOP, args);
  if (p.output) return p.output;
  const { flags } = p;
  return eachContainer(flags.positionals, (ref) => stopContainer(ctx.lab, ctx.lab.getContainer(ref)));
}

export function restartCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(RESTART, args);
  if (p.output) return p.output;
  const { flags } = p;
  return eachContainer(flags.positionals, (ref) => {
    restartContainer(ctx.lab, ctx.lab.getContainer(ref), ctx.runInContainer);
  });
}

export function rmCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(RM, args);
  if (p.output) return p.output;
  const { flags } = p;
  const force = flags.bools.has('force');
  // docker/cli container/rm.go runRm: the name is trimmed of "/", an empty one is the CLI's error,
  // and with -f a container that does not exist is skipped without a word.
  const trim = (ref: string) => ref.replace(/^\/+|\/+$/g, '');
  const missing = (ref: string) => {
    try {
      return ctx.lab.findContainer(trim(ref)) === undefined;
    } catch (e) {
      if (e instanceof DockerError) return false;
      throw e;
    }
  };
  const refs = flags.positionals.filter((ref) => !(force && trim(ref) !== '' && missing(ref)));
  return eachContainer(refs, (ref) => {
    const trimmed = trim(ref);
    if (trimmed === '') throw cliError('container name cannot be empty');
    removeContainer(ctx.lab, trimmed, force, flags.bools.has('volumes'));
  });
}

export function psCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(PS, args);
  if (p.output) return p.output;
  const { flags } = p;
  let query: PsQuery;
  try {
    query = psQuery(ctx.lab, flags.lists.get('filter') ?? []);
  } catch (e) {
    if (e instanceof DockerError) return fail(errorText(e), 1);
    throw e;
  }
  const last = flags.bools.has('latest') ? 1 : Number(flags.strings.get('last') ?? -1);
  // moby daemon/list.go: stopped containers are listed with -a, a limit (-n, -l) or a status filter.
  const all = flags.bools.has('all') || last > 0 || query.impliesAll;
  let rows = query
    .window(psRows(ctx.lab.containers.values(), true))
    .filter((c) => (all || c.state === 'running') && query.test(c));
  if (last > 0) rows = rows.slice(0, last);
  const noTrunc = flags.bools.has('no-trunc');
  if (flags.bools.has('quiet')) return ok(rows.map((c) => `${noTrunc ? c.id : shortId(c.id)}\n`).join(''));
  const format = flags.strings.get('format');
  if (format !== undefined && format !== 'table') {
    try {
      return ok(psFormatted(ctx.lab, rows, format, noTrunc));
    } catch (e) {
      if (e instanceof TemplateError) return fail(`${templateParsingError(e)}\n`, 64);
      throw e;
    }
  }
  return ok(psTableRows(rows, ctx.lab.now, noTrunc, ctx.lab));
}
