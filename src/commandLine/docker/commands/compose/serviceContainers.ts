// The project's containers a compose command acts on (docker/compose pkg/compose/containers.go
// getContainers and the filter on the project's services): those of the named services (all when
// none is named; a name the file does not have is `no such service`), in the state the command
// wants, one-off ones only when asked, and orphans (services the file no longer has) only when kept.
import type { Container } from '../../../../core/lab/model';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { selectServices } from './selection';
import { type Globals, type Printer, byName, isOneOff, projectContainers, projectOrName, serviceOf } from './shared';

export interface Wanted {
  /** The container states the command acts on. */
  state: (c: Container) => boolean;
  oneOff: boolean;
  keepOrphans?: boolean;
}

export function serviceContainers(
  ctx: CommandContext,
  g: Globals,
  flags: ParsedFlags,
  p: Printer,
  wanted: Wanted,
): Container[] {
  const { loaded, name } = projectOrName(g, p);
  const named = flags.positionals;
  // ToProject(services...) refuses a service the file does not have.
  if (loaded) selectServices(loaded.project, named, false);
  const known = loaded ? new Set(loaded.project.services.map((s) => s.name)) : undefined;
  return projectContainers(ctx.lab, name.toLowerCase())
    .filter((c) => wanted.state(c) && (wanted.oneOff || !isOneOff(c)))
    .filter((c) => named.length === 0 || named.includes(serviceOf(c)))
    .filter((c) => wanted.keepOrphans === true || !known || known.has(serviceOf(c)))
    .sort(byName);
}
