// Stopping and removing containers: addresses and ports go back (moby releaseNetwork), the namespace dies
// with its owner while joiners keep the stale one (moby oci_linux.go WithNamespaces), --rm containers disappear.
import { daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import { removeAnonymousVolumes } from './volumes';
import { HOST_NETNS } from '../lab/lab';
import type { Container } from '../lab/model';
import { releaseAddresses } from './containerStart';
import { releasePorts } from './portBindings';

function dropListeners(lab: Lab, c: Container): void {
  for (let i = lab.listeners.length - 1; i >= 0; i--)
    if (lab.listeners[i]!.containerId === c.id) lab.listeners.splice(i, 1);
}

/** Namespaces nobody runs in any more are gone from the kernel. */
function collectNamespace(lab: Lab, id: number | null): void {
  if (id === null || id === HOST_NETNS) return;
  const ns = lab.namespaces.get(id);
  if (!ns || ns.alive) return;
  for (const other of lab.containers.values()) if (other.state === 'running' && other.netnsId === id) return;
  lab.namespaces.delete(id);
}

/** The main process ended (or was killed): tear down networking and record the exit. */
export function exitContainer(lab: Lab, c: Container, exitCode: number, autoRemove = c.autoRemove): void {
  if (c.state !== 'running' && c.state !== 'restarting') return;
  lab.batch(() => {
    c.paused = false;
    releaseAddresses(lab, c);
    releasePorts(lab, c);
    dropListeners(lab, c);
    const netns = c.netnsId;
    const ns = netns === null ? undefined : lab.namespaces.get(netns);
    if (ns && ns.owner === c.id) ns.alive = false;
    c.endpoints = {};
    c.ports = {};
    c.netnsId = null;
    c.state = 'exited';
    c.exitCode = exitCode;
    c.finishedAt = lab.now;
    collectNamespace(lab, netns);
    if (autoRemove) {
      // --rm removes the container with RemoveVolume (daemon/monitor.go autoRemove): its anonymous volumes go.
      lab.deleteContainer(c);
      removeAnonymousVolumes(lab, c);
    }
    lab.markChanged();
  });
}

/** `docker rm [-f]`: refuses a running container unless forced. */
export function removeContainer(lab: Lab, ref: string, force: boolean, volumes = false): Container {
  const c = lab.getContainer(ref);
  // moby daemon/delete.go containerRm and cleanupContainer: paused first, then State() ("running",
  // "restarting"), each wrapped with the name as given.
  if (c.state === 'running' || c.state === 'restarting') {
    if (c.paused && !force)
      throw daemonError(`cannot remove container "${ref}": container is paused and must be unpaused first`);
    if (!force) {
      throw daemonError(
        `cannot remove container "${ref}": container is ${c.state}: stop the container before removing or force remove`,
      );
    }
    exitContainer(lab, c, 137);
  }
  lab.batch(() => {
    lab.deleteContainer(c);
    // rm -v (RemoveVolume): anonymous volumes only; named ones stay (daemon/mounts.go removeMountPoints).
    if (volumes) removeAnonymousVolumes(lab, c);
    lab.markChanged();
  });
  return c;
}
