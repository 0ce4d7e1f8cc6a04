// Name resolution as a process in a container sees it: /etc/hosts first, then Docker's embedded
// DNS (user-defined networks only, moby buildCreateEndpointOptions), then the host's upstream servers (the outside
// world).
import { etcHosts, fileOwner } from './etcFiles';
import { type DnsRecord, addressHolders, addressHolders6, dnsRecords } from '../lab/labIndex';
import type { Lab } from '../lab/lab';
import type { Container, Network } from '../lab/model';
import { formatIPv4, parseIPv4 } from '../net/ipv4';
import { formatIPv6, parseIPv6 } from '../net/ipv6';
import { isUserDefined } from '../daemon/networkMode';
import { resolveOutside } from './outside';
import { parseHostsFile } from './hostsFile';

export type Resolver = 'literal' | 'hosts' | 'embedded' | 'upstream';

export interface Resolution {
  name: string;
  /** IPv4 addresses found (A), first the one a client would use; empty when the name has only AAAA. */
  ips: number[];
  /** IPv6 addresses found (AAAA), in Go's text form; absent when there are none. */
  ips6?: string[];
  via: Resolver;
  /** Server that answered, as nslookup prints it. */
  server: string;
  explanation: string;
}

/** The networks whose embedded DNS a container queries (its running endpoints on user-defined ones). */
function userNetworks(lab: Lab, c: Container): Network[] {
  return Object.values(c.endpoints)
    .map((ep) => lab.networks.get(ep.networkId))
    .filter(
      (n): n is Network => n !== undefined && isUserDefined(n.name) && n.driver !== 'host' && n.driver !== 'null',
    );
}

function hostsLookup(text: string, name: string): DnsRecord {
  const found: DnsRecord = { v4: [], v6: [] };
  for (const line of parseHostsFile(text)) {
    if (!line.names.includes(name)) continue;
    if (line.v4 !== undefined) found.v4.push(line.v4);
    else found.v6.push(line.address);
  }
  return found;
}

/** Whether a container's processes ask Docker's embedded DNS (127.0.0.11): it has a user-defined network. */
export function usesEmbeddedDns(lab: Lab, c: Container): boolean {
  return userNetworks(lab, fileOwner(lab, c)).length > 0;
}

/**
 * Looks a name up on the embedded DNS of the given networks (moby libnetwork sandbox.go
 * ResolveName): this endpoint's --link aliases first, then the first network whose records hold
 * the name, case-insensitively, with every address holding it. A network that knows the name
 * answers for both families even when it has no address of one (network.go ResolveName: the name
 * exists, so an A query on an IPv6-only network gets an empty answer, not the next network's).
 * The resolver shuffles the addresses (resolver.go handleIPQuery); the lab keeps the order the
 * containers were started in.
 */
function embeddedLookup(lab: Lab, networks: Network[], name: string, asker: Container): DnsRecord {
  for (const net of networks) {
    let wanted = name;
    const suffix = `.${net.name}`;
    if (name.endsWith(suffix)) wanted = name.slice(0, -suffix.length);
    // Per-endpoint links (--link on a user-defined network) are aliases only this container sees.
    const link = (asker.networks[net.name]?.links ?? []).find((l) => (l.split(':')[1] ?? l.split(':')[0]) === wanted);
    const linked = link ? lab.findContainer(link.split(':')[0]!)?.endpoints[net.name] : undefined;
    if (linked && (linked.ip !== null || linked.ipv6))
      return { v4: linked.ip === null ? [] : [linked.ip], v6: linked.ipv6 ? [linked.ipv6] : [] };
    const found = dnsRecords(lab).get(net.name)?.get(wanted.toLowerCase());
    if (found) return { v4: [...found.v4], v6: [...found.v6] };
  }
  return { v4: [], v6: [] };
}

/** The first server of the resolv.conf the process reads (etcFiles resolvConf), as nslookup names it. */
export function upstreamServer(lab: Lab, c: Container | undefined): string {
  const servers = [...lab.hostProfile.resolvConf.matchAll(/^\s*nameserver\s+(\S+)/gm)].map((m) => m[1]!);
  const first = servers[0] ?? '8.8.8.8';
  if (!c) return first;
  const owner = fileOwner(lab, c);
  if (owner.dns.length > 0) return owner.dns[0]!;
  if (owner.networkMode === 'host') return first;
  // The legacy transform (moby libnetwork resolvconf TransformForLegacyNw) drops loopback and IPv6 servers and
  // falls back to Google's when none is left: a later host server is used, not the default.
  return servers.find((s) => !s.startsWith('127.') && !s.includes(':')) ?? '8.8.8.8';
}

