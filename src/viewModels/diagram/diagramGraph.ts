// The network diagram's graph from the lab: the host's namespace with its interfaces and the
// host-mode containers; one box per container namespace (joiners inside their owner's box); the
// networks with their bridge or parent device; veth links from each ethN to its network; published
// ports from the host to a container and the sockets listening in each namespace.
//
// Choices the drawing relies on:
// - a container that is not running has no namespace: it is drawn top-level, outside every box,
//   with its state (role `alone`); a joiner whose owner stopped stays in the dead namespace (only
//   lo left), as the kernel keeps it;
// - the `host` and `none` networks are not drawn as networks: they are the host's box and the
//   lo-only boxes themselves;
// - the host-side veth ends are not drawn as interfaces (a 500-container lab would get 500 more
//   boxes in the host): each veth link carries its host end's name as its label.
import { modeKind } from '../../core/daemon/networkMode';
import { subinterfaceLinkName } from '../../core/daemon/networkCreate';
import { type NetInterface, hostLinks, namespaceInterfaces } from '../../core/kernel/interfaces';
import type { Lab } from '../../core/lab/lab';
import { HOST_NETNS } from '../../core/lab/lab';
import type { Container, Listener, Network } from '../../core/lab/model';
import { shortId } from '../../core/lab/shortId';
import { formatIPv4 } from '../../core/net/ipv4';
import { DIAGRAM_ARIA, DIAGRAM_WORDS } from '../../knowledge/diagram';
import type { Locale } from '../../knowledge/localized';
import { stateText } from '../labTree/containerState';
import { modeLabel } from '../labTree/context';
import { bindingText, interfaceId, linkId, listeningId, namespaceId, publishedId } from './diagramIds';
import { fill, list } from './diagramWords';
import type {
  ContainerNode,
  ContainerStateName,
  DiagramGraph,
  DiagramNode,
  InterfaceNode,
  LinkEdge,
  NetworkNode,
  PortNode,
} from './graph';

/** Networks drawn as their own element: every driver but host and null. */
export const drawnNetwork = (net: Network): boolean => net.driver !== 'host' && net.driver !== 'null';

const isSubinterfaceDriver = (driver: string): boolean => driver === 'macvlan' || driver === 'ipvlan';

/**
 * The host device a network rides on: its bridge (`docker0`, `br-<id12>`), or a macvlan/ipvlan
 * network's link on the host: the VLAN or dummy link it made (core/daemon/networkCreate.ts
 * subinterfaceLinkName), else its parent.
 */
export function networkDevice(net: Network): string {
  if (net.bridgeName) return net.bridgeName;
  if (!isSubinterfaceDriver(net.driver)) return '';
  return subinterfaceLinkName(net) ?? net.options['parent'] ?? '';
}

export function containerStateName(c: Container): ContainerStateName {
  return c.paused && c.state === 'running' ? 'paused' : c.state;
}

/** Docker's word for the state: `running`, `paused`, `exited (0)`, `created`. */
const stateWords = (c: Container): string => stateText(c) || c.state;

interface Builder {
  lab: Lab;
  locale: Locale;
  nodes: DiagramNode[];
  links: LinkEdge[];
  /** Listeners by namespace, gathered once. */
  listeners: Map<number, Listener[]>;
}

function interfaceNode(b: Builder, i: NetInterface, netnsId: number): InterfaceNode {
  const addresses = [
    ...(i.ipv4 ? [`${formatIPv4(i.ipv4.address)}/${i.ipv4.prefix}`] : []),
    ...i.ipv6.filter((a) => a.scope === 'global').map((a) => `${a.address}/${a.prefix}`),
  ];
  const ns = namespaceId(netnsId);
  const values = { name: i.name, ns, addresses: list(addresses, b.locale), mac: i.mac };
  return {
    kind: 'interface',
    id: interfaceId(i.name, netnsId),
    parent: ns,
    label: i.name,
    aria: fill(addresses.length > 0 ? DIAGRAM_ARIA.interface : DIAGRAM_ARIA.interfaceNoAddress, b.locale, values),
    details: i.kind === 'loopback' ? addresses : [...addresses, i.mac],
    name: i.name,
    addresses,
    mac: i.mac,
  };
}

