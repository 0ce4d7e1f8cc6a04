// `docker logs [-n N] C`: what the container's processes printed, as recorded in Container.logs.
// The lab keeps one stream per container, so everything goes to stdout (a TTY container's view).
import type { CommandContext } from '../context';
import { FlagError, type FlagSpec, parseFlags } from '../flags';
import { type Output, errorText, fail, guard, ok, flagErrorOutput, arityError } from '../output';


const FLAGS: FlagSpec[] = [
  { name: 'follow', short: 'f', type: 'bool' },
  { name: 'since', type: 'string' },
  { name: 'until', type: 'string' },
  { name: 'timestamps', short: 't', type: 'bool' },
  { name: 'details', type: 'bool' },
  { name: 'tail', short: 'n', type: 'string' },
];

export function logsCommand(ctx: CommandContext, args: string[]): Output {
  let flags;
  try {
    flags = parseFlags(FLAGS, args, true);
  } catch (e) {
    if (e instanceof FlagError) return flagErrorOutput(e.message, 'docker logs [OPTIONS] CONTAINER');
    throw e;
  }
  const [ref] = flags.positionals;
  const wrongCount = arityError('docker logs [OPTIONS] CONTAINER', { kind: 'exact', n: 1 }, flags.positionals.length);
  if (wrongCount || ref === undefined) return wrongCount ?? fail('', 1);
  return guard(() => {
    const c = ctx.lab.getContainer(ref);
    // --tail/-n: "all" or a count; the daemon treats anything unparsable (or negative) as all.
    const tail = Number(flags.strings.get('tail') ?? 'all');
    const lines = Number.isInteger(tail) && tail >= 0 ? c.logs.slice(c.logs.length - tail) : c.logs;
    return ok(lines.map((l) => `${l}\n`).join(''));
  }, (e) => fail(errorText(e), 1));
}
