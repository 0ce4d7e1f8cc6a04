// Who can reach whom (the bridge driver's isolation, moby bridge/internal/iptabler): from a namespace to an
// address, optionally a TCP/UDP port. Every answer carries the path taken or where it stops.
import type { Lab } from '../lab/lab';
import { HOST_NETNS } from '../lab/lab';
import { namespaceInterfaces } from './interfaces';
import { addressHolders } from '../lab/labIndex';
import { gatewayEndpoint } from './defaultRoute';
import type { Container, Network, Protocol } from '../lab/model';
import { cidrContains, formatIPv4, networkOf, parseCidr, parseIPv4 } from '../net/ipv4';
import { isPublic, outsideHops, outsideListens } from './outside';
import { bridgeConfig } from '../daemon/bridgeOptions';
import { subinterfaceLinkName } from '../daemon/networkCreate';

export type ReachFailure = 'no-route' | 'timeout' | 'refused';

export interface ReachResult {
  ok: boolean;
  failure?: ReachFailure;
  /** Hops and decisions, in order; the last one says where it ended. */
  path: string[];
  /** TTL of a ping reply. */
  ttl: number;
  /** The container that answered, if any. */
  answeredBy?: Container;
  /** What answered on the port (nginx, nc, docker-proxy → nginx, ...). */
  program?: string;
}

export interface Probe {
  port: number;
  proto: Protocol;
}

const LOOPBACK = parseCidr('127.0.0.0/8')!;

function fail(failure: ReachFailure, path: string[]): ReachResult {
  return { ok: false, failure, path, ttl: 0 };
}

function nsName(lab: Lab, netnsId: number): string {
  if (netnsId === HOST_NETNS) return "the host's namespace";
  const owner = lab.containers.get(lab.namespaces.get(netnsId)?.owner ?? '');
  return owner ? `${owner.name}'s namespace` : `namespace ${netnsId}`;
}

/** A listener in the namespace, or (host namespace) a published port forwarded to a container. */
function deliver(
  lab: Lab,
  netnsId: number,
  ip: number,
  probe: Probe | undefined,
  path: string[],
  ttl: number,
): ReachResult {
  if (!probe) return { ok: true, path: [...path, `${formatIPv4(ip)} answers`], ttl };
  const frozen = lab.listeners.find(
    (l) =>
      l.netnsId === netnsId &&
      l.proto === probe.proto &&
      l.port === probe.port &&
      lab.containers.get(l.containerId)?.paused === true,
  );
  if (frozen) {
    // The kernel still answers ping, but a frozen server never replies.
    return fail('timeout', [
      ...path,
      `${lab.containers.get(frozen.containerId)!.name} is paused: its ${frozen.program} cannot answer`,
    ]);
  }
  const listener = lab.listeners.find((l) => l.netnsId === netnsId && l.proto === probe.proto && l.port === probe.port);
  if (listener) {
    return {
      ok: true,
      path: [...path, `${listener.program} listens on ${probe.port}/${probe.proto} in ${nsName(lab, netnsId)}`],
      ttl,
      program: listener.program,
      answeredBy: lab.containers.get(listener.containerId),
    };
  }
  if (netnsId === HOST_NETNS) {
    const mapped = publishedTarget(lab, ip, probe);
    if (mapped) {
      const { container, containerPort, hostIp } = mapped;
      const ep = Object.values(container.endpoints).find((e) => e.ip !== null);
      const next = [
        ...path,
        `published port ${hostIp}:${probe.port} → ${container.name}:${containerPort} (DNAT / docker-proxy)`,
      ];
      if (!ep || container.netnsId === null) return fail('refused', [...next, `${container.name} has no address`]);
      return deliver(lab, container.netnsId, ep.ip!, { port: containerPort, proto: probe.proto }, next, ttl);
    }
  }
  return fail('refused', [
    ...path,
    `nothing listens on ${probe.port}/${probe.proto} in ${nsName(lab, netnsId)}: connection refused`,
  ]);
}

