// The interfaces a namespace shows: the host's (lo, eth0, docker0, br-*, veth peers), a
// container's (lo and one ethN per endpoint), or only lo for none and stale namespaces.
import type { Lab } from '../lab/lab';
import { HOST_NETNS } from '../lab/lab';
import type { Network } from '../lab/model';
import { ipv6Subnet, linkLocal } from '../daemon/ipv6Addresses';
import { parseIPv4 } from '../net/ipv4';
import { networkMtu } from '../daemon/bridgeOptions';
import { subinterfaceLinkName } from '../daemon/networkCreate';

export interface Ipv6Address {
  address: string;
  prefix: number;
  scope: 'global' | 'link';
}

const linkScope = (mac: string): Ipv6Address => ({ address: linkLocal(mac), prefix: 64, scope: 'link' });

export interface NetInterface {
  index: number;
  name: string;
  /** Peer interface index for veth pairs (`eth0@if9`). */
  peerIndex: number;
  kind: 'loopback' | 'ether' | 'bridge' | 'veth';
  mac: string;
  ipv4: { address: number; prefix: number } | null;
  /** Global and link-local IPv6 addresses, as `ip addr` lists them (lo's ::1 is separate). */
  ipv6: Ipv6Address[];
  mtu: number;
  /** The bridge a host-side veth is enslaved to (`master docker0`). */
  master?: string;
  /** The lower link of a VLAN sub-interface in the same namespace (`eth0.10@eth0`). */
  linkName?: string;
  up: boolean;
  /** Carrier: a bridge with no ports has none (NO-CARRIER). */
  lowerUp: boolean;
}

const loopback: NetInterface = {
  index: 1,
  name: 'lo',
  peerIndex: 0,
  kind: 'loopback',
  mac: '00:00:00:00:00:00',
  ipv4: { address: parseIPv4('127.0.0.1')!, prefix: 8 },
  ipv6: [],
  mtu: 65536,
  up: true,
  lowerUp: true,
};

function bridgeMac(net: Network): string {
  const hex = net.id.slice(0, 10);
  return `02:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}:${hex.slice(6, 8)}:${hex.slice(8, 10)}`;
}

/**
 * The host's interfaces other than the veth ends (lo, eth0, the bridges), by index: a view of the
 * host's own links need not build one veth per container.
 */
export function hostLinks(lab: Lab): NetInterface[] {
  const p = lab.hostProfile.eth0;
  const list: NetInterface[] = [
    loopback,
    {
      index: 2,
      name: 'eth0',
      peerIndex: 0,
      kind: 'ether',
      mac: p.mac,
      ipv4: { address: parseIPv4(p.address)!, prefix: p.prefix },
      ipv6: [linkScope(p.mac)],
      mtu: 1500,
      up: true,
      lowerUp: true,
    },
  ];
  const ports = new Map<string, number>();
  for (const c of lab.containers.values()) {
    for (const ep of Object.values(c.endpoints))
      if (ep.hostVeth) ports.set(ep.networkId, (ports.get(ep.networkId) ?? 0) + 1);
  }
  for (const net of lab.networks.values()) {
    if (net.driver !== 'bridge') continue;
    const gw = net.subnets.find((sn) => parseIPv4(sn.gateway) !== undefined);
    const cidr = gw ? { address: parseIPv4(gw.gateway)!, prefix: Number(gw.subnet.split('/')[1]) } : null;
    const lowerUp = (ports.get(net.id) ?? 0) > 0;
    const v6 = net.ipv6 ? ipv6Subnet(net) : undefined;
    const ipv6: Ipv6Address[] = [
      ...(v6 && v6.gateway ? [{ address: v6.gateway, prefix: v6.cidr.prefix, scope: 'global' as const }] : []),
      ...(lowerUp || v6 ? [linkScope(bridgeMac(net))] : []),
    ];
    list.push({
      index: net.bridgeIfindex,
      name: net.bridgeName,
      peerIndex: 0,
      kind: 'bridge',
      mac: bridgeMac(net),
      ipv4: cidr,
      ipv6,
      // setupMTU: the bridge takes the network's com.docker.network.driver.mtu.
      mtu: networkMtu(net),
      up: true,
      lowerUp,
    });
  }
  list.push(...subinterfaceLinks(lab));
  return list.sort((a, b) => a.index - b.index);
}

