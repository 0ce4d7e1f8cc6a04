// `docker compose pause|unpause|kill [SERVICE...]` (docker/compose cmd/compose/pause.go, kill.go;
// pkg/compose/pause.go, kill.go): each running container of the project (paused ones count as
// running, as the engine lists them), with compose's progress lines. The engine acts on each
// container on its own (an errgroup): one refusal does not stop the others, and the first is
// printed after their lines.
import { ComposeError } from '../../../../compose/errors';
import { killContainer, pauseContainer, unpauseContainer } from '../../../../core/daemon/containerPause';
import { DockerError } from '../../../../core/lab/errors';
import type { Container } from '../../../../core/lab/model';
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { serviceContainers } from './serviceContainers';
import { type Globals, type Printer, daemonText } from './shared';

const running = (c: Container) => c.state === 'running';

/** Each container through act, its line after it; the first refusal at the end, exit 1. */
function each(p: Printer, containers: Container[], act: (c: Container) => void, done: string): Output {
  let refusal: string | undefined;
  for (const c of containers) {
    try {
      act(c);
      p.event(`Container ${c.name}`, done);
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      refusal ??= daemonText(e);
    }
  }
  if (refusal !== undefined) throw new ComposeError(refusal);
  return p.out();
}

export function pauseServices(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const containers = serviceContainers(ctx, g, flags, p, { state: running, oneOff: false });
  return each(
    p,
    containers,
    (c) => {
      pauseContainer(c);
      ctx.lab.markChanged();
    },
    'Paused',
  );
}

export function unpauseServices(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const containers = serviceContainers(ctx, g, flags, p, { state: running, oneOff: false });
  return each(
    p,
    containers,
    (c) => {
      unpauseContainer(c);
      ctx.lab.markChanged();
    },
    'Unpaused',
  );
}

/**
 * kill: one-off containers too; orphans only with --remove-orphans. No container: runKill's
 * `No container to kill` (on stderr, compose's stdinfo), exit 0. Each container gets Killing, then
 * Killed once the engine has killed it (exit code 137, as `docker kill` in the lab).
 */
export function killServices(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const containers = serviceContainers(ctx, g, flags, p, {
    state: running,
    oneOff: true,
    keepOrphans: flags.bools.has('remove-orphans'),
  });
  if (containers.length === 0) {
    p.stderr += 'No container to kill\n';
    return p.out();
  }
  for (const c of containers) {
    p.event(`Container ${c.name}`, 'Killing');
    killContainer(ctx.lab, c, c.id);
    p.event(`Container ${c.name}`, 'Killed');
  }
  return p.out();
}
