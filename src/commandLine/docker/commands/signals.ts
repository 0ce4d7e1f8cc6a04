// `docker kill`, `docker pause` and `docker unpause`: per-container results and the daemon's
// refusals, like the other lifecycle commands.
import { killContainer, pauseContainer, unpauseContainer } from '../../../core/daemon/containerPause';
import type { Container } from '../../../core/lab/model';
import type { CommandContext } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { type Output, fail, join, ok } from '../../../core/lab/output';
import { errorText, guard } from '../output';

export const KILL: CommandSpec = {
  usage: 'docker kill [OPTIONS] CONTAINER [CONTAINER...]',
  arity: { kind: 'min', n: 1 },
  flags: [{ name: 'signal', short: 's', type: 'string' }],
};
export const PAUSE: CommandSpec = {
  usage: 'docker pause CONTAINER [CONTAINER...]',
  arity: { kind: 'min', n: 1 },
  flags: [],
};
export const UNPAUSE: CommandSpec = {
  usage: 'docker unpause CONTAINER [CONTAINER...]',
  arity: { kind: 'min', n: 1 },
  flags: [],
};

function each(
  ctx: CommandContext,
  args: string[],
  spec: CommandSpec,
  act: (c: Container, ref: string) => void,
): Output {
  const p = prologue(spec, args);
  if (p.output) return p.output;
  return join(
    ...p.flags.positionals.map((ref) =>
      guard(
        () => {
          ctx.lab.batch(() => {
            act(ctx.lab.getContainer(ref), ref);
            ctx.lab.markChanged();
          });
          return ok(`${ref}\n`);
        },
        (e) => fail(errorText(e), 1),
      ),
    ),
  );
}

export function killCommand(ctx: CommandContext, args: string[]): Output {
  return each(ctx, args, KILL, (c, ref) => killContainer(ctx.lab, c, ref));
}

export function pauseCommand(ctx: CommandContext, args: string[]): Output {
  return each(ctx, args, PAUSE, (c) => pauseContainer(c));
}

export function unpauseCommand(ctx: CommandContext, args: string[]): Output {
  return each(ctx, args, UNPAUSE, (c) => unpauseContainer(c));
}
