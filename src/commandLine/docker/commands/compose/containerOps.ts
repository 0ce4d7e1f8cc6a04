// Stopping and removing a compose container with compose's plain progress lines
// (docker/compose pkg/compose/executor_events.go: Stopping/Stopped, Removing/Removed).
import { imageContent, lookupImage } from '../../../../core/catalog/images';
import { stopContainer } from '../../../../core/daemon/containerLifecycle';
import { exitContainer, removeContainer } from '../../../../core/daemon/containerStop';
import { planMainProcess } from '../../../../core/daemon/mainProcess';
import type { Lab } from '../../../../core/lab/lab';
import type { Container } from '../../../../core/lab/model';
import type { Printer } from './shared';

/**
 * ContainerStop with `-t N`: servers exit on SIGTERM; a PID 1 without a handler is killed after N
 * seconds (the engine's default grace period is 10, which stopContainer applies).
 */
export function stopWithTimeout(lab: Lab, c: Container, timeout: number | undefined, autoRemove = c.autoRemove): void {
  if (timeout === undefined) {
    stopContainer(lab, c, autoRemove);
    return;
  }
  if (c.state !== 'running') return;
  const plan = planMainProcess(c);
  const code = plan.kind === 'service' ? (lookupImage(imageContent(c))?.stopExitCode ?? 0) : 137;
  if (code === 137 && timeout > 0) lab.tick(timeout);
  exitContainer(lab, c, code, autoRemove);
}

export function stopEvents(lab: Lab, c: Container, p: Printer, timeout: number | undefined): void {
  const id = `Container ${c.name}`;
  p.event(id, 'Stopping');
  stopWithTimeout(lab, c, timeout);
  p.event(id, 'Stopped');
}

/** With `volumes` (down -v), the container's anonymous volumes go with it (RemoveVolumes). */
export function stopAndRemove(lab: Lab, c: Container, p: Printer, timeout: number | undefined, volumes = false): void {
  stopEvents(lab, c, p, timeout);
  const id = `Container ${c.name}`;
  p.event(id, 'Removing');
  removeContainer(lab, c.id, true, volumes);
  p.event(id, 'Removed');
}