/**
 * The links macvlan/ipvlan networks created on the host (moby macvlan_setup.go createVlanLink, createDummyLink): a
 * VLAN sub-interface `eth0.10@eth0`, or a dummy `dm-<id12>` for a network without a parent; one per link however
 * many networks share it.
 */
function subinterfaceLinks(lab: Lab): NetInterface[] {
  const seen = new Map<string, NetInterface>();
  for (const net of lab.networks.values()) {
    const name = subinterfaceLinkName(net);
    if (name === undefined || seen.has(name)) continue;
    const vlan = name.includes('.') && !name.startsWith('dm-');
    const mac = vlan ? lab.hostProfile.eth0.mac : bridgeMac(net);
    seen.set(name, {
      index: net.bridgeIfindex,
      name,
      peerIndex: 0,
      kind: 'ether',
      mac,
      ipv4: null,
      ipv6: [linkScope(mac)],
      mtu: 1500,
      ...(vlan ? { linkName: name.slice(0, name.lastIndexOf('.')) } : {}),
      up: true,
      lowerUp: true,
    });
  }
  return [...seen.values()];
}

function hostInterfaces(lab: Lab): NetInterface[] {
  const list = hostLinks(lab);
  for (const c of lab.containers.values()) {
    for (const ep of Object.values(c.endpoints)) {
      if (!ep.hostVeth) continue;
      const master = lab.networks.get(ep.networkId)?.bridgeName;
      list.push({
        index: ep.hostIfindex,
        name: ep.hostVeth,
        peerIndex: ep.ifindex,
        kind: 'veth',
        mac: vethPeerMac(ep.mac),
        ipv4: null,
        ipv6: [linkScope(vethPeerMac(ep.mac))],
        mtu: networkMtu(lab.networks.get(ep.networkId)),
        ...(master ? { master } : {}),
        up: true,
        lowerUp: true,
      });
    }
  }
  return list.sort((a, b) => a.index - b.index);
}

/** The host side of a veth gets its own random MAC; derive a stable one from the container side. */
function vethPeerMac(mac: string): string {
  const bytes = mac.split(':').map((b) => parseInt(b, 16));
  bytes[5] = (bytes[5]! ^ 0x5a) & 0xff;
  bytes[4] = (bytes[4]! ^ 0xa5) & 0xff;
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

export function namespaceInterfaces(lab: Lab, netnsId: number): NetInterface[] {
  if (netnsId === HOST_NETNS) return hostInterfaces(lab);
  const ns = lab.namespaces.get(netnsId);
  if (!ns || !ns.alive) return [loopback];
  const owner = lab.containers.get(ns.owner);
  if (!owner) return [loopback];
  const list: NetInterface[] = [loopback];
  for (const ep of Object.values(owner.endpoints)) {
    if (!ep.ifname) continue;
    // Engine >= 26 disables IPv6 on interfaces whose network has none: no link-local either.
    const ipv6: Ipv6Address[] = ep.ipv6
      ? [{ address: ep.ipv6, prefix: ep.ipv6Prefix ?? 64, scope: 'global' }, linkScope(ep.mac)]
      : [];
    list.push({
      index: ep.ifindex,
      name: ep.ifname,
      peerIndex: ep.hostIfindex,
      kind: 'veth',
      mac: ep.mac,
      ipv4: ep.ip === null ? null : { address: ep.ip, prefix: ep.prefix },
      ipv6,
      // bridge CreateEndpoint sets the network's MTU on both ends of the veth.
      mtu: networkMtu(lab.networks.get(ep.networkId)),
      up: true,
      lowerUp: true,
    });
  }
  return list.sort((a, b) => a.index - b.index);
}
