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

/** Whether two host IPs of one family clash on the same port. */
function clash(a: string, b: string): boolean {
  return isV6(a) === isV6(b) && (a === b || isUnspecified(a) || isUnspecified(b));
}

/** The binding text in the engine's messages: `0.0.0.0:8080`, `:::8080`. */
export function bindingText(hostIp: string, port: number): string {
  return `${hostIp}:${port}`;
}

function heldByMapping(lab: Lab, proto: Protocol, port: number, hostIp: string): boolean {
  return (lab.hostPorts.get(`${proto}/${port}`) ?? []).some((b) => clash(b.hostIp, hostIp));
}

function heldByHostProcess(lab: Lab, proto: Protocol, port: number): boolean {
  return lab.listeners.some((l) => l.netnsId === HOST_NETNS && l.proto === proto && l.port === port);
}

export class PortConflict extends Error {}

function claim(lab: Lab, c: Container, proto: Protocol, port: number, hostIp: string): void {
  if (heldByMapping(lab, proto, port, hostIp)) {
    throw new PortConflict(`Bind for ${bindingText(hostIp, port)} failed: port is already allocated`);
  }
  if (heldByHostProcess(lab, proto, port)) {
    throw new PortConflict(
      `failed to bind host port ${hostIp === '::' ? '[::]' : hostIp}:${port}/${proto}: address already in use`,
    );
  }
  const key = `${proto}/${port}`;
  const list = lab.hostPorts.get(key) ?? [];
  list.push({ hostIp, containerId: c.id });
  lab.hostPorts.set(key, list);
}

function freeEphemeral(lab: Lab, proto: Protocol, hostIps: string[]): number {
  const span = EPHEMERAL_LAST - EPHEMERAL_FIRST + 1;
  for (let i = 0; i < span; i++) {
    const port = EPHEMERAL_FIRST + ((lab.nextEphemeralPort - EPHEMERAL_FIRST + i) % span);
    if (hostIps.every((ip) => !heldByMapping(lab, proto, port, ip)) && !heldByHostProcess(lab, proto, port)) {
      lab.nextEphemeralPort = port + 1 > EPHEMERAL_LAST ? EPHEMERAL_FIRST : port + 1;
      return port;
    }
  }
  throw new PortConflict(`Bind for ${hostIps[0]}:0 failed: port is already allocated`);
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
      else if (high !== undefined) {
        const free = range(low!, high).find(
          (p) => hostIps.every((ip) => !heldByMapping(lab, proto, p, ip)) && !heldByHostProcess(lab, proto, p),
        );
        hostPort = free ?? low!;
      } else hostPort = low!;
      for (const ip of hostIps) {
        claim(lab, c, proto, hostPort, ip);
        out.push({ hostIp: ip, hostPort: String(hostPort) });
      }
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