function containerNode(
  b: Builder,
  c: Container,
  parent: string | undefined,
  role: ContainerNode['role'],
): ContainerNode {
  const owner = c.netnsId === null ? undefined : b.lab.containers.get(b.lab.namespaces.get(c.netnsId)?.owner ?? '');
  const template = {
    owner: DIAGRAM_ARIA.containerOwner,
    joiner: DIAGRAM_ARIA.containerJoiner,
    host: DIAGRAM_ARIA.containerHost,
    alone: DIAGRAM_ARIA.containerStopped,
  }[role];
  const state = stateWords(c);
  const mode = modeLabel(b.lab, c);
  return {
    kind: 'container',
    id: c.id,
    ...(parent === undefined ? {} : { parent }),
    label: c.name,
    aria: fill(template, b.locale, { name: c.name, state, image: c.image, owner: owner?.name ?? '' }),
    details: [
      c.image,
      fill(DIAGRAM_WORDS.hostname, b.locale, { hostname: c.hostname }),
      ...(c.state === 'running' && !c.paused ? [] : [state]),
    ],
    name: c.name,
    state: containerStateName(c),
    mode: mode === '' || mode === 'default' ? 'bridge' : mode,
    role,
  };
}

function listeningNodes(b: Builder, netnsId: number): PortNode[] {
  const ns = namespaceId(netnsId);
  return (b.listeners.get(netnsId) ?? []).map((l) => {
    const program = l.program;
    const owner = b.lab.containers.get(l.containerId);
    const port = `${l.port}/${l.proto}`;
    return {
      kind: 'port',
      id: listeningId(l.port, l.proto, netnsId),
      parent: ns,
      label: `0.0.0.0:${port}`,
      aria: fill(DIAGRAM_ARIA.listening, b.locale, { program, port, ns }),
      details: [owner ? `${program} (${owner.name})` : program],
      role: 'listening',
      from: ns,
      to: ns,
    };
  });
}

/** The container port a host binding forwards to (`80/tcp`), from the container's programmed ports. */
function forwardedPort(c: Container, hostIp: string, hostPort: string): string | undefined {
  return Object.entries(c.ports).find(([, bindings]) =>
    bindings.some((x) => x.hostIp === hostIp && x.hostPort === hostPort),
  )?.[0];
}

function publishedNodes(b: Builder): PortNode[] {
  const host = namespaceId(HOST_NETNS);
  const out: PortNode[] = [];
  for (const [key, holders] of b.lab.hostPorts) {
    const [proto = 'tcp', hostPort = ''] = key.split('/');
    for (const h of holders) {
      const c = b.lab.containers.get(h.containerId);
      if (!c) continue;
      const port = forwardedPort(c, h.hostIp, hostPort) ?? `?/${proto}`;
      const binding = bindingText(h.hostIp, hostPort);
      out.push({
        kind: 'port',
        id: publishedId(h.hostIp, hostPort, proto),
        parent: host,
        label: `${binding} → ${port}`,
        aria: fill(DIAGRAM_ARIA.published, b.locale, { binding, port, container: c.name }),
        details: [c.name],
        role: 'published',
        from: host,
        to: c.id,
      });
    }
  }
  return out;
}

function networkNode(b: Builder, net: Network): NetworkNode {
  const subnets = net.subnets.map((s) => s.subnet);
  const gateways = net.subnets.map((s) => s.gateway).filter((g) => g !== '');
  const device = networkDevice(net);
  const values = {
    name: net.name,
    driver: net.driver,
    subnets: list(subnets, b.locale),
    gateways: list(gateways, b.locale),
    device: device || DIAGRAM_WORDS.none[b.locale],
  };
  return {
    kind: 'network',
    id: net.id,
    label: net.name,
    aria: fill(subnets.length > 0 ? DIAGRAM_ARIA.network : DIAGRAM_ARIA.networkNoSubnet, b.locale, values),
    details: [
      net.driver,
      ...net.subnets.flatMap((s) => [s.subnet, ...(s.gateway ? [`gw ${s.gateway}`] : [])]),
      ...(device ? [device] : []),
      ...(net.internal ? ['internal'] : []),
    ],
    name: net.name,
    driver: net.driver,
    device,
    subnets,
    gateways,
  };
}

/** A veth (bridge) or sub-interface (macvlan, ipvlan) link from each of the owner's ethN to its network. */
function attachmentLinks(b: Builder, owner: Container, netnsId: number): LinkEdge[] {
  const out: LinkEdge[] = [];
  for (const ep of Object.values(owner.endpoints)) {
    const net = b.lab.networks.get(ep.networkId);
    if (!ep.ifname || !net || !drawnNetwork(net)) continue;
    const from = interfaceId(ep.ifname, netnsId);
    const values = {
      iface: ep.ifname,
      container: owner.name,
      network: net.name,
      driver: net.driver,
      device: networkDevice(net),
      veth: ep.hostVeth,
    };
    out.push({
      kind: 'link',
      id: linkId(from, net.id),
      role: 'veth',
      from,
      to: net.id,
      label: ep.hostVeth || net.driver,
      aria: fill(ep.hostVeth ? DIAGRAM_ARIA.veth : DIAGRAM_ARIA.attachment, b.locale, values),
    });
  }
  return out;
}

