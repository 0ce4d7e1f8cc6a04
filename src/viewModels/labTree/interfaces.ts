// Interface rows (`eth0  172.17.0.2/16 · 02:42:ac:11:00:02`): the host's, with each bridge's veth
// ends under it, and a container's, read from the namespace its processes are in.
import type { Lab } from '../../core/lab/lab';
import type { Network } from '../../core/lab/model';
import { HOST_NETNS } from '../../core/lab/lab';
import { type NetInterface, hostLinks, namespaceInterfaces } from '../../core/kernel/interfaces';
import { formatIPv4 } from '../../core/net/ipv4';
import type { TreeContext } from './context';
import { type TreeRow, rowId } from './rows';
import { treeIndex } from './treeIndex';

const ICONS: Readonly<Record<NetInterface['kind'], string>> = {
  loopback: 'sync',
  ether: 'plug',
  bridge: 'git-merge',
  veth: 'arrow-swap',
};

/** `172.17.0.2/16`, or the words for none. */
export function addressText(ctx: TreeContext, i: NetInterface): string {
  return i.ipv4 ? `${formatIPv4(i.ipv4.address)}/${i.ipv4.prefix}` : ctx.words.noAddress;
}

function interfaceRow(
  ctx: TreeContext,
  i: NetInterface,
  base: string,
  netnsId: number,
  containerId: string | undefined,
  hasPorts: boolean,
): TreeRow {
  const expansion = hasPorts ? 'collapsed' : 'none';
  const mac = i.kind === 'loopback' ? [] : [i.mac];
  return {
    id: rowId(`${base}/if/${i.name}`, expansion),
    label: i.name,
    description: [addressText(ctx, i), ...mac].join(' · '),
    contextValue: 'interface',
    icon: { id: ICONS[i.kind] },
    expansion,
    node: { kind: 'interface', netnsId, name: i.name, ...(containerId === undefined ? {} : { containerId }) },
  };
}

/** The network whose bridge device is `name` (docker0, br-<id12>). */
function bridgeNetwork(lab: Lab, name: string): Network | undefined {
  for (const n of lab.networks.values()) if (n.driver === 'bridge' && n.bridgeName === name) return n;
  return undefined;
}

/** The host's interfaces without the veth ends (those sit under their bridge). */
export function hostInterfaceRows(ctx: TreeContext): TreeRow[] {
  const veths = treeIndex(ctx.lab).veths;
  return hostLinks(ctx.lab).map((i) => {
    const net = i.kind === 'bridge' ? bridgeNetwork(ctx.lab, i.name) : undefined;
    return interfaceRow(ctx, i, 'host', HOST_NETNS, undefined, net !== undefined && veths.has(net.id));
  });
}

/** A bridge's ports: `veth1a2b3c4  ↔ web eth0`. */
export function bridgePortRows(ctx: TreeContext, bridge: string): TreeRow[] {
  const net = bridgeNetwork(ctx.lab, bridge);
  const ports = net ? (treeIndex(ctx.lab).veths.get(net.id) ?? []) : [];
  return ports.map(({ container, endpoint }) => ({
    id: rowId(`host/if/${bridge}/${endpoint.hostVeth}`, 'none'),
    label: endpoint.hostVeth,
    description: `↔ ${container.name} ${endpoint.ifname}`,
    contextValue: 'interface',
    icon: { id: ICONS.veth },
    expansion: 'none' as const,
    node: { kind: 'interface' as const, netnsId: HOST_NETNS, name: endpoint.hostVeth },
  }));
}

/**
 * The interfaces of a namespace; the host's without the veth ends, which sit under their bridge
 * (building one per container would cost a 10,000-container lab a second).
 */
export function interfacesIn(ctx: TreeContext, netnsId: number): NetInterface[] {
  return netnsId === HOST_NETNS ? hostLinks(ctx.lab) : namespaceInterfaces(ctx.lab, netnsId);
}

/** What a container's processes see: their namespace's interfaces (a host-mode one: the host's). */
export function containerInterfaceRows(
  ctx: TreeContext,
  netnsId: number,
  containerId: string,
  base: string,
): TreeRow[] {
  return interfacesIn(ctx, netnsId).map((i) => interfaceRow(ctx, i, base, netnsId, containerId, false));
}
