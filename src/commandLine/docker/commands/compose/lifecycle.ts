// `docker compose start|stop|restart [SERVICE...]` (docker/compose cmd/compose/start.go, stop.go,
// restart.go; pkg/compose/start.go, stop.go, restart.go): the project's containers (not one-off
// ones) service by service, in dependency order to start and restart and in reverse to stop.
import { startOrder } from '../../../../compose/dependencies';
import { ComposeError } from '../../../../compose/errors';
import { type Project, serviceScale } from '../../../../compose/project';
import { startContainer } from '../../../../core/daemon/containerLifecycle';
import { DockerError } from '../../../../core/lab/errors';
import type { Container } from '../../../../core/lab/model';
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { stopEvents, stopWithTimeout } from './containerOps';
import { restartSelection, selectServices } from './selection';
import {
  type Globals,
  type Printer,
  byName,
  daemonText,
  intFlag,
  isOneOff,
  numberOf,
  projectContainers,
  projectOrName,
  serviceOf,
} from './shared';

interface Target {
  /** Services in dependency order. */
  order: string[];
  containers: Container[];
  scales: Map<string, number>;
}

function target(
  ctx: CommandContext,
  g: Globals,
  flags: ParsedFlags,
  p: Printer,
  withDeps: boolean,
  select: (project: Project) => Set<string> = (project) => selectServices(project, flags.positionals, withDeps),
): Target {
  const { loaded, name } = projectOrName(g, p);
  const containers = projectContainers(ctx.lab, name.toLowerCase()).filter((c) => !isOneOff(c));
  let order: string[];
  const scales = new Map<string, number>();
  if (loaded) {
    const selected = select(loaded.project);
    order = startOrder(loaded.project).filter((s) => selected.has(s));
    for (const s of loaded.project.services) scales.set(s.name, serviceScale(s));
  } else {
    order = [...new Set(containers.map(serviceOf))];
    if (flags.positionals.length > 0) order = order.filter((s) => flags.positionals.includes(s));
  }
  return { order, containers, scales };
}

const ofService = (t: Target, service: string) =>
  t.containers.filter((c) => serviceOf(c) === service).sort((a, b) => numberOf(a) - numberOf(b) || byName(a, b));

function start(ctx: CommandContext, c: Container, p: Printer): void {
  const id = `Container ${c.name}`;
  p.event(id, 'Starting');
  try {
    startContainer(ctx.lab, c, ctx.runInContainer);
  } catch (e) {
    if (!(e instanceof DockerError)) throw e;
    throw new ComposeError(daemonText(e));
  }
  p.event(id, 'Started');
}

/** startService: `service "x" has no container to start` when the project has no container at all. */
export function startServices(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const t = target(ctx, g, flags, p, true);
  for (const service of t.order) {
    if (t.containers.length === 0) {
      if (t.scales.get(service) === 0) continue;
      throw new ComposeError(`service "${service}" has no container to start`);
    }
    for (const c of ofService(t, service).filter((x) => x.state !== 'running')) start(ctx, c, p);
  }
  return p.out();
}

const timeoutOf = (flags: ParsedFlags) =>
  flags.strings.has('timeout') ? intFlag(flags.strings.get('timeout'), '-t, --timeout', 0) : undefined;

export function stopServices(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const timeout = timeoutOf(flags);
  const t = target(ctx, g, flags, p, false);
  for (const service of [...t.order].reverse())
    for (const c of ofService(t, service)) stopEvents(ctx.lab, c, p, timeout);
  return p.out();
}

/**
 * restart: the named services and their `restart: true` dependents, in dependency order; each
 * container through restartContainer: Restarting, the engine's restart (stop with the timeout,
 * then start), Started.
 */
export function restartServices(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const timeout = timeoutOf(flags);
  const t = target(ctx, g, flags, p, false, (project) =>
    restartSelection(project, flags.positionals, flags.bools.has('no-deps')),
  );
  for (const service of t.order) {
    for (const c of ofService(t, service)) {
      const id = `Container ${c.name}`;
      p.event(id, 'Restarting');
      stopWithTimeout(ctx.lab, c, timeout, false);
      try {
        startContainer(ctx.lab, c, ctx.runInContainer);
      } catch (e) {
        if (!(e instanceof DockerError)) throw e;
        throw new ComposeError(daemonText(e));
      }
      p.event(id, 'Started');
    }
  }
  return p.out();
}
