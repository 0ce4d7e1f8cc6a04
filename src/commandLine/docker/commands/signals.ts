// `docker kill`, `docker pause` and `docker unpause`: per-container results and the daemon's
// refusals, like the other lifecycle commands.
import { exitContainer } from '../../../core/daemon/containerStop';
import { daemonError } from '../../../core/lab/errors';
import type { Container } from '../../../core/lab/model';
import type { CommandContext } from '../context';
import { FlagError, parseFlags } from '../flags';
import { type Output, errorText, fail, guard, join, ok, flagErrorOutput, arityError } from '../output';

function each(ctx: CommandContext, args: string[], command: string, act: (c: Container, ref: string) => void): Output {
  let refs: string[];
  try {
    refs = parseFlags([{ name: 'signal', short: 's', type: 'string' }], args, true).positionals;
  } catch (e) {
    if (e instanceof FlagError) return flagErrorOutput(e.message, `docker ${command} ${command === 'kill' ? '[OPTIONS] ' : ''}CONTAINER [CONTAINER...]`);
    throw e;
  }
  const wrongCount = arityError(`docker ${command} ${command === 'kill' ? '[OPTIONS] ' : ''}CONTAINER [CONTAINER...]`, { kind: 'min', n: 1 }, refs.length);
  if (wrongCount) return wrongCount;
  return join(...refs.map((ref) => guard(() => {
    ctx.lab.batch(() => {
      act(ctx.lab.getContainer(ref), ref);
      ctx.lab.markChanged();
    });
    return ok(`${ref}\n`);
  }, (e) => fail(errorText(e), 1))));
}

export function killCommand(ctx: CommandContext, args: string[]): Output {
  return each(ctx, args, 'kill', (c, ref) => {
    if (c.state !== 'running') throw daemonError(`cannot kill container: ${ref}: container ${c.id} is not running`);
    c.paused = false;
    exitContainer(ctx.lab, c, 137);
  });
}

export function pauseCommand(ctx: CommandContext, args: string[]): Output {
  return each(ctx, args, 'pause', (c) => {
    if (c.state !== 'running') throw daemonError(`container ${c.id} is not running`);
    if (c.paused) throw daemonError(`container ${c.id} is already paused`);
    c.paused = true;
  });
}

export function unpauseCommand(ctx: CommandContext, args: string[]): Output {
  return each(ctx, args, 'unpause', (c) => {
    if (!c.paused) throw daemonError(`container ${c.id} is not paused`);
    c.paused = false;
  });
}
