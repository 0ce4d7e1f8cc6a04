// `docker port C [PORT[/PROTO]]`: the published bindings of a container, as CLI 28's runPort
// prints them (NetworkSettings.Ports, naturally sorted lines).
import { naturalCompare } from '../../../core/text/naturalSort';
import { portLines } from '../../print/ports';
import type { CommandContext } from '../context';
import { FlagError, parseFlags } from '../flags';
import { type Output, errorText, fail, guard, ok, flagErrorOutput, arityError } from '../output';


/** strconv.ParseUint(port, 10, 16)'s complaint, or undefined when the port is fine. */
function badPort(port: string): string | undefined {
  if (!/^\d+$/.test(port)) return `strconv.ParseUint: parsing ${JSON.stringify(port)}: invalid syntax`;
  return Number(port) > 65535 ? `strconv.ParseUint: parsing ${JSON.stringify(port)}: value out of range` : undefined;
}

export function portCommand(ctx: CommandContext, args: string[]): Output {
  let positionals: string[];
  try {
    positionals = parseFlags([], args, true).positionals;
  } catch (e) {
    if (e instanceof FlagError) return flagErrorOutput(e.message, 'docker port CONTAINER [PRIVATE_PORT[/PROTO]]');
    throw e;
  }
  const [ref, wanted] = positionals;
  const wrongCount = arityError('docker port CONTAINER [PRIVATE_PORT[/PROTO]]', { kind: 'range', min: 1, max: 2 }, positionals.length);
  if (wrongCount || ref === undefined) return wrongCount ?? fail('', 1);
  return guard(() => {
    const c = ctx.lab.getContainer(ref);
    let lines: string[];
    if (wanted !== undefined) {
      const [port = '', proto = 'tcp'] = wanted.split('/');
      const bad = badPort(port);
      if (bad) return fail(`Error: invalid port (${port}): ${bad}\n`);
      lines = portLines(c, `${port}/${proto || 'tcp'}`);
      if (lines.length === 0) return fail(`Error: No public port '${wanted}' published for ${ref}\n`);
    } else lines = portLines(c);
    lines.sort(naturalCompare);
    return ok(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  }, (e) => fail(errorText(e), 1));
}
