// A traced path on the diagram: the core's answer (viewModels/reachability.ts traceReach, which
// follows the packet through core/kernel/reach.ts) with each hop mapped to the drawn elements it
// passes (graph.ts ids: namespaces, interfaces, veth links, networks, published and listening
// ports), and the stop's reason in words.
import { addressHolders, addressHolders6 } from '../../core/lab/labIndex';
import type { Lab } from '../../core/lab/lab';
import { HOST_NETNS } from '../../core/lab/lab';
import { parseIPv4 } from '../../core/net/ipv4';
import { formatIPv6, parseIPv6 } from '../../core/net/ipv6';
import { TRACE_STOP_REASONS } from '../../knowledge/diagram';
import type { Locale } from '../../knowledge/localized';
import { stateText } from '../labTree/containerState';
import { HOST, type ReachQuery, type TraceHop, type TraceStopCode, traceReach } from '../reachability';
import { diagramGraph, networkDevice } from './diagramGraph';
import { interfaceId, linkId, listeningId, namespaceId, publishedId } from './diagramIds';
import { fill } from './diagramWords';
import type { DiagramGraph, TraceStep, TraceView } from './graph';

export interface TraceAnswer {
  reachable: boolean;
  /** The core's hops, in order (English, as the lab's tools explain them). */
  hops: string[];
  /** Where it stopped (that hop's text) and why, in words in the display language. */
  stop?: { hop: string; reason: string };
}

export interface DiagramTrace {
  answer: TraceAnswer;
  view: TraceView;
}

/** Which drawn element a stop is shown on. */
const STOP_ELEMENT: Readonly<Record<TraceStopCode, 'network' | 'container' | 'namespace' | 'interface' | 'none'>> = {
  isolated: 'network',
  'no-bridge-address': 'network',
  'icc-disabled': 'network',
  'no-masquerade': 'network',
  'no-parent': 'network',
  'parent-hairpin': 'interface',
  'no-holder': 'network',
  'parent-link': 'network',
  refused: 'namespace',
  'none-mode': 'namespace',
  'dead-namespace': 'namespace',
  'no-default-route': 'namespace',
  unresolved: 'namespace',
  paused: 'container',
  'no-address': 'container',
  'not-running': 'container',
  'lan-silent': 'interface',
  'remote-closed': 'none',
  'private-unknown': 'none',
  'no-such-container': 'none',
};

/**
 * `from` as the core takes it: `host`, a container's name or ID, a namespace's `net:[N]` (its
 * owner, as the diagram names a box), or an address: the host's own ones and 127.0.0.0/8 are the
 * host, another one the running container that holds it (IPv4 or IPv6). Anything else is left for the core to
 * refuse in Docker's words.
 */
export function sourceOf(lab: Lab, from: string | undefined): string | undefined {
  if (from === undefined || from === '' || from === HOST) return HOST;
  const ns = /^net:\[(\d+)\]$/.exec(from);
  if (ns) {
    const netnsId = Number(ns[1]);
    if (netnsId === HOST_NETNS) return HOST;
    return lab.namespaces.get(netnsId)?.owner ?? from;
  }
  const ip = parseIPv4(from);
  if (ip === undefined) return sourceOf6(lab, from);
  if (ip >>> 24 === 127 || from === lab.hostProfile.eth0.address) return HOST;
  for (const net of lab.networks.values())
    if (net.driver === 'bridge' && !net.internal && net.subnets.some((s) => s.gateway === from)) return HOST;
  for (const holders of addressHolders(lab).values()) {
    const c = holders.get(ip);
    if (c) return c.id;
  }
  return from;
}

/** sourceOf for an IPv6 address: ::1 and the bridges' IPv6 gateways are the host; else the running holder. */
function sourceOf6(lab: Lab, from: string): string {
  const ip = parseIPv6(from);
  if (ip === undefined) return from;
  const text = formatIPv6(ip);
  if (ip === 1n) return HOST;
  for (const net of lab.networks.values())
    if (net.driver === 'bridge' && !net.internal && net.subnets.some((s) => s.gateway === text)) return HOST;
  for (const holders of addressHolders6(lab).values()) {
    const c = holders.get(text);
    if (c) return c.id;
  }
  return from;
}

interface Mapper {
  lab: Lab;
  ids: ReadonlySet<string>;
  /** The namespace the path starts in. */
  startNs: number | undefined;
}

const nsOf = (lab: Lab, containerId: string | undefined): number | undefined =>
  containerId === undefined ? undefined : (lab.containers.get(containerId)?.netnsId ?? undefined);

