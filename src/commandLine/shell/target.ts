// Shared by the network clients: resolve a name the way the process would, then probe it.
import { type Resolution, resolveName, unresolvedReason } from '../../core/kernel/dns';
import { type Probe, type ReachResult, reach } from '../../core/kernel/reach';
import { reach6 } from '../../core/kernel/reach6';
import { formatIPv4 } from '../../core/net/ipv4';
import { parseIPv6 } from '../../core/net/ipv6';
import type { ShellContext } from './context';
import { learnNeighbour, nextHop } from './neighbours';

export type Target =
  { ok: true; resolution: Resolution; ip: number; result: ReachResult } | { ok: false; reason: string };

/** An IPv4 probe (the reachability view and traceroute): a name with only AAAA answers does not resolve here. */
export function probeTarget(sh: ShellContext, name: string, probe?: Probe): Target {
  const resolution = resolveName(sh.lab, sh.container, name);
  if (!resolution || resolution.ips.length === 0)
    return { ok: false, reason: unresolvedReason(sh.lab, sh.container, name) };
  const ip = resolution.ips[0]!;
  return { ok: true, resolution, ip, result: reach4(sh, ip, probe) };
}

function reach4(sh: ShellContext, ip: number, probe: Probe | undefined): ReachResult {
  const result = reach(sh.lab, sh.netnsId, ip, probe);
  // Sending anything resolves the next hop first, so it lands in the neighbour (ARP) cache.
  const hop = nextHop(sh.lab, sh.netnsId, ip);
  if (hop) learnNeighbour(sh.lab, sh.netnsId, hop);
  return result;
}

/** Which address families a client may use: `-4`, `-6`, or either (AF_UNSPEC). */
export type Family = 4 | 6 | 'any';

export type AnyTarget =
  | { ok: true; resolution: Resolution; family: 4 | 6; address: string; result: ReachResult }
  | { ok: false; reason: string };

/**
 * A client's getaddrinfo and connect: busybox's str2sockaddr (libbb xconnect.c) takes the first IPv4 answer when
 * there is one (FEATURE_PREFER_IPV4_ADDRESS), else the first IPv6 one; `-4`/`-6` ask for one family only.
 */
export function probeAddress(sh: ShellContext, name: string, probe?: Probe, family: Family = 'any'): AnyTarget {
  const resolution = resolveName(sh.lab, sh.container, name);
  const v4 = family === 6 ? undefined : resolution?.ips[0];
  const v6 = family === 4 ? undefined : resolution?.ips6?.[0];
  if (!resolution || (v4 === undefined && v6 === undefined))
    return { ok: false, reason: unresolvedReason(sh.lab, sh.container, name) };
  if (v4 !== undefined)
    return { ok: true, resolution, family: 4, address: formatIPv4(v4), result: reach4(sh, v4, probe) };
  const ip = parseIPv6(v6!)!;
  return { ok: true, resolution, family: 6, address: v6!, result: reach6(sh.lab, sh.netnsId, ip, probe) };
}

/** Small, stable round-trip times so output is byte-identical run to run. */
export function rtt(seq: number, ttl: number): string {
  const base = ttl >= 63 ? 0.05 : 12;
  return (base + ((seq * 7) % 10) / 100).toFixed(3);
}
