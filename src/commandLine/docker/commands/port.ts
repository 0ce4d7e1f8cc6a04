// `docker port C [PORT[/PROTO]]`: the published bindings of a container, as CLI 28's runPort
// prints them (NetworkSettings.Ports, naturally sorted lines).
import { portLines } from '../../print/ports';
import type { CommandContext } from '../context';
import { FlagError, parseFlags } from '../flags';
import { type Output, errorText, fail, guard, ok, flagErrorOutput, arityError } from '../output';


/** sortorder.NaturalLess: digit runs compare as numbers, everything else byte by byte. */
export function naturalLess(a: string, b: string): boolean {
  const chunks = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const ca = chunks(a);
  const cb = chunks(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const nx = x.replace(/^0+/, '');
      const ny = y.replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length < ny.length;
      if (nx !== ny) return nx < ny;
      return x.length < y.length;
    }
    return x < y;
  }
  return ca.length < cb.length;
}

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
    lines.sort((x, y) => (naturalLess(x, y) ? -1 : naturalLess(y, x) ? 1 : 0));
    return ok(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  }, (e) => fail(errorText(e), 1));
}
