// Each namespace's neighbour (ARP) cache: the next hops its traffic has resolved, in the order
// first met. Kernel state, not Docker's: it is not saved with the lab and starts empty, as a new
// namespace's does.
import type { Lab } from '../../core/lab/lab';
import { addressHolders } from '../../core/lab/labIndex';
import { type NetInterface, hostLinks } from '../../core/kernel/interfaces';

export interface Neighbour {
  ip: number;
  mac: string;
  dev: string;
}

const caches = new WeakMap<Lab, Map<number, Map<number, Neighbour>>>();

export function neighbours(lab: Lab, netnsId: number): Neighbour[] {
  return [...(caches.get(lab)?.get(netnsId)?.values() ?? [])];
}

export function learnNeighbour(lab: Lab, netnsId: number, n: Neighbour): void {
  let byNs = caches.get(lab);
  if (!byNs) caches.set(lab, (byNs = new Map<number, Map<number, Neighbour>>()));
  let cache = byNs.get(netnsId);
  if (!cache) byNs.set(netnsId, (cache = new Map<number, Neighbour>()));
  if (!cache.has(n.ip)) cache.set(n.ip, n);
}

/** The host's bridges by their address, rebuilt when the lab changes (hostLinks walks every container). */
const bridges = new WeakMap<Lab, { revision: number; byIp: Map<number, NetInterface> }>();
function bridgeByAddress(lab: Lab): Map<number, NetInterface> {
  const cached = bridges.get(lab);
  if (cached && cached.revision === lab.revision) return cached.byIp;
  const byIp = new Map<number, NetInterface>();
  for (const i of hostLinks(lab)) if (i.kind === 'bridge' && i.ipv4) byIp.set(i.ipv4.address, i);
  bridges.set(lab, { revision: lab.revision, byIp });
  return byIp;
}

/**
 * The neighbour a packet to `ip` needs resolved from this namespace: the address itself on an
 * attached subnet, else the default gateway; with the MAC that answers ARP (a container's
 * endpoint, or the host's bridge). Undefined off container namespaces, or when nobody answers.
 */
export function nextHop(lab: Lab, netnsId: number, ip: number): Neighbour | undefined {
  const ns = lab.namespaces.get(netnsId);
  const owner = ns?.alive ? lab.containers.get(ns.owner) : undefined;
  if (!owner || owner.netnsId !== netnsId) return undefined;
  const eps = Object.entries(owner.endpoints).filter(([, e]) => e.ip !== null && e.ip !== ip);
  const onLink = eps.find(([, e]) => (e.ip! ^ ip) >>> (32 - e.prefix) === 0 && e.prefix > 0);
  const [netName, ep] = onLink ?? eps.find(([, e]) => e.gateway !== null) ?? [];
  if (!ep || !netName) return undefined;
  const hop = onLink ? ip : ep.gateway!;
  const bridge = bridgeByAddress(lab).get(hop);
  if (bridge) return { ip: hop, mac: bridge.mac, dev: ep.ifname };
  const holder = addressHolders(lab).get(netName)?.get(hop);
  const mac = holder?.endpoints[netName]?.mac;
  return mac ? { ip: hop, mac, dev: ep.ifname } : undefined;
}