/** The container behind a published host port, honouring the binding's host IP. */
function publishedTarget(
  lab: Lab,
  ip: number,
  probe: Probe,
): { container: Container; containerPort: number; hostIp: string } | undefined {
  for (const b of lab.hostPorts.get(`${probe.proto}/${probe.port}`) ?? []) {
    if (b.hostIp.includes(':')) continue;
    const bound = parseIPv4(b.hostIp);
    const matches = b.hostIp === '0.0.0.0' || bound === ip;
    if (!matches) continue;
    const c = lab.containers.get(b.containerId);
    if (!c) continue;
    for (const [key, bindings] of Object.entries(c.ports)) {
      if (
        bindings.some((x) => x.hostIp === b.hostIp && x.hostPort === String(probe.port)) &&
        key.endsWith(`/${probe.proto}`)
      ) {
        return { container: c, containerPort: Number(key.split('/')[0]), hostIp: b.hostIp };
      }
    }
  }
  return undefined;
}

/** Addresses the host owns: eth0 and every bridge's gateway. */
function hostOwns(lab: Lab, ip: number): boolean {
  if (parseIPv4(lab.hostProfile.eth0.address) === ip) return true;
  for (const n of lab.networks.values()) {
    if (n.driver !== 'bridge' || n.internal) continue;
    if (n.subnets.some((s) => parseIPv4(s.gateway) === ip)) return true;
  }
  return false;
}

/** The running container endpoint holding an address on a network. */
function holder(lab: Lab, net: Network, ip: number): Container | undefined {
  return addressHolders(lab).get(net.name)?.get(ip);
}

function networkOfIp(lab: Lab, ip: number): Network | undefined {
  for (const n of lab.networks.values()) {
    if (
      n.subnets.some((s) => {
        const c = parseCidr(s.subnet);
        return c !== undefined && cidrContains(c, ip);
      })
    )
      return n;
  }
  return undefined;
}

function toOutside(lab: Lab, ip: number, probe: Probe | undefined, path: string[], startTtl: number): ReachResult {
  const hops = outsideHops(ip);
  const next = [
    ...path,
    `out through the host's eth0 to its gateway ${lab.hostProfile.eth0.gateway} (masquerade)`,
    `${formatIPv4(ip)} on the internet`,
  ];
  if (!probe) return { ok: true, path: [...next, `${formatIPv4(ip)} answers`], ttl: startTtl - hops };
  if (outsideListens(ip, probe.port))
    return {
      ok: true,
      path: [...next, `${formatIPv4(ip)} accepts ${probe.port}/${probe.proto}`],
      ttl: startTtl - hops,
      program: 'remote server',
    };
  return fail('timeout', [...next, `${formatIPv4(ip)} does not answer on ${probe.port}/${probe.proto}`]);
}

function fromHost(lab: Lab, ip: number, probe: Probe | undefined, path: string[]): ReachResult {
  const net = networkOfIp(lab, ip);
  if (net && net.driver === 'bridge') {
    // gateway_mode_ipv4=isolated (bridge GetSkipGwAlloc): the bridge has no address, so the host has no route to it.
    if (!net.subnets.some((sn) => parseIPv4(sn.gateway) !== undefined))
      return fail('no-route', [...path, `${net.bridgeName} (${net.name}) has no address on the host: no route`]);
    const target = holder(lab, net, ip);
    const via = [...path, `host → ${net.bridgeName} (${net.name})`];
    if (target) return deliver(lab, target.netnsId!, ip, probe, [...via, `→ ${target.name}`], 64);
    return fail('timeout', [...via, `no container holds ${formatIPv4(ip)} on ${net.name}`]);
  }
  if (net)
    return fail('timeout', [
      ...path,
      `${net.name} is a ${net.driver} network: the host cannot reach its containers through the parent interface`,
    ]);
  if (isPublic(ip)) return toOutside(lab, ip, probe, path, 64);
  const lan = parseCidr(`${lab.hostProfile.eth0.address}/${lab.hostProfile.eth0.prefix}`)!;
  if (cidrContains(networkOf(lan), ip)) {
    if (parseIPv4(lab.hostProfile.eth0.gateway) === ip && !probe)
      return { ok: true, path: [...path, `the LAN gateway ${formatIPv4(ip)} answers`], ttl: 64 };
    return fail('timeout', [...path, `no machine answers at ${formatIPv4(ip)} on the host's LAN`]);
  }
  return fail('timeout', [...path, `${formatIPv4(ip)} is a private address nobody here holds`]);
}

