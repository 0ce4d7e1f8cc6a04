// Past the host: out through eth0 to the internet, and the LAN beyond a macvlan/ipvlan parent,
// where the LAN's router rather than the Docker host forwards the packets.
import type { Lab } from '../lab/lab';
import { HOST_NETNS } from '../lab/lab';
import type { Container, Endpoint, Network } from '../lab/model';
import { formatIPv4, parseIPv4 } from '../net/ipv4';
import { subinterfaceLinkName } from '../daemon/networkCreate';
import { isPublic, outsideHops, outsideListens } from './outside';
import { type Probe, type ReachHop, type ReachResult, done, fail } from './reachResult';

/** Addresses the host owns, by the interface holding them: eth0 and every bridge's gateway. */
export function hostInterfaceOf(lab: Lab, ip: number): string | undefined {
  if (parseIPv4(lab.hostProfile.eth0.address) === ip) return 'eth0';
  for (const n of lab.networks.values()) {
    if (n.driver !== 'bridge' || n.internal) continue;
    if (n.subnets.some((s) => parseIPv4(s.gateway) === ip)) return n.bridgeName;
  }
  return undefined;
}

export function toOutside(
  lab: Lab,
  ip: number,
  probe: Probe | undefined,
  path: ReachHop[],
  startTtl: number,
): ReachResult {
  const hops = outsideHops(ip);
  const next: ReachHop[] = [
    ...path,
    {
      text: `out through the host's eth0 to its gateway ${lab.hostProfile.eth0.gateway} (masquerade)`,
      kind: 'host',
      netnsId: HOST_NETNS,
      ifname: 'eth0',
    },
    { text: `${formatIPv4(ip)} on the internet`, kind: 'outside' },
  ];
  if (!probe) return done([...next, { text: `${formatIPv4(ip)} answers`, kind: 'answer' }], startTtl - hops);
  const port = { port: probe.port, proto: probe.proto };
  if (outsideListens(ip, probe.port))
    return done(
      [...next, { text: `${formatIPv4(ip)} accepts ${probe.port}/${probe.proto}`, kind: 'answer', port }],
      startTtl - hops,
      { program: 'remote server' },
    );
  return fail('timeout', [
    ...next,
    {
      text: `${formatIPv4(ip)} does not answer on ${probe.port}/${probe.proto}`,
      kind: 'stop',
      stop: 'remote-closed',
      port,
    },
  ]);
}

/** The host's own address on the LAN a macvlan/ipvlan parent leads to (eth0, or a VLAN of it); none for a dummy. */
function parentLeadsToLan(net: Network): boolean {
  const link = subinterfaceLinkName(net);
  return link === undefined || !link.startsWith('dm-');
}

/** The host-side link a macvlan/ipvlan network's packets leave by: its parent, or its dummy link. */
function parentLink(net: Network): string {
  return subinterfaceLinkName(net) ?? net.options['parent'] ?? '';
}

/** A hop or stop on the LAN, seen at the host link the network rides on. */
const onLan = (net: Network): Pick<ReachHop, 'netnsId' | 'ifname' | 'networkId'> => ({
  netnsId: HOST_NETNS,
  ifname: parentLink(net),
  networkId: net.id,
});

/**
 * macvlan/ipvlan: inside the network's subnet, the host's own address is out of reach through the parent (the
 * kernel does not hairpin between a macvlan and its parent), while the LAN's router answers.
 */
export function subinterfaceLan(
  lab: Lab,
  net: Network,
  ip: number,
  probe: Probe | undefined,
  via: ReachHop[],
): ReachResult | undefined {
  if (net.driver !== 'macvlan' && net.driver !== 'ipvlan') return undefined;
  if (!parentLeadsToLan(net))
    return fail('timeout', [
      ...via,
      {
        text: `${net.name} has no parent interface: only its own containers are reachable`,
        kind: 'stop',
        stop: 'no-parent',
        networkId: net.id,
      },
    ]);
  if (parseIPv4(lab.hostProfile.eth0.address) === ip)
    return fail('timeout', [
      ...via,
      {
        text: `${formatIPv4(ip)} is the host's own address: ${net.driver === 'ipvlan' ? 'an' : 'a'} ${net.driver} container cannot reach its host through the parent interface`,
        kind: 'stop',
        stop: 'parent-hairpin',
        ...onLan(net),
      },
    ]);
  if (parseIPv4(lab.hostProfile.eth0.gateway) === ip && !probe)
    return done([...via, { text: `the LAN gateway ${formatIPv4(ip)} answers`, kind: 'answer', ...onLan(net) }], 64);
  return undefined;
}

/** Beyond a macvlan/ipvlan network's gateway: the LAN's router, not the Docker host, forwards the packets. */
export function beyondSubinterface(
  lab: Lab,
  net: Network,
  name: string,
  exitEp: Endpoint,
  owner: Container,
  ip: number,
  probe: Probe | undefined,
  start: ReachHop,
): ReachResult {
  const via: ReachHop[] = [
    start,
    {
      text: `default route via ${formatIPv4(exitEp.gateway!)} (${name}) on the LAN`,
      kind: 'veth',
      netnsId: start.netnsId!,
      ifname: exitEp.ifname,
      networkId: net.id,
      containerId: owner.id,
    },
  ];
  if (!parentLeadsToLan(net))
    return fail('no-route', [
      ...via,
      {
        text: `${net.name} has no parent interface: nothing beyond it`,
        kind: 'stop',
        stop: 'no-parent',
        networkId: net.id,
      },
    ]);
  if (hostInterfaceOf(lab, ip) !== undefined)
    return fail('timeout', [
      ...via,
      {
        text: `${formatIPv4(ip)} is the host's own address: ${net.driver === 'ipvlan' ? 'an' : 'a'} ${net.driver} container cannot reach its host through the parent interface`,
        kind: 'stop',
        stop: 'parent-hairpin',
        ...onLan(net),
      },
    ]);
  if (isPublic(ip)) {
    const out = toOutside(lab, ip, probe, via, 64);
    return out.ok ? { ...out, ttl: out.ttl - 1 } : out;
  }
  return fail('timeout', [
    ...via,
    { text: `no machine answers at ${formatIPv4(ip)} on the LAN`, kind: 'stop', stop: 'lan-silent', ...onLan(net) },
  ]);
}
