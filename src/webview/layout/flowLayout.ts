// The layout without ELK: boxes in rows, each box's children first. The incremental placement
// uses it for the inside of a new box (a new namespace with its container and interfaces: a few
// boxes, not worth a round trip to the worker), and the whole drawing falls back on it when no
// worker can run (a CSP without worker-src blob:).
import type { DiagramModel } from '../model/diagramModel';
import { GAP, PAD, headerHeight, headerWidth, leafSize, type Rect } from './geometry';
import { emptyLayout, groupKeys, ISOLATED, type LayoutState } from './layoutState';

const ROW_WIDTH = 420;

/**
 * Lays out the inside of `id` (its descendants, relative to it) and sets its size; its own x/y
 * are left as they were (0, 0 when new). Returns how many boxes it laid out, itself included.
 */
export function flowBox(model: DiagramModel, state: LayoutState, id: string): number {
  const node = model.nodes.get(id)!;
  const children = model.childrenOf(id);
  const old = state.rects.get(id);
  if (children.length === 0) {
    state.rects.set(id, { x: old?.x ?? 0, y: old?.y ?? 0, ...leafSize(node) });
    return 1;
  }
  let count = 1;
  for (const child of children) count += flowBox(model, state, child);
  const header = headerHeight(node);
  const rects = children.map((c) => state.rects.get(c)!);
  const size = rows(rects, PAD, header, PAD, Math.max(ROW_WIDTH, headerWidth(node)));
  state.rects.set(id, {
    x: old?.x ?? 0,
    y: old?.y ?? 0,
    width: Math.max(size.width + PAD, headerWidth(node)),
    height: size.height + PAD,
  });
  return count;
}

/** Places rectangles left to right in rows no wider than `maxWidth`; returns the extent used. */
function rows(
  rects: Rect[],
  left: number,
  top: number,
  gap: number,
  maxWidth: number,
): { width: number; height: number } {
  let x = left;
  let y = top;
  let rowHeight = 0;
  let width = left;
  for (const r of rects) {
    if (x > left && x + r.width > left + maxWidth) {
      x = left;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    r.x = x;
    r.y = y;
    x += r.width + gap;
    rowHeight = Math.max(rowHeight, r.height);
    width = Math.max(width, r.x + r.width);
  }
  return { width, height: y + rowHeight };
}

/** The whole drawing without ELK: the host and others, the networks, then each network's namespaces. */
export function flowLayout(model: DiagramModel): LayoutState {
  const state = emptyLayout();
  const keys = groupKeys(model);
  const firstRow: string[] = [];
  const networks: string[] = [];
  const grouped = new Map<string, string[]>();
  for (const id of model.topLevel()) {
    flowBox(model, state, id);
    const key = keys.get(id);
    if (key !== undefined) grouped.set(key, [...(grouped.get(key) ?? []), id]);
    else if (model.nodes.get(id)?.kind === 'network') networks.push(id);
    else firstRow.push(id);
  }
  let y = GAP;
  const place = (ids: string[]) => {
    const size = rows(
      ids.map((i) => state.rects.get(i)!),
      GAP,
      y,
      GAP * 2,
      Infinity,
    );
    if (ids.length > 0) y = size.height + GAP * 4;
  };
  place(firstRow);
  place(networks);
  // One group per network, under it when the network is drawn, in a column of two boxes a row.
  let x = GAP;
  for (const key of [
    ...networks.filter((n) => grouped.has(n)),
    ...[...grouped.keys()].filter((k) => !networks.includes(k)),
  ]) {
    const members = grouped.get(key)!;
    const rects = members.map((i) => state.rects.get(i)!);
    const widest = Math.max(...rects.map((r) => r.width));
    const network = state.rects.get(key);
    const gx = Math.max(x, network && key !== ISOLATED ? network.x : x);
    const size = rows(rects, gx, y, GAP, widest * 2 + GAP);
    state.groups.set(key, { x: gx, y, width: size.width - gx, height: size.height - y });
    for (const id of members) state.groupOf.set(id, key);
    x = size.width + GAP * 2;
  }
  return state;
}
