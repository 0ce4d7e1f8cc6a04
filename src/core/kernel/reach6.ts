// Who can reach whom over IPv6: the loopback ::1, the namespace's own addresses, and the containers of the IPv6
// networks the sender shares (the bridge driver forwards inside a network and isolates networks from each other,
// moby bridge/internal/iptabler for ip6tables as for iptables). A server answers only if one of its sockets is an
// IPv6 one (Listener.stack): nginx's `listen [::]:80`, a Go `:80`, not mongod's 0.0.0.0. The host has no IPv6
// route beyond its bridges (the host profile's eth0 is IPv4), so nothing past them answers.
import type { Lab } from '../lab/lab';
import { HOST_NETNS } from '../lab/lab';
import { addressHolders6 } from '../lab/labIndex';
import type { Container, Endpoint, Network } from '../lab/model';
import { cidr6Contains, formatIPv6, parseIPv6 } from '../net/ipv6';
import { ipv6Subnet } from '../daemon/ipv6Addresses';
import { bridgeConfig } from '../daemon/bridgeOptions';
import { namespaceInterfaces } from './interfaces';
import { type Probe, type ReachHop, type ReachResult, done, fail } from './reachResult';
import { reach } from './reach';

const LOOPBACK6 = 1n;

function nsName(lab: Lab, netnsId: number): string {
  if (netnsId === HOST_NETNS) return "the host's namespace";
  const owner = lab.containers.get(lab.namespaces.get(netnsId)?.owner ?? '');
  return owner ? `${owner.name}'s namespace` : `namespace ${netnsId}`;
}

/** A socket that takes IPv6 in the namespace: every stack but a lone 0.0.0.0 one. */
function deliver6(lab: Lab, netnsId: number, ip: string, probe: Probe | undefined, path: ReachHop[]): ReachResult {
  if (!probe) return done([...path, { text: `${ip} answers`, kind: 'answer', netnsId }], 64);
  const port = { port: probe.port, proto: probe.proto };
  const listener = lab.listeners.find(
    (l) =>
      l.netnsId === netnsId &&
      l.proto === probe.proto &&
      l.port === probe.port &&
      l.stack !== undefined &&
      l.stack !== 'ipv4',
  );
  if (listener && lab.containers.get(listener.containerId)?.paused === true)
    return fail('timeout', [
      ...path,
      {
        text: `${lab.containers.get(listener.containerId)!.name} is paused: its ${listener.program} cannot answer`,
        kind: 'stop',
        stop: 'paused',
        netnsId,
        containerId: listener.containerId,
        port,
      },
    ]);
  if (listener)
    return done(
      [
        ...path,
        {
          text: `${listener.program} listens on [::]:${probe.port}/${probe.proto} in ${nsName(lab, netnsId)}`,
          kind: 'answer',
          netnsId,
          containerId: listener.containerId,
          port,
        },
      ],
      64,
      { program: listener.program, answeredBy: lab.containers.get(listener.containerId) },
    );
  if (netnsId === HOST_NETNS) {
    const proxied = viaDockerProxy(lab, probe, path);
    if (proxied) return proxied;
  }
  const v4only = lab.listeners.some((l) => l.netnsId === netnsId && l.proto === probe.proto && l.port === probe.port);
  return fail('refused', [
    ...path,
    {
      text: v4only
        ? `${probe.port}/${probe.proto} in ${nsName(lab, netnsId)} listens on 0.0.0.0 only, not [::]: connection refused`
        : `nothing listens on ${probe.port}/${probe.proto} in ${nsName(lab, netnsId)}: connection refused`,
      kind: 'stop',
      stop: 'refused',
      netnsId,
      port,
    },
  ]);
}

/**
 * A port published on [::] (the default -p binds 0.0.0.0 and [::]): docker-proxy in the host's namespace takes the
 * IPv6 connection and opens one to the container's IPv4 address (moby cmd/docker-proxy), so the rest is IPv4.
 */
