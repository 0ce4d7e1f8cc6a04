// `docker logs [-n N] C`: what the container's processes printed, as recorded in Container.logs.
// The lab keeps one stream per container, so everything goes to stdout (a TTY container's view).
import type { CommandContext } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { type Output, fail, ok } from '../../../core/lab/output';
import { errorText, guard } from '../output';

export const LOGS: CommandSpec = {
  usage: 'docker logs [OPTIONS] CONTAINER',
  arity: { kind: 'exact', n: 1 },
  flags: [
    { name: 'follow', short: 'f', type: 'bool' },
    { name: 'since', type: 'string' },
    { name: 'until', type: 'string' },
    { name: 'timestamps', short: 't', type: 'bool' },
    { name: 'details', type: 'bool' },
    { name: 'tail', short: 'n', type: 'string' },
  ],
};

export function logsCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(LOGS, args);
  if (p.output) return p.output;
  const { flags } = p;
  const ref = flags.positionals[0]!;
  return guard(
    () => {
      const c = ctx.lab.getContainer(ref);
      // --tail/-n: "all" or a count; the daemon treats anything unparsable (or negative) as all.
      const tail = Number(flags.strings.get('tail') ?? 'all');
      const lines = Number.isInteger(tail) && tail >= 0 ? c.logs.slice(c.logs.length - tail) : c.logs;
      return ok(lines.map((l) => `${l}\n`).join(''));
    },
    (e) => fail(errorText(e), 1),
  );
}
