// The full layout in two parts. The inside of every top-level box (a namespace with its
// containers, interfaces and ports; the host) is packed in rows on the page (flowBox): small,
// regular, and cheap. ELK then places those boxes as fixed-size nodes: the host, the networks and
// one group per network holding the namespaces attached to it, laid out top-down by ELK's layered
// algorithm (host, then bridges, then their namespaces), each group packed by ELK's box algorithm.
// Handing ELK the outer structure only keeps it to ~one node per namespace: ELK runs one
// layout per compound node, and a compound per namespace cost a second at 500 containers.
// Options: https://eclipse.dev/elk/reference.html
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { DiagramModel } from '../model/diagramModel';
import { GAP } from './geometry';
import { flowBox } from './flowLayout';
import { emptyLayout, groupKeys, type LayoutState } from './layoutState';

const GROUP = 'group:';

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
  'elk.spacing.nodeNode': String(GAP * 2),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(GAP * 4),
  'elk.padding': `[top=${GAP},left=${GAP},bottom=${GAP},right=${GAP}]`,
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

const GROUP_OPTIONS = {
  'elk.algorithm': 'box',
  'elk.spacing.nodeNode': String(GAP),
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  'elk.aspectRatio': '0.6',
};

/** How many nodes the graph hands ELK (the figure the bench compares with an update's). */
export function elkNodeCount(node: ElkNode): number {
  let n = 0;
  for (const child of node.children ?? []) n += 1 + elkNodeCount(child);
  return n;
}

/** The graph for ELK and the layout it completes: every box's inside is already placed in it. */
export interface ElkRequest {
  graph: ElkNode;
  inside: LayoutState;
  /** Boxes laid out on the page (the insides), beside the ones ELK places. */
  packed: number;
}

export function buildElkGraph(model: DiagramModel): ElkRequest {
  const inside = emptyLayout();
  const keys = groupKeys(model);
  let packed = 0;
  const boxOf = (id: string): ElkNode => {
    packed += flowBox(model, inside, id) - 1;
    const { width, height } = inside.rects.get(id)!;
    return { id, width, height };
  };
  const root: ElkNode = { id: '(root)', layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  const groups = new Map<string, ElkNode>();
  for (const id of model.topLevel()) {
    const key = keys.get(id);
    if (key === undefined) {
      root.children!.push(boxOf(id));
      continue;
    }
    let group = groups.get(key);
    if (!group) {
      group = { id: GROUP + key, layoutOptions: GROUP_OPTIONS, children: [] };
      groups.set(key, group);
      root.children!.push(group);
    }
    group.children!.push(boxOf(id));
  }
  // Edges between the top-level boxes the links run between (an interface's namespace, or its
  // group, to the network), once each: they give the layered algorithm its layers.
  const topBox = (id: string): string => {
    const top = model.topOf(id);
    const key = keys.get(top);
    return key === undefined ? top : GROUP + key;
  };
  const seen = new Set<string>();
  const edges: ElkExtendedEdge[] = root.edges!;
  const addEdge = (from: string, to: string) => {
    // Drawn downwards: the host above its bridges, the bridges above their namespaces.
    const [a, b] = [topBox(to), topBox(from)];
    const id = `${a}->${b}`;
    if (a === b || seen.has(id)) return;
    seen.add(id);
    edges.push({ id, sources: [a], targets: [b] });
  };
  for (const link of model.links.values()) addEdge(link.from, link.to);
  // A bridge hangs under the host even when no link says so.
  if (model.nodes.has(model.host))
    for (const id of model.topLevel()) if (model.nodes.get(id)?.kind === 'network') addEdge(id, model.host);
  return { graph: root, inside, packed };
}

/**
 * Completes the layout with ELK's answer: the top-level boxes' places (a group's members in
 * drawing coordinates, the group remembered for later additions); their insides stay as packed.
 */
export function readElkLayout(laidOut: ElkNode, inside: LayoutState): LayoutState {
  const state: LayoutState = { ...inside, groups: new Map(), groupOf: new Map() };
  const place = (node: ElkNode, dx: number, dy: number) => {
    const r = state.rects.get(node.id);
    if (!r) return;
    r.x = (node.x ?? 0) + dx;
    r.y = (node.y ?? 0) + dy;
  };
  for (const top of laidOut.children ?? []) {
    if (!top.id.startsWith(GROUP)) {
      place(top, 0, 0);
      continue;
    }
    const key = top.id.slice(GROUP.length);
    const gx = top.x ?? 0;
    const gy = top.y ?? 0;
    state.groups.set(key, { x: gx, y: gy, width: top.width ?? 0, height: top.height ?? 0 });
    for (const child of top.children ?? []) {
      place(child, gx, gy);
      state.groupOf.set(child.id, key);
    }
  }
  return state;
}