/** The drawn elements a hop passes, in the packet's order, only those the graph has. */
function elementsOf(m: Mapper, hop: TraceHop): string[] {
  const out: string[] = [];
  const push = (id: string | undefined): void => {
    if (id !== undefined && m.ids.has(id) && !out.includes(id)) out.push(id);
  };
  const ns = (id: number | undefined): string | undefined => (id === undefined ? undefined : namespaceId(id));
  const iface = (name: string | undefined, netnsId: number | undefined): string | undefined =>
    name === undefined || netnsId === undefined ? undefined : interfaceId(name, netnsId);
  /** A container's interface, its veth (or sub-interface) link and its network, leaving or arriving. */
  const attachment = (name: string | undefined, netnsId: number | undefined, leaving: boolean): void => {
    const i = iface(name, netnsId);
    const link = i !== undefined && hop.networkId !== undefined ? linkId(i, hop.networkId) : undefined;
    const order = leaving ? [i, link, hop.networkId] : [hop.networkId, link, i];
    for (const id of order) push(id);
  };
  switch (hop.kind) {
    case 'start':
      push(hop.containerId);
      push(ns(hop.netnsId));
      break;
    case 'dns':
      // The embedded DNS server on lo; a name in /etc/hosts or from the upstream server passes no drawn element.
      push(iface(hop.ifname, hop.netnsId));
      break;
    case 'loopback':
    case 'host':
      push(iface(hop.ifname, hop.netnsId) ?? ns(hop.netnsId));
      break;
    case 'veth':
    case 'bridge':
      if (hop.fromIfname !== undefined) attachment(hop.fromIfname, hop.fromNetnsId, true);
      if (hop.netnsId === HOST_NETNS) {
        push(hop.networkId);
        push(iface(hop.ifname, HOST_NETNS));
      } else {
        const leaving = hop.fromIfname === undefined && hop.netnsId === m.startNs;
        attachment(hop.ifname, hop.netnsId, leaving);
        if (!leaving) push(hop.containerId);
      }
      break;
    case 'nat':
      if (hop.published) push(publishedId(hop.published.hostIp, hop.published.hostPort, hop.published.proto));
      attachment(hop.ifname, nsOf(m.lab, hop.containerId), false);
      push(hop.containerId);
      break;
    case 'answer':
      if (hop.port && hop.netnsId !== undefined) push(listeningId(hop.port.port, hop.port.proto, hop.netnsId));
      push(hop.containerId);
      if (out.length === 0) push(iface(hop.ifname, hop.netnsId) ?? ns(hop.netnsId));
      break;
    case 'outside':
      break;
    case 'stop': {
      const primary = stopElement(hop);
      push(primary);
      push(iface(hop.ifname, hop.netnsId));
      break;
    }
  }
  return out;
}

function stopElement(hop: TraceHop): string | undefined {
  switch (STOP_ELEMENT[hop.stop ?? 'no-such-container']) {
    case 'network':
      return hop.networkId;
    case 'container':
      return hop.containerId;
    case 'namespace':
      return hop.netnsId === undefined ? undefined : namespaceId(hop.netnsId);
    case 'interface':
      return hop.ifname === undefined || hop.netnsId === undefined ? undefined : interfaceId(hop.ifname, hop.netnsId);
    case 'none':
      return undefined;
  }
}

/** `net:[4026532200] (web)`: a namespace as the reasons name it. */
function namespaceWords(lab: Lab, netnsId: number | undefined): string {
  if (netnsId === undefined) return '';
  const owner =
    netnsId === HOST_NETNS
      ? lab.hostProfile.hostname
      : lab.containers.get(lab.namespaces.get(netnsId)?.owner ?? '')?.name;
  return owner ? `${namespaceId(netnsId)} (${owner})` : namespaceId(netnsId);
}

function reasonOf(lab: Lab, hop: TraceHop, query: ReachQuery, locale: Locale): string {
  const net = hop.networkId === undefined ? undefined : lab.networks.get(hop.networkId);
  const c = hop.containerId === undefined ? undefined : lab.containers.get(hop.containerId);
  const values = {
    target: query.to,
    from: query.from ?? HOST,
    network: net?.name ?? '',
    driver: net?.driver ?? '',
    device: net ? networkDevice(net) : '',
    container: c?.name ?? '',
    state: c ? stateText(c) || c.state : '',
    ns: namespaceWords(lab, hop.netnsId),
    port: hop.port ? `${hop.port.port}/${hop.port.proto}` : '',
  };
  // An ambiguous ID prefix is not a missing container: the daemon's own words say which.
  if (hop.stop === 'no-such-container' && !hop.text.startsWith('No such container')) return hop.text;
  return fill(TRACE_STOP_REASONS[hop.stop ?? 'no-such-container'], locale, values);
}

/**
 * Traces `query` (from `host`, a container, a namespace or an address; to a name or an address;
 * a port makes it a connection, none a ping) and maps every hop onto `graph` (built from the lab
 * when not given): only ids the graph has are named.
 */
export function diagramTrace(lab: Lab, query: ReachQuery, locale: Locale, graph?: DiagramGraph): DiagramTrace {
  const drawn = graph ?? diagramGraph(lab, locale);
  const ids = new Set<string>([...drawn.nodes.map((n) => n.id), ...drawn.links.map((l) => l.id)]);
  const q: ReachQuery = { ...query, from: sourceOf(lab, query.from) };
  const { answer, hops } = traceReach(lab, q);
  const m: Mapper = { lab, ids, startNs: hops[0]?.netnsId };
  // An element is one step's (its data-trace-step): the first that passes it; the stop keeps its own.
  const seen = new Set<string>();
  const steps: TraceStep[] = hops.map((hop, i) => {
    const keep = hop.kind === 'stop' ? stopElement(hop) : undefined;
    const elements = elementsOf(m, hop).filter((id) => id === keep || !seen.has(id));
    for (const id of elements) seen.add(id);
    return { n: i + 1, kind: hop.kind, text: hop.text, elements };
  });
  const last = hops[hops.length - 1];
  if (answer.reachable || !last)
    return { answer: { reachable: answer.reachable, hops: answer.hops }, view: { reachable: answer.reachable, steps } };
  // The reason names what the user asked for, not the resolved ID the core was given.
  const reason = reasonOf(lab, last, query, locale);
  const element = last.kind === 'stop' ? stopElement(last) : undefined;
  return {
    answer: { reachable: false, hops: answer.hops, stop: { hop: answer.stop?.at ?? last.text, reason } },
    view: {
      reachable: false,
      steps,
      stop: { step: hops.length, reason, ...(element !== undefined && ids.has(element) ? { element } : {}) },
    },
  };
}