/** A macvlan/ipvlan network to the host link it rides on (its parent, VLAN or dummy link). */
function parentLinks(b: Builder): LinkEdge[] {
  const out: LinkEdge[] = [];
  for (const net of b.lab.networks.values()) {
    const device = isSubinterfaceDriver(net.driver) ? networkDevice(net) : '';
    if (device === '') continue;
    const to = interfaceId(device, HOST_NETNS);
    out.push({
      kind: 'link',
      id: linkId(net.id, to),
      role: 'parent',
      from: net.id,
      to,
      label: device,
      aria: fill(DIAGRAM_ARIA.parent, b.locale, { network: net.name, driver: net.driver, device }),
    });
  }
  return out;
}

function addHost(b: Builder, byNamespace: Map<number, Container[]>): void {
  const host = namespaceId(HOST_NETNS);
  b.nodes.push({
    kind: 'host',
    id: host,
    label: b.lab.hostProfile.hostname,
    aria: fill(DIAGRAM_ARIA.host, b.locale, { hostname: b.lab.hostProfile.hostname, ns: host }),
    details: [host],
  });
  for (const i of hostLinks(b.lab)) b.nodes.push(interfaceNode(b, i, HOST_NETNS));
  for (const c of byNamespace.get(HOST_NETNS) ?? []) b.nodes.push(containerNode(b, c, host, 'host'));
  b.nodes.push(...publishedNodes(b), ...listeningNodes(b, HOST_NETNS));
}

function addNamespace(b: Builder, netnsId: number, members: Container[]): void {
  const ns = b.lab.namespaces.get(netnsId);
  const id = namespaceId(netnsId);
  const ownerId = ns?.owner ?? members[0]!.id;
  const owner = b.lab.containers.get(ownerId);
  const interfaces = namespaceInterfaces(b.lab, netnsId);
  const isolated = interfaces.length === 1;
  const dead = ns !== undefined && !ns.alive;
  const template = dead
    ? DIAGRAM_ARIA.namespaceDead
    : isolated && owner !== undefined && modeKind(owner.networkMode) === 'none'
      ? DIAGRAM_ARIA.namespaceNone
      : DIAGRAM_ARIA.namespace;
  const values = {
    ns: id,
    owner: owner?.name ?? shortId(ownerId),
    containers: list(
      members.map((c) => c.name),
      b.locale,
    ),
  };
  b.nodes.push({
    kind: 'namespace',
    id,
    label: id,
    aria: fill(template, b.locale, values),
    details: [values.owner],
    owner: ownerId,
    isolated,
  });
  // The owner first, then who joined it.
  const ordered = [...members].sort((x, y) => Number(y.id === ownerId) - Number(x.id === ownerId));
  for (const c of ordered) b.nodes.push(containerNode(b, c, id, c.id === ownerId ? 'owner' : 'joiner'));
  for (const i of interfaces) b.nodes.push(interfaceNode(b, i, netnsId));
  b.nodes.push(...listeningNodes(b, netnsId));
  if (!dead && owner) b.links.push(...attachmentLinks(b, owner, netnsId));
}

/** The whole diagram: parents before their children in `nodes`, every container once. */
export function diagramGraph(lab: Lab, locale: Locale): DiagramGraph {
  const b: Builder = { lab, locale, nodes: [], links: [], listeners: new Map() };
  for (const l of lab.listeners) {
    const at = b.listeners.get(l.netnsId);
    if (at) at.push(l);
    else b.listeners.set(l.netnsId, [l]);
  }
  const byNamespace = new Map<number, Container[]>();
  const stopped: Container[] = [];
  for (const c of lab.containers.values()) {
    if (c.netnsId === null) {
      stopped.push(c);
      continue;
    }
    const at = byNamespace.get(c.netnsId);
    if (at) at.push(c);
    else byNamespace.set(c.netnsId, [c]);
  }
  addHost(b, byNamespace);
  for (const net of lab.networks.values()) if (drawnNetwork(net)) b.nodes.push(networkNode(b, net));
  for (const [netnsId, members] of byNamespace) if (netnsId !== HOST_NETNS) addNamespace(b, netnsId, members);
  for (const c of stopped) b.nodes.push(containerNode(b, c, undefined, 'alone'));
  b.links.push(...parentLinks(b));
  return { host: namespaceId(HOST_NETNS), nodes: b.nodes, links: b.links };
}
