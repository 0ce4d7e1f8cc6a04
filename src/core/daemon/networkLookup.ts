// The daemon's FindNetwork: full ID, exact name, then a unique ID prefix; with its errors for an
// ambiguous prefix and for no match (libnetwork ErrNoSuchNetwork, `network %s not found`).
import { daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import type { Network } from '../lab/model';

export const PREDEFINED_NAMES: readonly string[] = ['bridge', 'host', 'none'];

/** daemon/network IsPredefined on Linux: bridge, host, none and default. */
export function isPredefinedName(name: string): boolean {
  return name === 'default' || PREDEFINED_NAMES.includes(name);
}

export function getNetwork(lab: Lab, ref: string): Network {
  const found = lab.findNetwork(ref);
  if (found) return found;
  if (ref !== '') {
    const matches = [...lab.networks.values()].filter((n) => n.id.startsWith(ref)).length;
    if (matches > 1) throw daemonError(`network ${ref} is ambiguous (${matches} matches found based on ID prefix)`);
  }
  throw daemonError(`network ${ref} not found`);
}

/** The container has an endpoint (running) on this network. */
export function endpointOn(c: { endpoints: Record<string, { networkId: string }> }, net: Network): string | undefined {
  return Object.keys(c.endpoints).find((k) => c.endpoints[k]!.networkId === net.id);
}

/** Keys of the container's requested networks that name this network (by name, ID or ID prefix). */
export function settingsKeysFor(lab: Lab, c: { networks: Record<string, unknown> }, net: Network): string[] {
  return Object.keys(c.networks).filter((k) => k === net.name || k === net.id || lab.findNetwork(k)?.id === net.id);
}
