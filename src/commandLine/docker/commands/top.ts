// `docker top CONTAINER [ps OPTIONS]` / `docker container top`: docker/cli
// cli/command/container/top.go runTop (the titles and rows through tabwriter minwidth 20, padding
// 3), moby daemon/top_unix.go ContainerTop (validatePSArgs, GetRunningTask, the restarting check,
// then the host's `ps -ef` kept to the container's PIDs) over the lab's process table.
import { containerProcesses } from '../../../core/kernel/processes';
import { daemonError } from '../../../core/lab/errors';
import type { Container } from '../../../core/lab/model';
import { type Output, fail, ok } from '../../../core/lab/output';
import { formatTable } from '../../print/table';
import type { CommandContext } from '../context';
import { errorText, guard } from '../output';
import { type CommandSpec, prologue } from '../prologue';

export const TOP: CommandSpec = {
  usage: 'docker top CONTAINER [ps OPTIONS]',
  arity: { kind: 'min', n: 1 },
  flags: [],
  interspersed: false,
};

/** ContainerTop's Titles for `ps -ef`. */
export const TOP_TITLES = ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'];

/** procps STIME: HH:MM for a process started today (the lab's clock is UTC), else MmmDD. */
function stime(started: number, now: number): string {
  const d = new Date(started * 1000);
  if (Math.floor(started / 86400) === Math.floor(now / 86400))
    return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${month}${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** validatePSArgs: a `key=PID...` column rename other than pid= is refused. */
function psArgsError(psArgs: string): string | undefined {
  for (const m of psArgs.matchAll(/\s+([^\s]*)=\s*(PID[^\s]*)/g)) {
    if (m[1] !== 'pid') return `specifying "${m[1]}=${m[2]}" is not allowed`;
  }
  return undefined;
}

/** ContainerTop's Processes for `ps -ef`: one row per process, in TOP_TITLES order. */
export function topRows(c: Container, now: number): string[][] {
  return containerProcesses(c).map((r) => [
    r.uid,
    String(r.pid),
    String(r.ppid),
    '0',
    stime(r.started, now),
    r.tty,
    '00:00:00',
    r.cmd,
  ]);
}

export function topCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(TOP, args);
  if (p.output) return p.output;
  const [ref, ...psOptions] = p.flags.positionals as [string, ...string[]];
  const psArgs = psOptions.length > 0 ? psOptions.join(' ') : '-ef';
  return guard(
    () => {
      const refused = psArgsError(psArgs);
      if (refused !== undefined) throw daemonError(refused);
      const c = ctx.lab.getContainer(ref);
      if (c.state !== 'running' && c.state !== 'restarting') throw daemonError(`container ${c.id} is not running`);
      if (c.state === 'restarting')
        throw daemonError(`Container ${c.id} is restarting, wait until the container is running`);
      // The lab's process table answers the default `ps -ef` only; other columns it has no figures for.
      if (psArgs !== '-ef')
        return fail(`the lab runs docker top with ps's default -ef only, not ${JSON.stringify(psArgs)}\n`, 1);
      return ok(formatTable([TOP_TITLES, ...topRows(c, ctx.lab.now)], 20, 3));
    },
    (e) => fail(errorText(e), 1),
  );
}
