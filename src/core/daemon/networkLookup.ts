// Which of a container's endpoints and stored network settings belong to a network (moby
// daemon/container_operations.go, as connect and disconnect match them).
import type { Lab } from '../lab/lab';
import type { Network } from '../lab/model';

export function getNetwork(lab: Lab, ref: string): Network {
  return lab.getNetwork(ref);
}

/** The container has an endpoint (running) on this network. */
export function endpointOn(c: { endpoints: Record<string, { networkId: string }> }, net: Network): string | undefined {
  return Object.keys(c.endpoints).find((k) => c.endpoints[k]!.networkId === net.id);
}

/** Keys of the container's requested networks that name this network (by name, ID or ID prefix). */
export function settingsKeysFor(lab: Lab, c: { networks: Record<string, unknown> }, net: Network): string[] {
  return Object.keys(c.networks).filter((k) => k === net.name || k === net.id || lab.findNetwork(k)?.id === net.id);
}
