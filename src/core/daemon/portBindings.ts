// Host-port bookkeeping for published ports: the port allocator's conflicts and ephemeral range.
import type { Lab } from '../lab/lab';
import { HOST_NETNS } from '../lab/lab';
import type { Container, PortBinding, Protocol } from '../lab/model';
import { setOwn } from '../lab/own';
import { publishDefaults } from './publishDefaults';

export const EPHEMERAL_FIRST = 32768;
export const EPHEMERAL_LAST = 60999;

export interface PortKey {
  port: number;
  proto: Protocol;
}

/** "80/tcp" → {80, tcp}; "53" → {53, tcp}. */
export function parsePortKey(key: string): PortKey {
  const [port, proto] = key.split('/');
  return { port: Number(port), proto: (proto ?? 'tcp') as Protocol };
}

const isV6 = (ip: string) => ip.includes(':');
const isUnspecified = (ip: string) => ip === '0.0.0.0' || ip === '::';

/**
 * Whether a port held in the map for `held` must be free for a request on `wanted` (moby
 * daemon/libnetwork/portallocator/portallocator.go RequestPortsInRange): an unspecified address
 * needs the port free in every map of its family; a specific one, in its own map and in the
 * family's unspecified map.
 */
function clash(wanted: string, held: string): boolean {
  return isV6(wanted) === isV6(held) && (wanted === held || isUnspecified(wanted) || isUnspecified(held));
}

/** The binding text in the engine's messages: `0.0.0.0:8080`, `:::8080` (netip.Addr String, then the port). */
export function bindingText(hostIp: string, port: number): string {
  return `${hostIp}:${port}`;
}

/**
 * The address map that already holds the port for any of the requested addresses, or undefined.
 * The engine names the map it finds (alreadyAllocatedErr{ip: addr.String()}); Go's map order is
 * random, so the lab prefers a map of a requested address, then the oldest binding.
 */
export function holderOf(lab: Lab, proto: Protocol, port: number, hostIps: readonly string[]): string | undefined {
  const held = (lab.hostPorts.get(`${proto}/${port}`) ?? []).map((b) => b.hostIp);
  const exact = hostIps.find((ip) => held.includes(ip));
  if (exact !== undefined) return exact;
  return held.find((h) => hostIps.some((ip) => clash(ip, h)));
}

function heldByHostProcess(lab: Lab, proto: Protocol, port: number): boolean {
  return lab.listeners.some((l) => l.netnsId === HOST_NETNS && l.proto === proto && l.port === port);
}

const isFree = (lab: Lab, proto: Protocol, port: number, hostIps: readonly string[]) =>
  holderOf(lab, proto, port, hostIps) === undefined && !heldByHostProcess(lab, proto, port);

export class PortConflict extends Error {}

/** One request for every address of a binding at once (moby portmappers/nat MapPorts), then the OS bind. */
function claim(lab: Lab, c: Container, proto: Protocol, port: number, hostIps: readonly string[]): void {
  const holder = holderOf(lab, proto, port, hostIps);
  if (holder !== undefined) {
    throw new PortConflict(`Bind for ${bindingText(holder, port)} failed: port is already allocated`);
  }
  if (heldByHostProcess(lab, proto, port)) {
    // osallocator_linux.go: "failed to bind host port %s/%s" with a netip.AddrPort ([::]:8080).
    const ip = hostIps[0]!;
    throw new PortConflict(
      `failed to bind host port ${isV6(ip) ? `[${ip}]` : ip}:${port}/${proto}: address already in use`,
    );
  }
  const key = `${proto}/${port}`;
  const list = lab.hostPorts.get(key) ?? [];
  for (const hostIp of hostIps) list.push({ hostIp, containerId: c.id });
  lab.hostPorts.set(key, list);
}

function freeEphemeral(lab: Lab, proto: Protocol, hostIps: string[]): number {
  const span = EPHEMERAL_LAST - EPHEMERAL_FIRST + 1;
  for (let i = 0; i < span; i++) {
    const port = EPHEMERAL_FIRST + ((lab.nextEphemeralPort - EPHEMERAL_FIRST + i) % span);
    if (isFree(lab, proto, port, hostIps)) {
      lab.nextEphemeralPort = port + 1 > EPHEMERAL_LAST ? EPHEMERAL_FIRST : port + 1;
      return port;
    }
  }
  // errAllPortsAllocated
  throw new PortConflict('all ports are allocated');
}

/** Expands the requested bindings (and -P) into programmed ones; claims host ports or throws. */
export function programPorts(lab: Lab, c: Container): Record<string, PortBinding[]> {
  const programmed: Record<string, PortBinding[]> = {};
  try {
    programAll(lab, c, programmed);
  } catch (e) {
    // A later binding failed: give back the ones already claimed, so nothing stays held.
    releasePorts(lab, { ...c, ports: programmed });
    throw e;
  }
  return programmed;
}

function programAll(lab: Lab, c: Container, programmed: Record<string, PortBinding[]>): void {
  const requested: Record<string, PortBinding[]> = { ...c.portBindings };
  if (c.publishAll) for (const key of c.exposedPorts) requested[key] ??= [{ hostIp: '', hostPort: '' }];
  const defaults = publishDefaults(lab, c);
  for (const [key, bindings] of Object.entries(requested)) {
    const { proto } = parsePortKey(key);
    const out: PortBinding[] = [];
    setOwn(programmed, key, out);
    for (const b of bindings) {
      const routedV4 = defaults.routed && !b.hostIp.includes(':');
      if (routedV4) out.push({ hostIp: '0.0.0.0', hostPort: '' });
      const hostIps = b.hostIp ? (routedV4 ? [] : [b.hostIp]) : defaults.hostIps;
      if (hostIps.length === 0) continue;
      const [low, high] = b.hostPort.split('-').map(Number);
      let hostPort: number;
      if (!b.hostPort) hostPort = freeEphemeral(lab, proto, hostIps);
      else if (high !== undefined && high !== low) {
        const free = range(low!, high).find((p) => isFree(lab, proto, p, hostIps));
        if (free === undefined) throw new PortConflict('all ports are allocated');
        hostPort = free;
      } else hostPort = low!;
      claim(lab, c, proto, hostPort, hostIps);
      for (const ip of hostIps) out.push({ hostIp: ip, hostPort: String(hostPort) });
    }
  }
}

function range(low: number, high: number): number[] {
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

/** Gives back every host port a container holds. */
export function releasePorts(lab: Lab, c: Container): void {
  for (const [portKey, bindings] of Object.entries(c.ports)) {
    const { proto } = parsePortKey(portKey);
    for (const b of bindings) {
      const key = `${proto}/${b.hostPort}`;
      const list = (lab.hostPorts.get(key) ?? []).filter((h) => !(h.containerId === c.id && h.hostIp === b.hostIp));
      if (list.length > 0) lab.hostPorts.set(key, list);
      else lab.hostPorts.delete(key);
    }
  }
}