/** From a namespace (host, container, joined, none) to an address and optional port. */
export function reach(lab: Lab, netnsId: number, ip: number, probe?: Probe): ReachResult {
  const start = `from ${nsName(lab, netnsId)}`;
  const ifaces = namespaceInterfaces(lab, netnsId);
  if (cidrContains(LOOPBACK, ip) || ifaces.some((i) => i.ipv4?.address === ip)) {
    return deliver(
      lab,
      netnsId,
      ip,
      probe,
      [start, `${formatIPv4(ip)} is local to ${nsName(lab, netnsId)} (loopback)`],
      64,
    );
  }
  if (netnsId === HOST_NETNS) {
    if (hostOwns(lab, ip))
      return deliver(lab, HOST_NETNS, ip, probe, [start, `${formatIPv4(ip)} is the host's own address`], 64);
    return fromHost(lab, ip, probe, [start]);
  }
  const ns = lab.namespaces.get(netnsId);
  const owner = ns?.alive ? lab.containers.get(ns.owner) : undefined;
  const eps = Object.entries(owner?.endpoints ?? {}).filter(([, e]) => e.ip !== null);
  if (eps.length === 0) {
    const why =
      ns && !ns.alive
        ? 'the namespace lost its interfaces when its owner stopped (restart this container)'
        : 'only lo exists (network mode none)';
    return fail('no-route', [start, `${why}: network is unreachable`]);
  }
  for (const [name, ep] of eps) {
    const net = lab.networks.get(ep.networkId);
    if (!net) continue;
    const inSubnet = net.subnets.some((s) => {
      const c = parseCidr(s.subnet);
      return c !== undefined && cidrContains(c, ip);
    });
    if (!inSubnet) continue;
    const via = [start, `${ep.ifname} is on ${name} (${net.subnets[0]?.subnet ?? ''})`];
    if (ep.gateway === ip && net.driver === 'bridge' && !net.internal)
      return deliver(
        lab,
        HOST_NETNS,
        ip,
        probe,
        [...via, `${formatIPv4(ip)} is the gateway: the host's ${net.bridgeName}`],
        64,
      );
    const target = holder(lab, net, ip);
    // enable_icc=false: the bridge driver drops traffic between two containers of the network (iptabler icc rules).
    if (target && net.driver === 'bridge' && !bridgeConfig(net).enableIcc)
      return fail('timeout', [...via, `${name} has enable_icc=false: containers on it cannot reach each other`]);
    if (target)
      return deliver(lab, target.netnsId!, ip, probe, [...via, `same network: straight to ${target.name}`], 64);
    const lan = subinterfaceLan(lab, net, ip, probe, via);
    if (lan) return lan;
    return fail('timeout', [...via, `no container holds ${formatIPv4(ip)} on ${name}`]);
  }
  const exit = gatewayEndpoint(lab, owner!);
  if (!exit)
    return fail('no-route', [
      start,
      `no default route: ${eps.map(([n]) => n).join(', ')} ${eps.length > 1 ? 'are' : 'is'} internal or without a gateway`,
    ]);
  const [exitName, exitEp] = exit;
  const exitNet = lab.networks.get(exitEp.networkId);
  if (exitNet && exitNet.driver !== 'bridge')
    return beyondSubinterface(lab, exitNet, exitName, exitEp.gateway!, ip, probe, start);
  const via = [start, `default route via ${formatIPv4(exitEp.gateway!)} (${exitName}) to the host`];
  if (hostOwns(lab, ip))
    return deliver(lab, HOST_NETNS, ip, probe, [...via, `${formatIPv4(ip)} is one of the host's addresses`], 64);
  const otherNet = networkOfIp(lab, ip);
  if (otherNet) {
    return fail('timeout', [
      ...via,
      `${formatIPv4(ip)} is on ${otherNet.name}, which ${owner!.name} is not connected to: Docker isolates bridge networks from each other (connect it with docker network connect)`,
    ]);
  }
  // enable_ip_masquerade=false or gateway_mode_ipv4=routed: no SNAT, so the internet's replies never find 172.x back.
  const exitCfg = exitNet ? bridgeConfig(exitNet) : undefined;
  if (exitCfg && isPublic(ip) && (!exitCfg.enableIpMasquerade || exitCfg.gwModeIpv4 === 'routed'))
    return fail('timeout', [
      ...via,
      `${exitName} does not masquerade (${exitCfg.gwModeIpv4 === 'routed' ? 'gateway_mode_ipv4=routed' : 'enable_ip_masquerade=false'}): replies to ${formatIPv4(exitEp.ip!)} never come back`,
    ]);
  const onward = fromHost(lab, ip, probe, via);
  // One more hop than from the host itself: the container's packets cross the host first.
  return onward.ok ? { ...onward, ttl: onward.ttl - 1 } : onward;
}

