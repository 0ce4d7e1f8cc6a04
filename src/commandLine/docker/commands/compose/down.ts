// `docker compose down` (docker/compose cmd/compose/down.go, pkg/compose/down.go): the project's
// containers stopped and removed service by service in reverse dependency order (orphans first
// with --remove-orphans), then its networks, and with -v its anonymous volumes (with their
// containers) and its named volumes but external ones (ensureVolumesDown); a warning when there
// was nothing to remove.
import { ComposeError } from '../../../../compose/errors';
import { startOrder } from '../../../../compose/dependencies';
import { LABEL_PROJECT, LABEL_VOLUME } from '../../../../compose/plan';
import { removeNetwork } from '../../../../core/daemon/networkCreate';
import { removeVolume } from '../../../../core/daemon/volumes';
import type { Lab } from '../../../../core/lab/lab';
import { DockerError } from '../../../../core/lab/errors';
import type { Container } from '../../../../core/lab/model';
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { stopAndRemove } from './containerOps';
import { type Globals, type Printer, byName, intFlag, projectContainers, projectOrName, serviceOf } from './shared';

/** removeResource (pkg/compose/down.go): Removing, then Removed, or `Resource is still in use` when the engine refuses. */
function removeResource(p: Printer, id: string, remove: () => void): boolean {
  p.event(id, 'Removing');
  try {
    remove();
  } catch (e) {
    if (!(e instanceof DockerError)) throw e;
    p.event(id, 'Resource is still in use');
    return false;
  }
  p.event(id, 'Removed');
  return true;
}

/**
 * ensureVolumesDown and removeVolume: each named volume that exists goes (`Volume NAME` Removing,
 * Removed), one still used elsewhere stays (`Resource is still in use`). Without the file, the
 * volumes labelled with the project (actualVolumes). Returns how many went.
 */
function removeVolumes(lab: Lab, names: readonly string[], p: Printer): number {
  let removed = 0;
  for (const name of names) {
    if (!lab.volumes.has(name)) continue;
    if (removeResource(p, `Volume ${name}`, () => removeVolume(lab, name, true))) removed++;
  }
  return removed;
}

export function down(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const rmi = flags.strings.get('rmi');
  if (rmi !== undefined && rmi !== '' && rmi !== 'all' && rmi !== 'local')
    throw new ComposeError(`invalid value for --rmi: ${JSON.stringify(rmi)}`);
  const timeout = flags.strings.has('timeout') ? intFlag(flags.strings.get('timeout'), '-t, --timeout', 0) : undefined;
  const lab = ctx.lab;
  const { loaded, name } = projectOrName(g, p);
  const containers = projectContainers(lab, name);
  let serviceOrder: string[];
  if (loaded) serviceOrder = startOrder(loaded.project).reverse();
  else serviceOrder = [...new Set([...containers].reverse().map(serviceOf))];
  // Grouped once: a filter of all containers per service is quadratic in a large project.
  const byService = new Map<string, Container[]>();
  for (const c of containers) {
    const list = byService.get(serviceOf(c));
    if (list) list.push(c);
    else byService.set(serviceOf(c), [c]);
  }
  if (loaded && flags.bools.has('remove-orphans')) {
    // Containers of services the file no longer has (docker/compose down.go, RemoveOrphans).
    const known = new Set(serviceOrder);
    serviceOrder.unshift(...[...byService.keys()].filter((s) => !known.has(s)).sort());
  }
  const volumes = flags.bools.has('volumes');
  let removed = 0;
  for (const service of serviceOrder) {
    for (const c of (byService.get(service) ?? []).sort(byName)) {
      // removeContainers(..., options.Volumes) for the project's services; orphans keep theirs.
      const orphan = loaded !== undefined && !loaded.project.services.some((s) => s.name === service);
      stopAndRemove(lab, c, p, timeout, volumes && !orphan);
      removed++;
    }
  }
  const networks = loaded
    ? [...loaded.project.networks]
        .filter((n) => !n.external)
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .map((n) => n.name)
    : [...lab.networks.values()]
        .filter((n) => n.composeProject === name)
        .map((n) => n.name)
        .sort();
  for (const netName of networks) {
    const net = [...lab.networks.values()].find((n) => n.name === netName && n.composeProject === name);
    if (!net) continue;
    if (removeResource(p, `Network ${netName}`, () => removeNetwork(lab, net.id))) removed++;
  }
  if (volumes) {
    const names = loaded
      ? [...loaded.project.volumes]
          .filter((v) => !v.external)
          .sort((a, b) => (a.key < b.key ? -1 : 1))
          .map((v) => v.name)
      : [...lab.volumes.values()]
          .filter((v) => v.labels?.[LABEL_PROJECT] === name && v.labels[LABEL_VOLUME] !== undefined)
          .map((v) => v.name)
          .sort();
    removed += removeVolumes(lab, names, p);
  }
  if (removed === 0) p.warn(`Warning: No resource found to remove for project "${name}".`);
  return p.out();
}
