// IPv6 addresses of endpoints on networks created with --ipv6: the gateway is ::1 of the /64,
// containers get the first free address from ::2 (or their --ip6), and every interface on such a
// network also has an EUI-64 link-local address.
import { daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import type { Network } from '../lab/model';
import { type Cidr6, cidr6Contains, formatIPv6, parseCidr6, parseIPv6 } from '../net/ipv6';

export interface Ipv6Assignment {
  address: string;
  prefix: number;
  gateway: string;
}

export function ipv6Subnet(net: Network): { cidr: Cidr6; gateway: string } | undefined {
  for (const s of net.subnets) {
    const cidr = parseCidr6(s.subnet);
    if (cidr) return { cidr, gateway: s.gateway };
  }
  return undefined;
}

/** Addresses in use on the network (endpoints of running containers, and the gateway). */
function inUse(lab: Lab, net: Network, gateway: string): Set<string> {
  const used = new Set<string>(gateway ? [formatIPv6(parseIPv6(gateway)!)] : []);
  // Auxiliary addresses (--aux-address) are never handed out.
  for (const s of net.subnets) {
    for (const aux of Object.values(s.auxAddresses ?? {})) {
      const ip = parseIPv6(aux);
      if (ip !== undefined && aux.includes(':')) used.add(formatIPv6(ip));
    }
  }
  for (const c of lab.containers.values()) {
    for (const ep of Object.values(c.endpoints)) if (ep.networkId === net.id && ep.ipv6) used.add(ep.ipv6);
  }
  return used;
}

/** The endpoint's IPv6 address, or undefined on a network without IPv6. */
export function allocateIpv6(lab: Lab, net: Network, wanted: string): Ipv6Assignment | undefined {
  if (!net.ipv6) return undefined;
  const subnet = ipv6Subnet(net);
  if (!subnet) return undefined;
  const used = inUse(lab, net, subnet.gateway);
  const gateway = subnet.gateway ? formatIPv6(parseIPv6(subnet.gateway)!) : '';
  if (wanted) {
    const ip = parseIPv6(wanted);
    if (ip === undefined) throw daemonError(`invalid IPv6 address: ${wanted}`);
    if (!cidr6Contains(subnet.cidr, ip)) throw daemonError(`no configured subnet contains IP address ${wanted}`);
    const text = formatIPv6(ip);
    if (used.has(text)) throw daemonError('Address already in use');
    return { address: text, prefix: subnet.cidr.prefix, gateway };
  }
  // Within the subnet (a /126 has four addresses), and a lab-sized window of a larger one.
  const size = 1n << BigInt(128 - subnet.cidr.prefix);
  const end = size < 65536n ? size : 65536n;
  for (let offset = 2n; offset < end; offset++) {
    const text = formatIPv6(subnet.cidr.base + offset);
    if (!used.has(text)) return { address: text, prefix: subnet.cidr.prefix, gateway };
  }
  throw daemonError(`no available IPv6 addresses on this network's address pools: ${net.name} (${net.id})`);
}

/** fe80::/64 from the MAC, EUI-64 style (U/L bit flipped, ff:fe in the middle). */
export function linkLocal(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16));
  const groups = [((b[0]! ^ 0x02) << 8) | b[1]!, (b[2]! << 8) | 0xff, (0xfe << 8) | b[3]!, (b[4]! << 8) | b[5]!];
  return formatIPv6((0xfe80n << 112n) | groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n));
}
