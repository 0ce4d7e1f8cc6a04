// The main routing table of the shell's namespace, in the kernel's dump order: what `ip route`,
// `ip -6 route`, `route` and traceroute read. IPv4: the default route, then one link route per
// interface subnet (ascending); IPv6: each global prefix and fe80::/64 (metric 256), then the
// default (metric 1024), as the kernel installs them.
import { namespaceInterfaces } from '../../core/kernel/interfaces';
import { HOST_NETNS } from '../../core/lab/lab';
import { gatewayEndpoint } from '../../core/kernel/defaultRoute';
import { networkOf, parseIPv4 } from '../../core/net/ipv4';
import type { ShellContext } from './context';

export interface Route4 {
  /** Network address; 0 with prefix 0 for the default route. */
  dest: number;
  prefix: number;
  gateway: number | null;
  dev: string;
  /** Preferred source of a link route. */
  src: number | null;
}

export interface Route6 {
  /** `2001:db8::/64`, `fe80::/64`, or `default`. */
  dest: string;
  gateway: string | null;
  dev: string;
  metric: number;
}

/** The container whose endpoints give this namespace its routes (undefined on the host, or a dead namespace). */
function owner(sh: ShellContext) {
  const ns = sh.lab.namespaces.get(sh.netnsId);
  return ns?.alive ? sh.lab.containers.get(ns.owner) : undefined;
}

export function ipv4Routes(sh: ShellContext): Route4[] {
  const list = namespaceInterfaces(sh.lab, sh.netnsId).filter((i) => i.ipv4 && i.kind !== 'loopback');
  const routes: Route4[] = [];
  if (sh.netnsId === HOST_NETNS) {
    const gw = parseIPv4(sh.lab.hostProfile.eth0.gateway);
    if (gw !== undefined) routes.push({ dest: 0, prefix: 0, gateway: gw, dev: 'eth0', src: null });
  } else {
    const c = owner(sh);
    const withGw = c ? gatewayEndpoint(sh.lab, c)?.[1] : undefined;
    if (withGw && withGw.gateway !== null)
      routes.push({ dest: 0, prefix: 0, gateway: withGw.gateway, dev: withGw.ifname, src: null });
  }
  const links = list.map((i) => ({
    dest: networkOf({ base: i.ipv4!.address, prefix: i.ipv4!.prefix }).base,
    prefix: i.ipv4!.prefix,
    gateway: null,
    dev: i.name,
    src: i.ipv4!.address,
  }));
  // The kernel dumps routes in ascending order of destination.
  if (sh.netnsId === HOST_NETNS) links.sort((a, b) => a.dest - b.dest);
  return [...routes, ...links];
}

/** Prefix of an IPv6 address/len as the kernel prints a route's destination. */
function prefixOf(address: string, prefix: number): string {
  const groups = expand(address);
  const out: number[] = [];
  for (let g = 0; g < 8; g++) {
    const bits = Math.max(0, Math.min(16, prefix - g * 16));
    out.push(bits === 0 ? 0 : groups[g]! & (0xffff << (16 - bits)) & 0xffff);
  }
  return `${compress(out)}/${prefix}`;
}

function expand(address: string): number[] {
  const [head, tail] = address.split('::');
  const h = head ? head.split(':').map((x) => parseInt(x, 16)) : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':').map((x) => parseInt(x, 16)) : [];
  return tail === undefined ? h : [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t];
}

/** RFC 5952: the longest run of zero groups (two or more) becomes `::`. */
function compress(groups: number[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

export function ipv6Routes(sh: ShellContext): Route6[] {
  const list = namespaceInterfaces(sh.lab, sh.netnsId).filter((i) => i.kind !== 'loopback' && i.ipv6.length > 0);
  const routes: Route6[] = [];
  for (const i of list)
    for (const a of i.ipv6.filter((x) => x.scope === 'global'))
      routes.push({ dest: prefixOf(a.address, a.prefix), gateway: null, dev: i.name, metric: 256 });
  for (const i of list)
    if (i.ipv6.some((x) => x.scope === 'link'))
      routes.push({ dest: 'fe80::/64', gateway: null, dev: i.name, metric: 256 });
  const c = sh.netnsId === HOST_NETNS ? undefined : owner(sh);
  const preferred = c ? gatewayEndpoint(sh.lab, c)?.[1] : undefined;
  const withGw = preferred?.ipv6Gateway ? preferred : Object.values(c?.endpoints ?? {}).find((e) => e.ipv6Gateway);
  if (withGw?.ipv6Gateway)
    routes.push({ dest: 'default', gateway: withGw.ipv6Gateway, dev: withGw.ifname, metric: 1024 });
  return routes;
}
