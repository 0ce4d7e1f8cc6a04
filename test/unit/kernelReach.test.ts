// Reachability hop by hop (src/core/kernel/reach.ts and reachBeyond.ts): every way a path ends, with
// the whole answer asserted, sentences and hop data (the namespaces, interfaces, networks and
// containers that the diagram's trace highlights), the TTL a ping reply would carry and who answered.
import * as assert from 'node:assert/strict';
import { HOST_NETNS } from '../../src/core/lab/lab';
import { type ReachHop, type ReachHopKind, type ReachStopCode, reach } from '../../src/core/kernel/reach';
import { parseIPv4 } from '../../src/core/net/ipv4';
import { replay } from './transcript';

/** A hop with names instead of IDs: `ns`/`fromNs` a container's namespace (or 'host'), `net` a network, `ctr` a container. */
interface HopSpec {
  text: string;
  kind: ReachHopKind;
  ns?: string;
  if?: string;
  net?: string;
  ctr?: string;
  fromNs?: string;
  fromIf?: string;
  port?: number;
  stop?: ReachStopCode;
  published?: ReachHop['published'];
}

interface Row {
  id: string;
  from: string;
  to: string;
  port?: number;
  ok: boolean;
  failure?: 'no-route' | 'timeout' | 'refused';
  ttl: number;
  program?: string;
  answeredBy?: string;
  hops: HopSpec[];
}

