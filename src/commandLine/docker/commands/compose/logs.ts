// `docker compose logs [SERVICE...]`: each container's lines behind `name  | `, names padded to one width.
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { type Globals, type Printer, byName, load, projectContainers, serviceOf } from './shared';

export function logs(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const loaded = load(g, p);
  const wanted = flags.positionals;
  const rows = projectContainers(ctx.lab, loaded.project.name)
    .filter((c) => wanted.length === 0 || wanted.includes(serviceOf(c)))
    .sort(byName);
  const width = Math.max(0, ...rows.map((c) => c.name.length));
  const tail = Number(flags.strings.get('tail') ?? -1);
  for (const c of rows) {
    const lines = tail >= 0 ? c.logs.slice(Math.max(0, c.logs.length - tail)) : c.logs;
    for (const line of lines)
      p.stdout += flags.bools.has('no-log-prefix') ? `${line}\n` : `${c.name.padEnd(width)}  | ${line}\n`;
  }
  return p.out();
}