/** The host's own address on the LAN a macvlan/ipvlan parent leads to (eth0, or a VLAN of it); none for a dummy. */
function parentLeadsToLan(net: Network): boolean {
  const link = subinterfaceLinkName(net);
  return link === undefined || !link.startsWith('dm-');
}

/**
 * macvlan/ipvlan: inside the network's subnet, the host's own address is out of reach through the parent (the
 * kernel does not hairpin between a macvlan and its parent), while the LAN's router answers.
 */
function subinterfaceLan(
  lab: Lab,
  net: Network,
  ip: number,
  probe: Probe | undefined,
  via: string[],
): ReachResult | undefined {
  if (net.driver !== 'macvlan' && net.driver !== 'ipvlan') return undefined;
  if (!parentLeadsToLan(net))
    return fail('timeout', [...via, `${net.name} has no parent interface: only its own containers are reachable`]);
  if (parseIPv4(lab.hostProfile.eth0.address) === ip)
    return fail('timeout', [
      ...via,
      `${formatIPv4(ip)} is the host's own address: a ${net.driver} container cannot reach its host through the parent interface`,
    ]);
  if (parseIPv4(lab.hostProfile.eth0.gateway) === ip && !probe)
    return { ok: true, path: [...via, `the LAN gateway ${formatIPv4(ip)} answers`], ttl: 64 };
  return undefined;
}

/** Beyond a macvlan/ipvlan network's gateway: the LAN's router, not the Docker host, forwards the packets. */
function beyondSubinterface(
  lab: Lab,
  net: Network,
  name: string,
  gateway: number,
  ip: number,
  probe: Probe | undefined,
  start: string,
): ReachResult {
  const via = [start, `default route via ${formatIPv4(gateway)} (${name}) on the LAN`];
  if (!parentLeadsToLan(net))
    return fail('no-route', [...via, `${net.name} has no parent interface: nothing beyond it`]);
  if (hostOwns(lab, ip))
    return fail('timeout', [
      ...via,
      `${formatIPv4(ip)} is the host's own address: a ${net.driver} container cannot reach its host through the parent interface`,
    ]);
  if (isPublic(ip)) {
    const out = toOutside(lab, ip, probe, via, 64);
    return out.ok ? { ...out, ttl: out.ttl - 1 } : out;
  }
  return fail('timeout', [...via, `no machine answers at ${formatIPv4(ip)} on the LAN`]);
}
