// `docker port C [PORT[/PROTO]]`: the published bindings of a container, as CLI 28's runPort
// prints them (NetworkSettings.Ports, naturally sorted lines).
import { naturalCompare } from '../../../core/text/naturalSort';
import { portLines } from '../../print/ports';
import type { CommandContext } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { type Output, fail, ok } from '../../../core/lab/output';
import { errorText, guard } from '../output';

/** strconv.ParseUint(port, 10, 16)'s complaint, or undefined when the port is fine. */
function badPort(port: string): string | undefined {
  if (!/^\d+$/.test(port)) return `strconv.ParseUint: parsing ${JSON.stringify(port)}: invalid syntax`;
  return Number(port) > 65535 ? `strconv.ParseUint: parsing ${JSON.stringify(port)}: value out of range` : undefined;
}

export const PORT: CommandSpec = {
  usage: 'docker port CONTAINER [PRIVATE_PORT[/PROTO]]',
  arity: { kind: 'range', min: 1, max: 2 },
  flags: [],
};

export function portCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(PORT, args);
  if (p.output) return p.output;
  const [ref, wanted] = p.flags.positionals as [string, string?];
  return guard(
    () => {
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
    },
    (e) => fail(errorText(e), 1),
  );
}
