// Who can reach whom (the bridge driver's isolation, moby bridge/internal/iptabler): from a namespace to an
// address, optionally a TCP/UDP port. Every answer carries the path taken or where it stops: as sentences (`path`)
// and, hop for hop, as data naming the namespaces, interfaces, networks and containers passed (`hops`), which the
// network diagram highlights.
import type { Lab } from '../lab/lab';
import { HOST_NETNS } from '../lab/lab';
import { namespaceInterfaces } from './interfaces';
import { addressHolders } from '../lab/labIndex';
import { gatewayEndpoint } from './defaultRoute';
import type { Container, Network } from '../lab/model';
import { cidrContains, formatIPv4, networkOf, parseCidr, parseIPv4 } from '../net/ipv4';
import { isPublic } from './outside';
import { beyondSubinterface, hostInterfaceOf, subinterfaceLan, toOutside } from './reachBeyond';
import { type Probe, type ReachHop, type ReachResult, done, fail } from './reachResult';
import { bridgeConfig } from '../daemon/bridgeOptions';

export type { Probe, ReachFailure, ReachHop, ReachHopKind, ReachResult, ReachStopCode } from './reachResult';

const LOOPBACK = parseCidr('127.0.0.0/8')!;

function nsName(lab: Lab, netnsId: number): string {
  if (netnsId === HOST_NETNS) return "the host's namespace";
  const owner = lab.containers.get(lab.namespaces.get(netnsId)?.owner ?? '');
  return owner ? `${owner.name}'s namespace` : `namespace ${netnsId}`;
}

/** The container's interface on a network (`eth1`), or undefined. */
function ifnameOn(c: Container, net: Network): string | undefined {
  return Object.values(c.endpoints).find((e) => e.networkId === net.id)?.ifname || undefined;
}