function viaDockerProxy(lab: Lab, probe: Probe, path: ReachHop[]): ReachResult | undefined {
  for (const b of lab.hostPorts.get(`${probe.proto}/${probe.port}`) ?? []) {
    if (!b.hostIp.includes(':')) continue;
    const c = lab.containers.get(b.containerId);
    const key = Object.entries(c?.ports ?? {}).find(
      ([k, list]) =>
        k.endsWith(`/${probe.proto}`) && list.some((x) => x.hostIp === b.hostIp && x.hostPort === String(probe.port)),
    )?.[0];
    const ep = Object.values(c?.endpoints ?? {}).find((e) => e.ip !== null);
    if (!c || !key || !ep) continue;
    const containerPort = Number(key.split('/')[0]);
    const onward = reach(lab, HOST_NETNS, ep.ip!, { port: containerPort, proto: probe.proto });
    const nat: ReachHop = {
      text: `published port [${b.hostIp}]:${probe.port} → ${c.name}:${containerPort} (docker-proxy)`,
      kind: 'nat',
      netnsId: HOST_NETNS,
      containerId: c.id,
      published: { hostIp: b.hostIp, hostPort: probe.port, proto: probe.proto, containerPort },
      networkId: ep.networkId,
      ifname: ep.ifname,
    };
    // The proxy's own connection starts in the host's namespace: keep its hops after this one.
    const hops = [...path, nat, ...onward.hops.slice(1)];
    return { ...onward, hops, path: hops.map((h) => h.text) };
  }
  return undefined;
}

/** The IPv6 network (its /64 or user subnet) holding an address. */
function networkOfIp6(lab: Lab, ip: bigint): Network | undefined {
  for (const n of lab.networks.values()) {
    const sub = n.ipv6 ? ipv6Subnet(n) : undefined;
    if (sub && cidr6Contains(sub.cidr, ip)) return n;
  }
  return undefined;
}

function toHolder(
  lab: Lab,
  net: Network,
  ip: string,
  probe: Probe | undefined,
  via: ReachHop[],
  from?: { netnsId: number; ifname: string },
): ReachResult {
  const target = addressHolders6(lab).get(net.name)?.get(ip);
  if (!target || target.netnsId === null)
    return fail('timeout', [
      ...via,
      { text: `no container holds ${ip} on ${net.name}`, kind: 'stop', stop: 'no-holder', networkId: net.id },
    ]);
  const ifname = Object.values(target.endpoints).find((e) => e.networkId === net.id)?.ifname;
  const hop: ReachHop = {
    text: from ? `same network: straight to ${target.name}` : `→ ${target.name}`,
    kind: from ? 'bridge' : 'veth',
    netnsId: target.netnsId,
    networkId: net.id,
    containerId: target.id,
    ...(from ? { fromNetnsId: from.netnsId, fromIfname: from.ifname } : {}),
    ...(ifname ? { ifname } : {}),
  };
  return deliver6(lab, target.netnsId, ip, probe, [...via, hop]);
}

/** The bridge whose IPv6 gateway the address is (the host answers there). */
function hostBridgeOf6(lab: Lab, ip: bigint): Network | undefined {
  for (const n of lab.networks.values()) {
    const sub = n.driver === 'bridge' && n.ipv6 ? ipv6Subnet(n) : undefined;
    if (sub?.gateway && parseIPv6(sub.gateway) === ip) return n;
  }
  return undefined;
}

function fromHost6(lab: Lab, ip: bigint, probe: Probe | undefined, path: ReachHop[]): ReachResult {
  const text = formatIPv6(ip);
  const net = networkOfIp6(lab, ip);
  if (net && net.driver === 'bridge') {
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
    return toHolder(lab, net, text, probe, via);
  }
  return fail('no-route', [
    ...path,
    { text: `the host has no IPv6 route to ${text}: network is unreachable`, kind: 'stop', stop: 'no-default-route' },
  ]);
}

