// The main routing table of the shell's namespace, in the kernel's dump order: what `ip route`,
// `ip -6 route`, `route` and traceroute read. IPv4: the default route, then one link route per
// interface subnet (ascending); IPv6: each global prefix and fe80::/64 (metric 256), then the
// default (metric 1024), as the kernel installs them.
import { formatCidr6, networkOf6, parseCidr6 } from '../../core/net/ipv6';
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

/** The network an IPv6 address/len sits in, as the kernel prints a route's destination (core/net/ipv6). */
function prefixOf(address: string, prefix: number): string {
  const cidr = parseCidr6(`${address}/${prefix}`);
  return cidr ? formatCidr6(networkOf6(cidr)) : `${address}/${prefix}`;
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
