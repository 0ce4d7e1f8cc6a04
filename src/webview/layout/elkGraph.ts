// The full layout as an ELK graph: the host, the networks and one group per network holding the
// namespaces attached to it, laid out top-down by ELK's layered algorithm (host, then bridges,
// then their namespaces); each box with children is a compound node whose children ELK packs
// first (hierarchyHandling SEPARATE_CHILDREN: bottom-up, one small layout per box instead of
// one over every element). Options: https://eclipse.dev/elk/reference.html
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { DiagramModel } from '../model/diagramModel';
import { GAP, PAD, headerHeight, headerWidth, leafSize } from './geometry';
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

/** How many nodes the graph hands ELK (the figure the bench compares with an update's). */
export function elkNodeCount(node: ElkNode): number {
  let n = 0;
  for (const child of node.children ?? []) n += 1 + elkNodeCount(child);
  return n;
}

export function buildElkGraph(model: DiagramModel): ElkNode {
  const keys = groupKeys(model);
  const boxOf = (id: string): ElkNode => {
    const node = model.nodes.get(id)!;
    const children = model.childrenOf(id);
    if (children.length === 0) return { id, ...leafSize(node) };
    const header = headerHeight(node);
    return {
      id,
      layoutOptions: {
        'elk.algorithm': 'box',
        'elk.spacing.nodeNode': String(PAD),
        'elk.padding': `[top=${header},left=${PAD},bottom=${PAD},right=${PAD}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${headerWidth(node)}, ${header + PAD})`,
        'elk.aspectRatio': '2.5',
      },
      children: children.map(boxOf),
    };
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
      group = {
        id: GROUP + key,
        layoutOptions: {
          'elk.algorithm': 'box',
          'elk.spacing.nodeNode': String(GAP),
          'elk.padding': '[top=0,left=0,bottom=0,right=0]',
          'elk.aspectRatio': '0.6',
        },
        children: [],
      };
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
  return root;
}

/** Reads ELK's answer into rectangles; the groups' children become top-level rectangles. */
export function readElkLayout(laidOut: ElkNode): LayoutState {
  const state = emptyLayout();
  const put = (node: ElkNode) => {
    state.rects.set(node.id, { x: node.x ?? 0, y: node.y ?? 0, width: node.width ?? 0, height: node.height ?? 0 });
    for (const child of node.children ?? []) put(child);
  };
  for (const top of laidOut.children ?? []) {
    if (!top.id.startsWith(GROUP)) {
      put(top);
      continue;
    }
    const key = top.id.slice(GROUP.length);
    const gx = top.x ?? 0;
    const gy = top.y ?? 0;
    state.groups.set(key, { x: gx, y: gy, width: top.width ?? 0, height: top.height ?? 0 });
    for (const child of top.children ?? []) {
      put(child);
      const r = state.rects.get(child.id)!;
      r.x += gx;
      r.y += gy;
      state.groupOf.set(child.id, key);
    }
  }
  return state;
}