/** From a namespace (host, container, joined, none) to an IPv6 address and optional port. */
export function reach6(lab: Lab, netnsId: number, ip: bigint, probe?: Probe): ReachResult {
  const text = formatIPv6(ip);
  const start: ReachHop = { text: `from ${nsName(lab, netnsId)}`, kind: 'start', netnsId };
  const ifaces = namespaceInterfaces(lab, netnsId);
  const ns = lab.namespaces.get(netnsId);
  const owner = netnsId === HOST_NETNS ? undefined : ns?.alive ? lab.containers.get(ns.owner) : undefined;
  // --network none configures no ::1 (the lab's lo there is IPv4 only), so even the loopback is unreachable.
  const loopbackUp = netnsId === HOST_NETNS || owner?.networkMode !== 'none';
  const local =
    ip === LOOPBACK6 && loopbackUp ? 'lo' : ifaces.find((i) => i.ipv6.some((a) => a.address === text))?.name;
  if (local !== undefined)
    return deliver6(lab, netnsId, text, probe, [
      start,
      { text: `${text} is local to ${nsName(lab, netnsId)} (loopback)`, kind: 'loopback', netnsId, ifname: local },
    ]);
  if (netnsId === HOST_NETNS) {
    const bridge = hostBridgeOf6(lab, ip);
    if (bridge)
      return deliver6(lab, HOST_NETNS, text, probe, [
        start,
        { text: `${text} is the host's own address`, kind: 'loopback', netnsId, ifname: bridge.bridgeName },
      ]);
    return fromHost6(lab, ip, probe, [start]);
  }
  const eps = Object.entries(owner?.endpoints ?? {}).filter(([, e]) => e.ipv6);
  if (!owner || eps.length === 0)
    return fail('no-route', [
      start,
      {
        text: `no interface of ${nsName(lab, netnsId)} has an IPv6 address: network is unreachable`,
        kind: 'stop',
        stop: ns !== undefined && !ns.alive ? 'dead-namespace' : 'none-mode',
        netnsId,
      },
    ]);
  for (const [name, ep] of eps) {
    const net = lab.networks.get(ep.networkId);
    const sub = net?.ipv6 ? ipv6Subnet(net) : undefined;
    if (!net || !sub || !cidr6Contains(sub.cidr, ip)) continue;
    const via: ReachHop[] = [
      start,
      {
        text: `${ep.ifname} is on ${name} (${net.subnets.find((s) => s.subnet.includes(':'))?.subnet ?? ''})`,
        kind: 'veth',
        netnsId,
        ifname: ep.ifname,
        networkId: net.id,
        containerId: owner.id,
      },
    ];
    if (ep.ipv6Gateway === text && net.driver === 'bridge' && !net.internal)
      return deliver6(lab, HOST_NETNS, text, probe, [
        ...via,
        {
          text: `${text} is the gateway: the host's ${net.bridgeName}`,
          kind: 'bridge',
          netnsId: HOST_NETNS,
          ifname: net.bridgeName,
          networkId: net.id,
        },
      ]);
    const holder = addressHolders6(lab).get(net.name)?.get(text);
    if (holder && net.driver === 'bridge' && !bridgeConfig(net).enableIcc)
      return fail('timeout', [
        ...via,
        {
          text: `${name} has enable_icc=false: containers on it cannot reach each other`,
          kind: 'stop',
          stop: 'icc-disabled',
          networkId: net.id,
        },
      ]);
    return toHolder(lab, net, text, probe, via, { netnsId, ifname: ep.ifname });
  }
  return beyond6(lab, owner, eps, ip, probe, start);
}

/** Off every network of the sender: through the default IPv6 route to the host, where other networks are isolated. */
function beyond6(
  lab: Lab,
  owner: Container,
  eps: [string, Endpoint][],
  ip: bigint,
  probe: Probe | undefined,
  start: ReachHop,
): ReachResult {
  const text = formatIPv6(ip);
  const exit = eps.find(([, e]) => {
    const n = lab.networks.get(e.networkId);
    return e.ipv6Gateway && n !== undefined && !n.internal && n.driver === 'bridge';
  });
  if (!exit)
    return fail('no-route', [
      start,
      {
        text: `no IPv6 default route: ${eps.map(([n]) => n).join(', ')} ${eps.length > 1 ? 'are' : 'is'} internal or without a gateway`,
        kind: 'stop',
        stop: 'no-default-route',
        netnsId: start.netnsId!,
      },
    ]);
  const [exitName, exitEp] = exit;
  const exitNet = lab.networks.get(exitEp.networkId)!;
  const via: ReachHop[] = [
    start,
    {
      text: `default route via ${exitEp.ipv6Gateway!} (${exitName}) to the host`,
      kind: 'veth',
      netnsId: HOST_NETNS,
      networkId: exitEp.networkId,
      containerId: owner.id,
      fromNetnsId: start.netnsId!,
      fromIfname: exitEp.ifname,
      ifname: exitNet.bridgeName,
    },
  ];
  const bridge = hostBridgeOf6(lab, ip);
  if (bridge)
    return deliver6(lab, HOST_NETNS, text, probe, [
      ...via,
      { text: `${text} is one of the host's addresses`, kind: 'host', netnsId: HOST_NETNS, ifname: bridge.bridgeName },
    ]);
  const other = networkOfIp6(lab, ip);
  if (other)
    return fail('timeout', [
      ...via,
      {
        text: `${text} is on ${other.name}, which ${owner.name} is not connected to: Docker isolates bridge networks from each other (connect it with docker network connect)`,
        kind: 'stop',
        stop: 'isolated',
        netnsId: HOST_NETNS,
        networkId: other.id,
        containerId: owner.id,
        ...(other.bridgeName ? { ifname: other.bridgeName } : {}),
      },
    ]);
  return fail('timeout', [
    ...via,
    {
      text: `the host has no IPv6 route beyond its bridges: nobody answers at ${text}`,
      kind: 'stop',
      stop: 'private-unknown',
    },
  ]);
}
