// `docker compose rm [-f] [-s] [-v] [SERVICE...]` (docker/compose cmd/compose/remove.go runRemove,
// pkg/compose/remove.go Remove): with -s the services are stopped first; then the project's
// stopped containers (not one-off ones) of the named services are removed, after a confirmation
// that -f skips (it prints `Going to remove ...` instead). No stopped container: `No stopped
// containers` (on stderr, compose's stdinfo), exit 0.
import { removeContainer } from '../../../../core/daemon/containerStop';
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { stopServices } from './lifecycle';
import { serviceContainers } from './serviceContainers';
import type { Globals, Printer } from './shared';

export function removeServices(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  if (flags.bools.has('stop')) stopServices(ctx, g, flags, p);
  const stopped = serviceContainers(ctx, g, flags, p, { state: (c) => c.state !== 'running', oneOff: false });
  if (stopped.length === 0) {
    p.stderr += 'No stopped containers\n';
    return p.out();
  }
  const message = `Going to remove ${stopped.map((c) => c.name).join(', ')}`;
  // Without -f: prompt.Pipe's Confirm prints the question and reads the answer; the lab has no
  // input to give it, and an empty answer is "no" (nothing removed, exit 0).
  if (!flags.bools.has('force')) {
    p.stdout += message;
    return p.out();
  }
  p.stdout += `${message}\n`;
  for (const c of stopped) {
    p.event(`Container ${c.name}`, 'Removing');
    removeContainer(ctx.lab, c.id, true, flags.bools.has('volumes'));
    p.event(`Container ${c.name}`, 'Removed');
  }
  return p.out();
}
