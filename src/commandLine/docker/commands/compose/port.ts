// `docker compose port SERVICE PRIVATE_PORT` (docker/compose cmd/compose/port.go runPort,
// pkg/compose/port.go Port): the first port of the service's container (`--index`) with that
// private port and protocol, printed `ip:port`; the API's address of an unpublished port is Go's
// zero netip.Addr, which prints `invalid IP`.
import { ComposeError } from '../../../../compose/errors';
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { publishers } from './psFormat';
import { type Globals, type Printer, intFlag, specifiedContainer, toProjectName } from './shared';

interface Publisher {
  URL: string;
  TargetPort: number;
  PublishedPort: number;
  Protocol: string;
}

export function port(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const [service, privatePort] = flags.positionals;
  if (service === undefined || privatePort === undefined)
    throw new ComposeError(`requires at least 2 arg(s), only received ${flags.positionals.length}`);
  if (!/^\d+$/.test(privatePort))
    throw new ComposeError(`strconv.ParseUint: parsing ${JSON.stringify(privatePort)}: invalid syntax`);
  if (Number(privatePort) > 65535)
    throw new ComposeError(`strconv.ParseUint: parsing ${JSON.stringify(privatePort)}: value out of range`);
  const wanted = Number(privatePort);
  const protocol = (flags.strings.get('protocol') ?? 'tcp').toLowerCase();
  const index = intFlag(flags.strings.get('index'), '--index', 0);
  const name = toProjectName(g, p).toLowerCase();
  const c = specifiedContainer(ctx.lab, name, service, index);
  const ports = publishers(c) as unknown as Publisher[];
  const hit = ports.find((x) => x.TargetPort === wanted && x.Protocol === protocol);
  if (!hit) {
    // portNotFoundError
    const list = ports.map((x) => `${x.TargetPort}/${x.Protocol}`).join(', ');
    throw new ComposeError(`no port ${wanted}/${protocol} for container ${c.name}: ${list}`);
  }
  p.stdout += `${hit.URL === '' ? 'invalid IP' : hit.URL}:${hit.PublishedPort}\n`;
  return p.out();
}
