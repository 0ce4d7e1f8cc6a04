// Diagram graphs of a given size for the bench: N containers, each in its own namespace with
// `lo` and `eth0`, spread over 20 user networks (bridges on the host), every tenth with a
// published port; the ids follow the DOM contract (src/viewModels/diagram/graph.ts).
import type { DiagramGraph, DiagramNode, LinkEdge } from '../src/viewModels/diagram/graph';

export const HOST = 'net:[4026531840]';
const NETWORKS = 20;

const hex = (n: number, seed: string) => (seed + n.toString(16).padStart(8, '0')).padEnd(64, 'a');
const networkId = (k: number) => hex(k, 'feed');

/** The nodes and links of container `i` (its namespace, itself, its interfaces, its link, a port). */
export function containerParts(i: number): { nodes: DiagramNode[]; links: LinkEdge[] } {
  const ns = `net:[${4026532000 + i}]`;
  const id = hex(i, 'c0de');
  const k = i % NETWORKS;
  const address = `172.${18 + k}.${Math.floor(i / 250)}.${(i % 250) + 2}`;
  const nodes: DiagramNode[] = [
    { kind: 'namespace', id: ns, label: ns, aria: `Network namespace ${ns}`, details: [], owner: id, isolated: false },
    {
      kind: 'container',
      id,
      parent: ns,
      label: `app-${i}`,
      aria: `Container app-${i}, running`,
      details: ['busybox', 'running'],
      name: `app-${i}`,
      state: 'running',
      mode: `net${k}`,
      role: 'alone',
    },
    {
      kind: 'interface',
      id: `lo@${ns}`,
      parent: ns,
      label: 'lo',
      aria: 'Interface lo, 127.0.0.1',
      details: ['127.0.0.1/8'],
      name: 'lo',
      addresses: ['127.0.0.1/8'],
      mac: '00:00:00:00:00:00',
    },
    {
      kind: 'interface',
      id: `eth0@${ns}`,
      parent: ns,
      label: 'eth0',
      aria: `Interface eth0, ${address}`,
      details: [`${address}/16`, '02:42:ac:12:00:02'],
      name: 'eth0',
      addresses: [`${address}/16`],
      mac: '02:42:ac:12:00:02',
    },
  ];
  if (i % 10 === 0)
    nodes.push({
      kind: 'port',
      id: `0.0.0.0:${8000 + i}/tcp`,
      parent: HOST,
      label: `0.0.0.0:${8000 + i} → 80/tcp`,
      aria: `Port ${8000 + i} published to app-${i} port 80`,
      details: [],
      role: 'published',
      from: HOST,
      to: id,
    });
  const link: LinkEdge = {
    kind: 'link',
    id: `eth0@${ns}->${networkId(k)}`,
    role: 'veth',
    from: `eth0@${ns}`,
    to: networkId(k),
    label: '',
    aria: `veth from app-${i} to net${k}`,
  };
  return { nodes, links: [link] };
}

export function diagramGraph(containers: number): DiagramGraph {
  const nodes: DiagramNode[] = [
    { kind: 'host', id: HOST, label: 'docker-host', aria: 'The host namespace', details: [HOST] },
  ];
  for (const [name, address] of [
    ['lo', '127.0.0.1/8'],
    ['eth0', '192.168.1.10/24'],
    ['docker0', '172.17.0.1/16'],
  ] as const)
    nodes.push({
      kind: 'interface',
      id: `${name}@${HOST}`,
      parent: HOST,
      label: name,
      aria: `Host interface ${name}`,
      details: [address],
      name,
      addresses: [address],
      mac: '',
    });
  for (let k = 0; k < NETWORKS; k++)
    nodes.push({
      kind: 'network',
      id: networkId(k),
      label: `net${k}`,
      aria: `Network net${k}, bridge`,
      details: ['bridge', `172.${18 + k}.0.0/16`, `gateway 172.${18 + k}.0.1`],
      name: `net${k}`,
      driver: 'bridge',
      device: `br-${networkId(k).slice(0, 12)}`,
      subnets: [`172.${18 + k}.0.0/16`],
      gateways: [`172.${18 + k}.0.1`],
    });
  const links: LinkEdge[] = [];
  const ports: DiagramNode[] = [];
  for (let i = 0; i < containers; i++) {
    const parts = containerParts(i);
    for (const node of parts.nodes) (node.kind === 'port' ? ports : nodes).push(node);
    links.push(...parts.links);
  }
  return { host: HOST, nodes: [...nodes, ...ports], links };
}
