// The network diagram as plain data: what is drawn, what is nested in what, and what connects
// what, built from the lab (diagramGraph.ts) and drawn by the webview (src/webview). Every id is
// the DOM contract's `data-id`:
// - host and namespace: the namespace's identity as `readlink /proc/self/ns/net` prints it, `net:[N]`
// - container, network: the full 64-hex ID
// - interface: `IFNAME@net:[N]`
// - published port: `HOSTIP:HOSTPORT/PROTO` (the host side); listening socket: `ADDR:PORT/PROTO@net:[N]`
// - link: `FROM->TO`

export type ContainerStateName = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead' | 'removing';

interface NodeBase {
  id: string;
  /** The id of the element this one is drawn inside (host or namespace); none for top-level ones. */
  parent?: string;
  /** The short text drawn on it. */
  label: string;
  /** The element's aria-label: what it is, in words. */
  aria: string;
  /** Further lines drawn under the label (address, MAC, driver, subnet...). */
  details: string[];
}

export interface HostNode extends NodeBase {
  kind: 'host';
}

export interface NamespaceNode extends NodeBase {
  kind: 'namespace';
  /** The container that owns it (its first container); the others joined it. */
  owner: string;
  /** `none` mode: a namespace with only `lo`. */
  isolated: boolean;
}

export interface ContainerNode extends NodeBase {
  kind: 'container';
  name: string;
  state: ContainerStateName;
  /** bridge, host, none, container:<name>, or the network's name. */
  mode: string;
  /** Owns its namespace (others joined it), or joined another's. */
  role: 'owner' | 'joiner' | 'host' | 'alone';
}

export interface NetworkNode extends NodeBase {
  kind: 'network';
  name: string;
  driver: string;
  /** The bridge's interface in the host (`docker0`, `br-…`), or the macvlan/ipvlan parent. */
  device: string;
  subnets: string[];
  gateways: string[];
}

export interface InterfaceNode extends NodeBase {
  kind: 'interface';
  name: string;
  addresses: string[];
  mac: string;
}

export interface PortNode extends NodeBase {
  kind: 'port';
  /** A port published on the host (an arrow from the host to a container), or a socket listening in a namespace. */
  role: 'published' | 'listening';
  /** Published: the host's id; listening: its namespace's id. */
  from: string;
  /** Published: the container's id; listening: its namespace's id. */
  to: string;
}

export type DiagramNode = HostNode | NamespaceNode | ContainerNode | NetworkNode | InterfaceNode | PortNode;

export interface LinkEdge {
  kind: 'link';
  id: string;
  /** veth: the container's interface to its network; parent: a macvlan/ipvlan network to the host interface it rides on. */
  role: 'veth' | 'parent';
  from: string;
  to: string;
  label: string;
  aria: string;
}

export interface DiagramGraph {
  /** The host namespace's id (`net:[N]`). */
  host: string;
  /** Parents come before their children. */
  nodes: DiagramNode[];
  links: LinkEdge[];
}

/** One hop of a traced path, with the drawn elements it passes. */
export interface TraceStep {
  /** 1-based, the order of data-trace-step. */
  n: number;
  kind: 'start' | 'dns' | 'loopback' | 'veth' | 'bridge' | 'nat' | 'host' | 'outside' | 'answer' | 'stop';
  text: string;
  /** ids of the elements (nodes or links) this hop goes through. */
  elements: string[];
}

export interface TraceView {
  reachable: boolean;
  steps: TraceStep[];
  /** Where it stopped and why: the step's number and the reason in words. */
  stop?: { step: number; reason: string; element?: string };
}
