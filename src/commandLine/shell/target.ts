// Shared by the network clients: resolve a name the way the process would, then probe it.
import { type Resolution, resolveName, unresolvedReason } from '../../core/kernel/dns';
import { type Probe, type ReachResult, reach } from '../../core/kernel/reach';
import type { ShellContext } from './context';
import { learnNeighbour, nextHop } from './neighbours';

export type Target =
  { ok: true; resolution: Resolution; ip: number; result: ReachResult } | { ok: false; reason: string };

export function probeTarget(sh: ShellContext, name: string, probe?: Probe): Target {
  const resolution = resolveName(sh.lab, sh.container, name);
  if (!resolution) return { ok: false, reason: unresolvedReason(sh.lab, sh.container, name) };
  const ip = resolution.ips[0]!;
  const result = reach(sh.lab, sh.netnsId, ip, probe);
  // Sending anything resolves the next hop first, so it lands in the neighbour (ARP) cache.
  const hop = nextHop(sh.lab, sh.netnsId, ip);
  if (hop) learnNeighbour(sh.lab, sh.netnsId, hop);
  return { ok: true, resolution, ip, result };
}

/** Small, stable round-trip times so output is byte-identical run to run. */
export function rtt(seq: number, ttl: number): string {
  const base = ttl >= 63 ? 0.05 : 12;
  return (base + ((seq * 7) % 10) / 100).toFixed(3);
}