/** A listener in the namespace, or (host namespace) a published port forwarded to a container. */
function deliver(
  lab: Lab,
  netnsId: number,
  ip: number,
  probe: Probe | undefined,
  path: ReachHop[],
  ttl: number,
): ReachResult {
  if (!probe) return done([...path, { text: `${formatIPv4(ip)} answers`, kind: 'answer', netnsId }], ttl);
  const port = { port: probe.port, proto: probe.proto };
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
      {
        text: `${lab.containers.get(frozen.containerId)!.name} is paused: its ${frozen.program} cannot answer`,
        kind: 'stop',
        stop: 'paused',
        netnsId,
        containerId: frozen.containerId,
        port,
      },
    ]);
  }
  const listener = lab.listeners.find((l) => l.netnsId === netnsId && l.proto === probe.proto && l.port === probe.port);
  if (listener) {
    return done(
      [
        ...path,
        {
          text: `${listener.program} listens on ${probe.port}/${probe.proto} in ${nsName(lab, netnsId)}`,
          kind: 'answer',
          netnsId,
          containerId: listener.containerId,
          port,
        },
      ],
      ttl,
      { program: listener.program, answeredBy: lab.containers.get(listener.containerId) },
    );
  }
  if (netnsId === HOST_NETNS) {
    const mapped = publishedTarget(lab, ip, probe);
    if (mapped) {
      const { container, containerPort, hostIp } = mapped;
      const ep = Object.values(container.endpoints).find((e) => e.ip !== null);
      const next: ReachHop[] = [
        ...path,
        {
          text: `published port ${hostIp}:${probe.port} → ${container.name}:${containerPort} (DNAT / docker-proxy)`,
          kind: 'nat',
          netnsId: HOST_NETNS,
          containerId: container.id,
          published: { hostIp, hostPort: probe.port, proto: probe.proto, containerPort },
          ...(ep ? { networkId: ep.networkId, ifname: ep.ifname } : {}),
        },
      ];
      if (!ep || container.netnsId === null)
        return fail('refused', [
          ...next,
          { text: `${container.name} has no address`, kind: 'stop', stop: 'no-address', containerId: container.id },
        ]);
      return deliver(lab, container.netnsId, ep.ip!, { port: containerPort, proto: probe.proto }, next, ttl);
    }
  }
  return fail('refused', [
    ...path,
    {
      text: `nothing listens on ${probe.port}/${probe.proto} in ${nsName(lab, netnsId)}: connection refused`,
      kind: 'stop',
      stop: 'refused',
      netnsId,
      port,
    },
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

function fromHost(lab: Lab, ip: number, probe: Probe | undefined, path: ReachHop[]): ReachResult {
  const net = networkOfIp(lab, ip);
  if (net && net.driver === 'bridge') {
    // gateway_mode_ipv4=isolated (bridge GetSkipGwAlloc): the bridge has no address, so the host has no route to it.
    if (!net.subnets.some((sn) => parseIPv4(sn.gateway) !== undefined))
      return fail('no-route', [
        ...path,
        {
          text: `${net.bridgeName} (${net.name}) has no address on the host: no route`,
          kind: 'stop',
          stop: 'no-bridge-address',
          netnsId: HOST_NETNS,
          ifname: net.bridgeName,
          networkId: net.id,
        },
      ]);
    const target = holder(lab, net, ip);
    const via: ReachHop[] = [
      ...path,
      {
        text: `host → ${net.bridgeName} (${net.name})`,
        kind: 'bridge',
        netnsId: HOST_NETNS,
        ifname: net.bridgeName,
        networkId: net.id,
      },
    ];
    if (target) {
      const hop: ReachHop = {
        text: `→ ${target.name}`,
        kind: 'veth',
        netnsId: target.netnsId!,
        networkId: net.id,
        containerId: target.id,
      };
      const ifname = ifnameOn(target, net);
      if (ifname) hop.ifname = ifname;
      return deliver(lab, target.netnsId!, ip, probe, [...via, hop], 64);
    }
    return fail('timeout', [
      ...via,
      {
        text: `no container holds ${formatIPv4(ip)} on ${net.name}`,
        kind: 'stop',
        stop: 'no-holder',
        networkId: net.id,
      },
    ]);
  }
  // Only a container's address is behind the parent link: the LAN's router and other machines on a macvlan
  // network's subnet are still reached through eth0 as before the network existed.
  if (net && holder(lab, net, ip))
    return fail('timeout', [
      ...path,
      {
        text: `${net.name} is a ${net.driver} network: the host cannot reach its containers through the parent interface`,
        kind: 'stop',
        stop: 'parent-link',
        networkId: net.id,
      },
    ]);
  if (isPublic(ip)) return toOutside(lab, ip, probe, path, 64);
  const lan = parseCidr(`${lab.hostProfile.eth0.address}/${lab.hostProfile.eth0.prefix}`)!;
  if (cidrContains(networkOf(lan), ip)) {
    if (parseIPv4(lab.hostProfile.eth0.gateway) === ip && !probe)
      return done(
        [
          ...path,
          {
            text: `the LAN gateway ${formatIPv4(ip)} answers`,
            kind: 'answer',
            netnsId: HOST_NETNS,
            ifname: 'eth0',
          },
        ],
        64,
      );
    return fail('timeout', [
      ...path,
      {
        text: `no machine answers at ${formatIPv4(ip)} on the host's LAN`,
        kind: 'stop',
        stop: 'lan-silent',
        netnsId: HOST_NETNS,
        ifname: 'eth0',
      },
    ]);
  }
  return fail('timeout', [
    ...path,
    { text: `${formatIPv4(ip)} is a private address nobody here holds`, kind: 'stop', stop: 'private-unknown' },
  ]);
}

/** From a namespace (host, container, joined, none) to an address and optional port. */
export function reach(lab: Lab, netnsId: number, ip: number, probe?: Probe): ReachResult {
  const start: ReachHop = { text: `from ${nsName(lab, netnsId)}`, kind: 'start', netnsId };
  const ifaces = namespaceInterfaces(lab, netnsId);
  const local = cidrContains(LOOPBACK, ip) ? 'lo' : ifaces.find((i) => i.ipv4?.address === ip)?.name;
  if (local !== undefined) {
    return deliver(
      lab,
      netnsId,
      ip,
      probe,
      [
        start,
        {
          text: `${formatIPv4(ip)} is local to ${nsName(lab, netnsId)} (loopback)`,
          kind: 'loopback',
          netnsId,
          ifname: local,
        },
      ],
      64,
    );
  }
  if (netnsId === HOST_NETNS) {
    const own = hostInterfaceOf(lab, ip);
    if (own !== undefined)
      return deliver(
        lab,
        HOST_NETNS,
        ip,
        probe,
        [start, { text: `${formatIPv4(ip)} is the host's own address`, kind: 'loopback', netnsId, ifname: own }],
        64,
      );
    return fromHost(lab, ip, probe, [start]);
  }
  const ns = lab.namespaces.get(netnsId);
  const owner = ns?.alive ? lab.containers.get(ns.owner) : undefined;
  const eps = Object.entries(owner?.endpoints ?? {}).filter(([, e]) => e.ip !== null);
  if (eps.length === 0) {
    const dead = ns !== undefined && !ns.alive;
    const why = dead
      ? 'the namespace lost its interfaces when its owner stopped (restart this container)'
      : 'only lo exists (network mode none)';
    return fail('no-route', [
      start,
      {
        text: `${why}: network is unreachable`,
        kind: 'stop',
        stop: dead ? 'dead-namespace' : 'none-mode',
        netnsId,
        ifname: 'lo',
      },
    ]);
  }
  for (const [name, ep] of eps) {
    const net = lab.networks.get(ep.networkId);
    if (!net) continue;
    const inSubnet = net.subnets.some((s) => {
      const c = parseCidr(s.subnet);
      return c !== undefined && cidrContains(c, ip);
    });
    if (!inSubnet) continue;
    const via: ReachHop[] = [
      start,
      {
        text: `${ep.ifname} is on ${name} (${net.subnets[0]?.subnet ?? ''})`,
        kind: 'veth',
        netnsId,
        ifname: ep.ifname,
        networkId: net.id,
        containerId: owner!.id,
      },
    ];
    if (ep.gateway === ip && net.driver === 'bridge' && !net.internal)
      return deliver(
        lab,
        HOST_NETNS,
        ip,
        probe,
        [
          ...via,
          {
            text: `${formatIPv4(ip)} is the gateway: the host's ${net.bridgeName}`,
            kind: 'bridge',
            netnsId: HOST_NETNS,
            ifname: net.bridgeName,
            networkId: net.id,
          },
        ],
        64,
      );
    const target = holder(lab, net, ip);
    // enable_icc=false: the bridge driver drops traffic between two containers of the network (iptabler icc rules).
    if (target && net.driver === 'bridge' && !bridgeConfig(net).enableIcc)
      return fail('timeout', [
        ...via,
        {
          text: `${name} has enable_icc=false: containers on it cannot reach each other`,
          kind: 'stop',
          stop: 'icc-disabled',
          networkId: net.id,
        },
      ]);
    if (target) {
      const hop: ReachHop = {
        text: `same network: straight to ${target.name}`,
        kind: 'bridge',
        netnsId: target.netnsId!,
        networkId: net.id,
        containerId: target.id,
        fromNetnsId: netnsId,
        fromIfname: ep.ifname,
      };
      const ifname = ifnameOn(target, net);
      if (ifname) hop.ifname = ifname;
      return deliver(lab, target.netnsId!, ip, probe, [...via, hop], 64);
    }
    const lan = subinterfaceLan(lab, net, ip, probe, via);
    if (lan) return lan;
    return fail('timeout', [
      ...via,
      {
        text: `no container holds ${formatIPv4(ip)} on ${name}`,
        kind: 'stop',
        stop: 'no-holder',
        networkId: net.id,
      },
    ]);
  }
  const exit = gatewayEndpoint(lab, owner!);
  if (!exit)
    return fail('no-route', [
      start,
      {
        text: `no default route: ${eps.map(([n]) => n).join(', ')} ${eps.length > 1 ? 'are' : 'is'} internal or without a gateway`,
        kind: 'stop',
        stop: 'no-default-route',
        netnsId,
      },
    ]);
  const [exitName, exitEp] = exit;
  const exitNet = lab.networks.get(exitEp.networkId);
  if (exitNet && exitNet.driver !== 'bridge')
    return beyondSubinterface(lab, exitNet, exitName, exitEp, owner!, ip, probe, start);
  const via: ReachHop[] = [
    start,
    {
      text: `default route via ${formatIPv4(exitEp.gateway!)} (${exitName}) to the host`,
      kind: 'veth',
      netnsId: HOST_NETNS,
      networkId: exitEp.networkId,
      containerId: owner!.id,
      fromNetnsId: netnsId,
      fromIfname: exitEp.ifname,
      ...(exitNet?.bridgeName ? { ifname: exitNet.bridgeName } : {}),
    },
  ];
  const own = hostInterfaceOf(lab, ip);
  if (own !== undefined)
    return deliver(
      lab,
      HOST_NETNS,
      ip,
      probe,
      [
        ...via,
        {
          text: `${formatIPv4(ip)} is one of the host's addresses`,
          kind: 'host',
          netnsId: HOST_NETNS,
          ifname: own,
        },
      ],
      64,
    );
  const otherNet = networkOfIp(lab, ip);
  if (otherNet) {
    // The DOCKER-ISOLATION chains drop what one bridge forwards out of another (moby
    // libnetwork/drivers/bridge/setup_ip_tables_linux.go): the packet stops at the other network's bridge.
    return fail('timeout', [
      ...via,
      {
        text: `${formatIPv4(ip)} is on ${otherNet.name}, which ${owner!.name} is not connected to: Docker isolates bridge networks from each other (connect it with docker network connect)`,
        kind: 'stop',
        stop: 'isolated',
        netnsId: HOST_NETNS,
        networkId: otherNet.id,
        containerId: owner!.id,
        ...(otherNet.bridgeName ? { ifname: otherNet.bridgeName } : {}),
      },
    ]);
  }
  // enable_ip_masquerade=false or gateway_mode_ipv4=routed: no SNAT, so the internet's replies never find 172.x back.
  const exitCfg = exitNet ? bridgeConfig(exitNet) : undefined;
  if (exitCfg && isPublic(ip) && (!exitCfg.enableIpMasquerade || exitCfg.gwModeIpv4 === 'routed'))
    return fail('timeout', [
      ...via,
      {
        text: `${exitName} does not masquerade (${exitCfg.gwModeIpv4 === 'routed' ? 'gateway_mode_ipv4=routed' : 'enable_ip_masquerade=false'}): replies to ${formatIPv4(exitEp.ip!)} never come back`,
        kind: 'stop',
        stop: 'no-masquerade',
        netnsId: HOST_NETNS,
        networkId: exitEp.networkId,
        ifname: 'eth0',
      },
    ]);
  const onward = fromHost(lab, ip, probe, via);
  // One more hop than from the host itself: the container's packets cross the host first.
  return onward.ok ? { ...onward, ttl: onward.ttl - 1 } : onward;
}