describe('reachability hop by hop (kernel/reach)', () => {
  const { lab, steps } = replay([
    'docker network create app',
    'docker network create --internal priv',
    'docker network create --internal priv2',
    'docker network create -o com.docker.network.bridge.enable_icc=false noicc',
    'docker network create -o com.docker.network.bridge.enable_ip_masquerade=false nomasq',
    'docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed routed',
    'docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan',
    'docker network create -d macvlan --subnet 10.9.0.0/24 dum',
    'docker run -d --name web -p 127.0.0.1:8080:80 nginx',
    'docker run -dit --name cli busybox',
    'docker run -dit --name appc --network app busybox',
    'docker run -d --name appweb --network app nginx',
    'docker run -dit --name iso --network none busybox',
    'docker run -dit --name in1 --network priv busybox',
    'docker network connect priv2 in1',
    'docker run -dit --name in2 --network priv busybox',
    'docker run -dit --name ic1 --network noicc busybox',
    'docker run -dit --name ic2 --network noicc busybox',
    'docker run -dit --name nm --network nomasq busybox',
    'docker run -dit --name rt --network routed busybox',
    'docker run -dit --name mv --network lan busybox',
    'docker run -dit --name dm --network dum busybox',
    'docker run -dit --name owner busybox',
    'docker run -dit --name joiner --network container:owner busybox',
    'docker stop owner',
    'docker run -d --name frozen --network app nginx',
    'docker pause frozen',
    'docker network create -d ipvlan --subnet 10.30.0.0/24 --gateway 10.30.0.1 -o parent=eth0.30 ivl',
    'docker network create -d macvlan --subnet 10.13.0.0/24 --gateway 10.13.0.1 dum2',
    'docker run -dit --name iv --network ivl busybox',
    'docker run -dit --name d2 --network dum2 busybox',
  ]);

  it('the lab for these paths builds without an error', () => {
    assert.deepEqual(
      steps.filter((s) => s.exitCode !== 0).map((s) => [s.command, s.stderr]),
      [],
    );
  });

  const netns = (name: string) => (name === 'host' ? HOST_NETNS : lab.containerByName(name)!.netnsId!);
  const resolve = (h: HopSpec): ReachHop => {
    const hop: ReachHop = { text: h.text, kind: h.kind };
    if (h.ns !== undefined) hop.netnsId = netns(h.ns);
    if (h.if !== undefined) hop.ifname = h.if;
    if (h.net !== undefined) hop.networkId = lab.networks.get(lab.findNetwork(h.net)!.id)!.id;
    if (h.ctr !== undefined) hop.containerId = lab.containerByName(h.ctr)!.id;
    if (h.fromNs !== undefined) hop.fromNetnsId = netns(h.fromNs);
    if (h.fromIf !== undefined) hop.fromIfname = h.fromIf;
    if (h.port !== undefined) hop.port = { port: h.port, proto: 'tcp' };
    if (h.stop !== undefined) hop.stop = h.stop;
    if (h.published !== undefined) hop.published = h.published;
    return hop;
  };

  const start = (from: string): HopSpec => ({
    text: from === 'host' ? "from the host's namespace" : `from ${from}'s namespace`,
    kind: 'start',
    ns: from,
  });
  const onNet = (c: string, net: string, subnet: string): HopSpec => ({
    text: `eth0 is on ${net} (${subnet})`,
    kind: 'veth',
    ns: c,
    if: 'eth0',
    net,
    ctr: c,
  });
  const toHost = (c: string, net: string, gw: string, bridge: string): HopSpec => ({
    text: `default route via ${gw} (${net}) to the host`,
    kind: 'veth',
    ns: 'host',
    net,
    ctr: c,
    fromNs: c,
    fromIf: 'eth0',
    if: bridge,
  });
  const bridgeOf = (net: string) => lab.networks.get(lab.findNetwork(net)!.id)!.bridgeName;
  const outThroughEth0: HopSpec = {
    text: "out through the host's eth0 to its gateway 192.168.1.1 (masquerade)",
    kind: 'host',
    ns: 'host',
    if: 'eth0',
  };
  const lanRoute: HopSpec = {
    text: 'default route via 192.168.1.1 (lan) on the LAN',
    kind: 'veth',
    ns: 'mv',
    if: 'eth0',
    net: 'lan',
    ctr: 'mv',
  };

  const ROWS: Row[] = [
    {
      id: 'host to a container on the default bridge: through docker0 to its nginx',
      from: 'host',
      to: '172.17.0.2',
      port: 80,
      ok: true,
      ttl: 64,
      program: 'nginx',
      answeredBy: 'web',
      hops: [
        start('host'),
        { text: 'host → docker0 (bridge)', kind: 'bridge', ns: 'host', if: 'docker0', net: 'bridge' },
        { text: '→ web', kind: 'veth', ns: 'web', net: 'bridge', ctr: 'web', if: 'eth0' },
        { text: "nginx listens on 80/tcp in web's namespace", kind: 'answer', ns: 'web', ctr: 'web', port: 80 },
      ],
    },
    {
      id: 'host to a free address of the default bridge: no container holds it',
      from: 'host',
      to: '172.17.0.99',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('host'),
        { text: 'host → docker0 (bridge)', kind: 'bridge', ns: 'host', if: 'docker0', net: 'bridge' },
        { text: 'no container holds 172.17.0.99 on bridge', kind: 'stop', stop: 'no-holder', net: 'bridge' },
      ],
    },
    {
      id: "host to a port published on 127.0.0.1: DNAT to the container's port (moby portmapper)",
      from: 'host',
      to: '127.0.0.1',
      port: 8080,
      ok: true,
      ttl: 64,
      program: 'nginx',
      answeredBy: 'web',
      hops: [
        start('host'),
        { text: "127.0.0.1 is local to the host's namespace (loopback)", kind: 'loopback', ns: 'host', if: 'lo' },
        {
          text: 'published port 127.0.0.1:8080 → web:80 (DNAT / docker-proxy)',
          kind: 'nat',
          ns: 'host',
          ctr: 'web',
          published: { hostIp: '127.0.0.1', hostPort: 8080, proto: 'tcp', containerPort: 80 },
          net: 'bridge',
          if: 'eth0',
        },
        { text: "nginx listens on 80/tcp in web's namespace", kind: 'answer', ns: 'web', ctr: 'web', port: 80 },
      ],
    },
    {
      id: 'host to its eth0 address on a port published only on 127.0.0.1: refused',
      from: 'host',
      to: '192.168.1.10',
      port: 8080,
      ok: false,
      failure: 'refused',
      ttl: 0,
      hops: [
        start('host'),
        { text: "192.168.1.10 is local to the host's namespace (loopback)", kind: 'loopback', ns: 'host', if: 'eth0' },
        {
          text: "nothing listens on 8080/tcp in the host's namespace: connection refused",
          kind: 'stop',
          stop: 'refused',
          ns: 'host',
          port: 8080,
        },
      ],
    },
    {
      id: "host to a bridge's gateway: its own address, nothing listening",
      from: 'host',
      to: '172.18.0.1',
      port: 80,
      ok: false,
      failure: 'refused',
      ttl: 0,
      hops: [
        start('host'),
        {
          text: "172.18.0.1 is local to the host's namespace (loopback)",
          kind: 'loopback',
          ns: 'host',
          if: bridgeOf('app'),
        },
        {
          text: "nothing listens on 80/tcp in the host's namespace: connection refused",
          kind: 'stop',
          stop: 'refused',
          ns: 'host',
          port: 80,
        },
      ],
    },
    {
      id: 'host to a private address no network holds',
      from: 'host',
      to: '10.1.2.3',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('host'),
        { text: '10.1.2.3 is a private address nobody here holds', kind: 'stop', stop: 'private-unknown' },
      ],
    },
    {
      id: 'host to a public address on a port it does not serve',
      from: 'host',
      to: '8.8.8.8',
      port: 80,
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('host'),
        outThroughEth0,
        { text: '8.8.8.8 on the internet', kind: 'outside' },
        { text: '8.8.8.8 does not answer on 80/tcp', kind: 'stop', stop: 'remote-closed', port: 80 },
      ],
    },
    {
      id: "host to a macvlan container: the parent link does not hairpin (moby macvlan docs, 'host cannot reach')",
      from: 'host',
      to: '192.168.1.2',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('host'),
        {
          text: 'lan is a macvlan network: the host cannot reach its containers through the parent interface',
          kind: 'stop',
          stop: 'parent-link',
          net: 'lan',
        },
      ],
    },
    {
      id: "host to its LAN's router inside a macvlan network's subnet: still through eth0",
      from: 'host',
      to: '192.168.1.1',
      ok: true,
      ttl: 64,
      hops: [start('host'), { text: 'the LAN gateway 192.168.1.1 answers', kind: 'answer', ns: 'host', if: 'eth0' }],
    },
    {
      id: "host to a silent LAN address inside a macvlan network's subnet",
      from: 'host',
      to: '192.168.1.50',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('host'),
        {
          text: "no machine answers at 192.168.1.50 on the host's LAN",
          kind: 'stop',
          stop: 'lan-silent',
          ns: 'host',
          if: 'eth0',
        },
      ],
    },
    {
      id: 'container to a container on its own network: straight across the bridge',
      from: 'appc',
      to: '172.18.0.3',
      port: 80,
      ok: true,
      ttl: 64,
      program: 'nginx',
      answeredBy: 'appweb',
      hops: [
        start('appc'),
        onNet('appc', 'app', '172.18.0.0/16'),
        {
          text: 'same network: straight to appweb',
          kind: 'bridge',
          ns: 'appweb',
          net: 'app',
          ctr: 'appweb',
          fromNs: 'appc',
          fromIf: 'eth0',
          if: 'eth0',
        },
        {
          text: "nginx listens on 80/tcp in appweb's namespace",
          kind: 'answer',
          ns: 'appweb',
          ctr: 'appweb',
          port: 80,
        },
      ],
    },
    {
      id: 'container to a paused server: the kernel takes the packet, the frozen process never answers',
      from: 'appc',
      to: '172.18.0.4',
      port: 80,
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('appc'),
        onNet('appc', 'app', '172.18.0.0/16'),
        {
          text: 'same network: straight to frozen',
          kind: 'bridge',
          ns: 'frozen',
          net: 'app',
          ctr: 'frozen',
          fromNs: 'appc',
          fromIf: 'eth0',
          if: 'eth0',
        },
        {
          text: 'frozen is paused: its nginx cannot answer',
          kind: 'stop',
          stop: 'paused',
          ns: 'frozen',
          ctr: 'frozen',
          port: 80,
        },
      ],
    },
    {
      id: "container to its network's gateway: the host's bridge, where nothing listens on 22",
      from: 'appc',
      to: '172.18.0.1',
      port: 22,
      ok: false,
      failure: 'refused',
      ttl: 0,
      hops: [
        start('appc'),
        onNet('appc', 'app', '172.18.0.0/16'),
        {
          text: `172.18.0.1 is the gateway: the host's ${bridgeOf('app')}`,
          kind: 'bridge',
          ns: 'host',
          if: bridgeOf('app'),
          net: 'app',
        },
        {
          text: "nothing listens on 22/tcp in the host's namespace: connection refused",
          kind: 'stop',
          stop: 'refused',
          ns: 'host',
          port: 22,
        },
      ],
    },
    {
      id: "container to the host's eth0 address: through its default route",
      from: 'appc',
      to: '192.168.1.10',
      ok: true,
      ttl: 64,
      hops: [
        start('appc'),
        toHost('appc', 'app', '172.18.0.1', bridgeOf('app')),
        { text: "192.168.1.10 is one of the host's addresses", kind: 'host', ns: 'host', if: 'eth0' },
        { text: '192.168.1.10 answers', kind: 'answer', ns: 'host' },
      ],
    },
    {
      id: 'container to a container on another bridge network: the isolation chains drop it (moby bridge setup_ip_tables_linux.go)',
      from: 'appc',
      to: '172.17.0.2',
      port: 80,
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('appc'),
        toHost('appc', 'app', '172.18.0.1', bridgeOf('app')),
        {
          text: '172.17.0.2 is on bridge, which appc is not connected to: Docker isolates bridge networks from each other (connect it with docker network connect)',
          kind: 'stop',
          stop: 'isolated',
          ns: 'host',
          net: 'bridge',
          ctr: 'appc',
          if: 'docker0',
        },
      ],
    },
    {
      id: 'container to the internet: one hop more than the host, then the remote host',
      from: 'cli',
      to: '8.8.8.8',
      port: 443,
      ok: true,
      ttl: 55,
      program: 'remote server',
      hops: [
        start('cli'),
        toHost('cli', 'bridge', '172.17.0.1', 'docker0'),
        outThroughEth0,
        { text: '8.8.8.8 on the internet', kind: 'outside' },
        { text: '8.8.8.8 accepts 443/tcp', kind: 'answer', port: 443 },
      ],
    },
    {
      id: 'container to its own loopback where nothing listens',
      from: 'cli',
      to: '127.0.0.1',
      port: 80,
      ok: false,
      failure: 'refused',
      ttl: 0,
      hops: [
        start('cli'),
        { text: "127.0.0.1 is local to cli's namespace (loopback)", kind: 'loopback', ns: 'cli', if: 'lo' },
        {
          text: "nothing listens on 80/tcp in cli's namespace: connection refused",
          kind: 'stop',
          stop: 'refused',
          ns: 'cli',
          port: 80,
        },
      ],
    },
    {
      id: 'a none container has only lo',
      from: 'iso',
      to: '172.17.0.2',
      ok: false,
      failure: 'no-route',
      ttl: 0,
      hops: [
        start('iso'),
        {
          text: 'only lo exists (network mode none): network is unreachable',
          kind: 'stop',
          stop: 'none-mode',
          ns: 'iso',
          if: 'lo',
        },
      ],
    },
    {
      id: "a joiner left in the namespace of a stopped owner (moby: the owner's sandbox is gone)",
      from: 'joiner',
      to: '172.17.0.2',
      ok: false,
      failure: 'no-route',
      ttl: 0,
      hops: [
        { text: "from owner's namespace", kind: 'start', ns: 'joiner' },
        {
          text: 'the namespace lost its interfaces when its owner stopped (restart this container): network is unreachable',
          kind: 'stop',
          stop: 'dead-namespace',
          ns: 'joiner',
          if: 'lo',
        },
      ],
    },
    {
      id: 'a container on two internal networks has no default route',
      from: 'in1',
      to: '8.8.8.8',
      ok: false,
      failure: 'no-route',
      ttl: 0,
      hops: [
        start('in1'),
        {
          text: 'no default route: priv, priv2 are internal or without a gateway',
          kind: 'stop',
          stop: 'no-default-route',
          ns: 'in1',
        },
      ],
    },
    {
      id: 'a container on one internal network has no default route',
      from: 'in2',
      to: '8.8.8.8',
      ok: false,
      failure: 'no-route',
      ttl: 0,
      hops: [
        start('in2'),
        {
          text: 'no default route: priv is internal or without a gateway',
          kind: 'stop',
          stop: 'no-default-route',
          ns: 'in2',
        },
      ],
    },
    {
      id: "an internal network's gateway is not the host's: the peer on it still answers",
      from: 'in2',
      to: '172.19.0.2',
      ok: true,
      ttl: 64,
      hops: [
        start('in2'),
        onNet('in2', 'priv', '172.19.0.0/16'),
        {
          text: 'same network: straight to in1',
          kind: 'bridge',
          ns: 'in1',
          net: 'priv',
          ctr: 'in1',
          fromNs: 'in2',
          fromIf: 'eth0',
          if: 'eth0',
        },
        { text: '172.19.0.2 answers', kind: 'answer', ns: 'in1' },
      ],
    },
    {
      id: 'enable_icc=false: two containers of the network cannot talk (moby bridge iptabler, icc rules)',
      from: 'ic1',
      to: '172.21.0.3',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('ic1'),
        onNet('ic1', 'noicc', '172.21.0.0/16'),
        {
          text: 'noicc has enable_icc=false: containers on it cannot reach each other',
          kind: 'stop',
          stop: 'icc-disabled',
          net: 'noicc',
        },
      ],
    },
    {
      id: 'enable_ip_masquerade=false: the internet cannot answer an unmasqueraded source',
      from: 'nm',
      to: '11.0.0.1',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('nm'),
        toHost('nm', 'nomasq', '172.22.0.1', bridgeOf('nomasq')),
        {
          text: 'nomasq does not masquerade (enable_ip_masquerade=false): replies to 172.22.0.2 never come back',
          kind: 'stop',
          stop: 'no-masquerade',
          ns: 'host',
          net: 'nomasq',
          if: 'eth0',
        },
      ],
    },
    {
      id: 'gateway_mode_ipv4=routed: no masquerade either (moby bridge, gwModeIPv4 routed)',
      from: 'rt',
      to: '11.0.0.1',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('rt'),
        toHost('rt', 'routed', '172.23.0.1', bridgeOf('routed')),
        {
          text: 'routed does not masquerade (gateway_mode_ipv4=routed): replies to 172.23.0.2 never come back',
          kind: 'stop',
          stop: 'no-masquerade',
          ns: 'host',
          net: 'routed',
          if: 'eth0',
        },
      ],
    },
    {
      id: 'enable_ip_masquerade=false leaves private destinations alone: the host answers',
      from: 'nm',
      to: '192.168.1.10',
      ok: true,
      ttl: 64,
      hops: [
        start('nm'),
        toHost('nm', 'nomasq', '172.22.0.1', bridgeOf('nomasq')),
        { text: "192.168.1.10 is one of the host's addresses", kind: 'host', ns: 'host', if: 'eth0' },
        { text: '192.168.1.10 answers', kind: 'answer', ns: 'host' },
      ],
    },
    {
      id: "macvlan container to the host's eth0: no hairpin through the parent",
      from: 'mv',
      to: '192.168.1.10',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('mv'),
        onNet('mv', 'lan', '192.168.1.0/24'),
        {
          text: "192.168.1.10 is the host's own address: a macvlan container cannot reach its host through the parent interface",
          kind: 'stop',
          stop: 'parent-hairpin',
          ns: 'host',
          if: 'eth0',
          net: 'lan',
        },
      ],
    },
    {
      id: 'macvlan container to the LAN router: it answers on the LAN',
      from: 'mv',
      to: '192.168.1.1',
      ok: true,
      ttl: 64,
      hops: [
        start('mv'),
        onNet('mv', 'lan', '192.168.1.0/24'),
        { text: 'the LAN gateway 192.168.1.1 answers', kind: 'answer', ns: 'host', if: 'eth0', net: 'lan' },
      ],
    },
    {
      id: 'macvlan container to a free LAN address',
      from: 'mv',
      to: '192.168.1.50',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('mv'),
        onNet('mv', 'lan', '192.168.1.0/24'),
        { text: 'no container holds 192.168.1.50 on lan', kind: 'stop', stop: 'no-holder', net: 'lan' },
      ],
    },
    {
      id: "macvlan container to the internet: the LAN's router forwards it, one hop more",
      from: 'mv',
      to: '11.0.0.1',
      ok: true,
      ttl: 53,
      hops: [
        start('mv'),
        lanRoute,
        outThroughEth0,
        { text: '11.0.0.1 on the internet', kind: 'outside' },
        { text: '11.0.0.1 answers', kind: 'answer' },
      ],
    },
    {
      id: 'macvlan container to a closed port on the internet: no TTL to take one from',
      from: 'mv',
      to: '8.8.8.8',
      port: 80,
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('mv'),
        lanRoute,
        outThroughEth0,
        { text: '8.8.8.8 on the internet', kind: 'outside' },
        { text: '8.8.8.8 does not answer on 80/tcp', kind: 'stop', stop: 'remote-closed', port: 80 },
      ],
    },
    {
      id: 'macvlan container to a private address beyond its subnet: the LAN is silent',
      from: 'mv',
      to: '10.1.1.1',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('mv'),
        lanRoute,
        {
          text: 'no machine answers at 10.1.1.1 on the LAN',
          kind: 'stop',
          stop: 'lan-silent',
          ns: 'host',
          if: 'eth0',
          net: 'lan',
        },
      ],
    },
    {
      id: "macvlan container to a bridge's gateway: still the host's own address",
      from: 'mv',
      to: '172.17.0.1',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('mv'),
        lanRoute,
        {
          text: "172.17.0.1 is the host's own address: a macvlan container cannot reach its host through the parent interface",
          kind: 'stop',
          stop: 'parent-hairpin',
          ns: 'host',
          if: 'eth0',
          net: 'lan',
        },
      ],
    },
    {
      id: 'macvlan without a parent (a dummy link, moby macvlan_setup.go createDummyLink): only its own containers',
      from: 'dm',
      to: '10.9.0.5',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('dm'),
        onNet('dm', 'dum', '10.9.0.0/24'),
        {
          text: 'dum has no parent interface: only its own containers are reachable',
          kind: 'stop',
          stop: 'no-parent',
          net: 'dum',
        },
      ],
    },
    {
      id: 'macvlan without a parent has no gateway, so no default route',
      from: 'dm',
      to: '8.8.8.8',
      ok: false,
      failure: 'no-route',
      ttl: 0,
      hops: [
        start('dm'),
        {
          text: 'no default route: dum is internal or without a gateway',
          kind: 'stop',
          stop: 'no-default-route',
          ns: 'dm',
        },
      ],
    },
    {
      id: "container to another bridge's gateway: the host holds it on that bridge",
      from: 'appc',
      to: '172.17.0.1',
      ok: true,
      ttl: 64,
      hops: [
        start('appc'),
        toHost('appc', 'app', '172.18.0.1', bridgeOf('app')),
        { text: "172.17.0.1 is one of the host's addresses", kind: 'host', ns: 'host', if: 'docker0' },
        { text: '172.17.0.1 answers', kind: 'answer', ns: 'host' },
      ],
    },
    {
      id: "ipvlan container beyond its subnet to the host's eth0: no hairpin through the VLAN parent either",
      from: 'iv',
      to: '192.168.1.10',
      ok: false,
      failure: 'timeout',
      ttl: 0,
      hops: [
        start('iv'),
        {
          text: 'default route via 10.30.0.1 (ivl) on the LAN',
          kind: 'veth',
          ns: 'iv',
          if: 'eth0',
          net: 'ivl',
          ctr: 'iv',
        },
        {
          text: "192.168.1.10 is the host's own address: an ipvlan container cannot reach its host through the parent interface",
          kind: 'stop',
          stop: 'parent-hairpin',
          ns: 'host',
          if: 'eth0.30',
          net: 'ivl',
        },
      ],
    },
    {
      id: 'macvlan without a parent but with a gateway: a default route that leads nowhere',
      from: 'd2',
      to: '8.8.8.8',
      ok: false,
      failure: 'no-route',
      ttl: 0,
      hops: [
        start('d2'),
        {
          text: 'default route via 10.13.0.1 (dum2) on the LAN',
          kind: 'veth',
          ns: 'd2',
          if: 'eth0',
          net: 'dum2',
          ctr: 'd2',
        },
        { text: 'dum2 has no parent interface: nothing beyond it', kind: 'stop', stop: 'no-parent', net: 'dum2' },
      ],
    },
  ];

  for (const r of ROWS) {
    it(r.id, () => {
      const got = reach(lab, netns(r.from), parseIPv4(r.to)!, r.port ? { port: r.port, proto: 'tcp' } : undefined);
      const hops = r.hops.map(resolve);
      const want = {
        ok: r.ok,
        ...(r.failure ? { failure: r.failure } : {}),
        path: hops.map((h) => h.text),
        hops,
        ttl: r.ttl,
        ...(r.program ? { program: r.program } : {}),
        answeredBy: r.answeredBy,
      };
      assert.deepEqual({ ...got, answeredBy: got.answeredBy?.name }, want);
    });
  }
  it("a dual-stack bridge's IPv4 gateway is the host's; an ipvlan container on the host's LAN cannot hairpin to it", () => {
    const { lab: l, steps: st } = replay([
      'docker network create app',
      'docker network create --ipv6 dual',
      'docker network create -d ipvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 ilan',
      'docker run -dit --name appc --network app busybox',
      'docker run -dit --name il --network ilan busybox',
    ]);
    assert.deepEqual(
      st.filter((x) => x.exitCode !== 0),
      [],
    );
    const trace = (from: string, to: string) =>
      reach(l, l.containerByName(from)!.netnsId!, parseIPv4(to)!).hops.map((h) => [h.text, h.ifname]);
    assert.deepEqual(trace('appc', '172.19.0.1'), [
      ["from appc's namespace", undefined],
      ['default route via 172.18.0.1 (app) to the host', 'br-33469494a65d'],
      ["172.19.0.1 is one of the host's addresses", 'br-a452933a1e71'],
      ['172.19.0.1 answers', undefined],
    ]);
    assert.deepEqual(trace('il', '192.168.1.10'), [
      ["from il's namespace", undefined],
      ['eth0 is on ilan (192.168.1.0/24)', 'eth0'],
      [
        "192.168.1.10 is the host's own address: an ipvlan container cannot reach its host through the parent interface",
        'eth0',
      ],
    ]);
  });
});
