// `docker compose top [SERVICE...]` (docker/compose cmd/compose/top.go runTop, collectTop, topPrint;
// pkg/compose/top.go Top): the processes of the project's running containers (one-off ones too),
// sorted by container name, each row led by its service and replica number, CMD last; tabwriter
// minwidth 4, padding 2. Nothing at all when no container runs.
import type { Output } from '../../../../core/lab/output';
import { formatTable } from '../../../print/table';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { TOP_TITLES, topRows } from '../top';
import { type Globals, type Printer, byName, numberOf, projectContainers, serviceOf, toProjectName } from './shared';

export function topServices(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const project = toProjectName(g, p).toLowerCase();
  const services = flags.positionals;
  const rows = projectContainers(ctx.lab, project)
    .filter((c) => c.state === 'running' && (services.length === 0 || services.includes(serviceOf(c))))
    .sort(byName)
    .flatMap((c) => topRows(c, ctx.lab.now).map((r) => [serviceOf(c), String(numberOf(c) || ''), ...r]));
  if (rows.length > 0) p.stdout += formatTable([['SERVICE', '#', ...TOP_TITLES], ...rows], 4, 2);
  return p.out();
}
