// `docker port C [PORT[/PROTO]]`: the published bindings of a container, as CLI 29's runPort
// prints them (NetworkSettings.Ports, naturally sorted lines).
import { naturalCompare } from '../../../core/text/naturalSort';
import { portLines } from '../../print/ports';
import type { CommandContext } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { type Output, fail, ok } from '../../../core/lab/output';
import { errorText, guard } from '../output';

/**
 * api/types/network ParsePort's complaint (parsePortNumber unwraps strconv's NumError), or undefined
 * when the port is fine.
 */
export function badPort(port: string): string | undefined {
  if (port === '') return `invalid port '': value is empty`;
  if (!/^\d+$/.test(port)) return `invalid port '${port}': invalid syntax`;
  return Number(port) > 65535 ? `invalid port '${port}': value out of range` : undefined;
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
        const slash = wanted.indexOf('/');
        const port = slash < 0 ? wanted : wanted.slice(0, slash);
        // ParsePort lower-cases the protocol ("80/TCP" is 80/tcp) and defaults it to tcp.
        const proto = (slash < 0 ? '' : wanted.slice(slash + 1)).toLowerCase() || 'tcp';
        const bad = badPort(port);
        if (bad) return fail(`${bad}\n`);
        lines = portLines(c, `${Number(port)}/${proto}`);
        // CLI 29 container/port.go runPort: lower-case, no `Error: ` prefix.
        if (lines.length === 0) return fail(`no public port '${wanted}' published for ${ref}\n`);
      } else lines = portLines(c);
      lines.sort(naturalCompare);
      return ok(lines.length > 0 ? `${lines.join('\n')}\n` : '');
    },
    (e) => fail(errorText(e), 1),
  );
}