/** PTR on the embedded DNS: `<container>.<network>` for an address on the asker's networks. */
export function reverseLookup(lab: Lab, asker: Container, ip: number): string | undefined {
  for (const net of userNetworks(lab, fileOwner(lab, asker))) {
    const holder = addressHolders(lab).get(net.name)?.get(ip);
    if (holder) return `${holder.name}.${net.name}`;
  }
  return undefined;
}

/** PTR for an IPv6 address on the embedded DNS (moby resolver.go handlePTRQuery, ptrIPv6domain). */
export function reverseLookup6(lab: Lab, asker: Container, ip: bigint): string | undefined {
  const text = formatIPv6(ip);
  for (const net of userNetworks(lab, fileOwner(lab, asker))) {
    const holder = addressHolders6(lab).get(net.name)?.get(text);
    if (holder) return `${holder.name}.${net.name}`;
  }
  return undefined;
}

/** The AAAA half of an answer: only when there is one, so an IPv4-only resolution keeps its old shape. */
const withV6 = (v6: string[]): { ips6?: string[] } => (v6.length > 0 ? { ips6: v6 } : {});

/** `useHosts` false is a DNS-only query (nslookup), which skips /etc/hosts. */
export function resolveName(lab: Lab, c: Container | undefined, name: string, useHosts = true): Resolution | undefined {
  const literal = parseIPv4(name);
  if (literal !== undefined)
    return { name, ips: [literal], via: 'literal', server: '', explanation: `${name} is an address` };
  const literal6 = parseIPv6(name.replace(/^\[(.*)\]$/, '$1'));
  if (literal6 !== undefined)
    return {
      name,
      ips: [],
      ips6: [formatIPv6(literal6)],
      via: 'literal',
      server: '',
      explanation: `${name} is an address`,
    };
  const hostsText = c ? etcHosts(lab, c) : lab.hostProfile.etcHosts;
  const fromHosts = useHosts ? hostsLookup(hostsText, name) : { v4: [], v6: [] };
  const owner = c ? fileOwner(lab, c) : undefined;
  const nets = owner ? userNetworks(lab, owner) : [];
  const server = nets.length > 0 ? '127.0.0.11' : upstreamServer(lab, c);
  if (fromHosts.v4.length > 0 || fromHosts.v6.length > 0)
    return {
      name,
      ips: fromHosts.v4,
      ...withV6(fromHosts.v6),
      via: 'hosts',
      server,
      explanation: `${name} is in /etc/hosts`,
    };
  if (owner && nets.length > 0) {
    const found = embeddedLookup(lab, nets, name, owner);
    if (found.v4.length > 0 || found.v6.length > 0) {
      return {
        name,
        ips: found.v4,
        ...withV6(found.v6),
        via: 'embedded',
        server,
        explanation: `Docker's embedded DNS (127.0.0.11) knows ${name} on ${nets.map((n) => n.name).join(', ')}: ${[...found.v4.map(formatIPv4), ...found.v6].join(', ')}`,
      };
    }
  }
  const outside = resolveOutside(name);
  if (outside !== undefined && canReachUpstream(lab, owner, nets)) {
    return {
      name,
      ips: [outside],
      via: 'upstream',
      server,
      explanation: `the upstream DNS server answered for ${name}`,
    };
  }
  return undefined;
}

/** Without a way out (none mode, internal networks only) upstream DNS cannot be asked. */
function canReachUpstream(lab: Lab, owner: Container | undefined, nets: Network[]): boolean {
  if (!owner) return true;
  if (owner.state !== 'running') return false;
  if (owner.networkMode === 'host') return true;
  const eps = Object.values(owner.endpoints);
  if (eps.length === 0) return false;
  return (
    eps.some((ep) => {
      const n = lab.networks.get(ep.networkId);
      return n !== undefined && n.driver === 'bridge' && !n.internal;
    }) || nets.some((n) => !n.internal && n.driver === 'bridge')
  );
}

/** Why a name did not resolve, for explanations. */
export function unresolvedReason(lab: Lab, c: Container | undefined, name: string): string {
  const owner = c ? fileOwner(lab, c) : undefined;
  if (owner && userNetworks(lab, owner).length === 0 && lab.containerByName(name) !== undefined) {
    return `${name} is a container, but containers on the default bridge (and in host or none mode) get no Docker DNS: use a user-defined network`;
  }
  return `no record for ${name} in /etc/hosts, Docker's DNS or upstream`;
}
