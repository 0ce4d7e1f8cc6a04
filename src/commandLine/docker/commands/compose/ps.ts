// `docker compose ps [SERVICE...]` (docker/compose cmd/compose/ps.go runPs, pkg/compose/ps.go):
// the project's containers (running ones, one-off containers only with -a), `--status` and
// `--filter status=` (which imply -a), sorted by name; `-q` full IDs, `--services` the services,
// else the format.
import { ComposeError } from '../../../../compose/errors';
import type { Output } from '../../../../core/lab/output';
import { apiState } from '../../../../core/daemon/psFilter';
import { TemplateError, templateParsingError } from '../../../print/goTemplate';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { composePsFormatted } from './psFormat';
import { type Globals, type Printer, byName, isOneOff, projectContainers, projectOrName, serviceOf } from './shared';

/** psOptions.parseFilter: only `status=` is supported. */
export function parsePsFilter(filter: string | undefined): string[] {
  if (filter === undefined || filter === '') return [];
  const eq = filter.indexOf('=');
  if (eq < 0) throw new ComposeError('arguments to --filter should be in form KEY=VAL');
  const key = filter.slice(0, eq);
  if (key === 'status') return [filter.slice(eq + 1)];
  if (key === 'source') throw new ComposeError('not implemented');
  throw new ComposeError(`unknown filter ${key}`);
}

export function ps(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const statuses = [...parsePsFilter(flags.strings.get('filter')), ...(flags.lists.get('status') ?? [])];
  const { loaded, name } = projectOrName(g, p);
  const services = flags.positionals;
  if (loaded) {
    const names = new Set(loaded.project.services.map((s) => s.name));
    for (const s of services) if (!names.has(s)) throw new ComposeError(`no such service: ${s}`);
  }
  const all = flags.bools.has('all') || statuses.length > 0;
  const rows = projectContainers(ctx.lab, name.toLowerCase())
    .filter((c) => all || (c.state === 'running' && !isOneOff(c)))
    .filter((c) => services.length === 0 || services.includes(serviceOf(c)))
    .filter((c) => statuses.length === 0 || statuses.includes(apiState(c)))
    .sort(byName);
  if (flags.bools.has('quiet')) {
    p.stdout += rows.map((c) => `${c.id}\n`).join('');
    return p.out();
  }
  if (flags.bools.has('services')) {
    p.stdout += `${[...new Set(rows.map(serviceOf))].join('\n')}\n`;
    return p.out();
  }
  try {
    p.stdout += composePsFormatted(ctx.lab, rows, flags.strings.get('format') ?? '', !flags.bools.has('no-trunc'));
  } catch (e) {
    // docker/cli formatter.Context.parseFormat wraps the template's own error.
    if (e instanceof TemplateError) throw new ComposeError(templateParsingError(e));
    throw e;
  }
  return p.out();
}
