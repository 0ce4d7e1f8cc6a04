// Where every box is: rectangles relative to the box's parent (top-level boxes relative to the
// drawing), plus the invisible groups that gather the namespaces of one network under it, which
// the incremental placement fills as containers come.
import type { DiagramModel } from '../model/diagramModel';
import type { Rect } from './geometry';

export interface LayoutState {
  rects: Map<string, Rect>;
  /** Group key (a network's id, or ISOLATED) → its rectangle in drawing coordinates. */
  groups: Map<string, Rect>;
  /** Top-level node id → the group it was placed in. */
  groupOf: Map<string, string>;
}

/** The group of namespaces attached to no network (`none` mode). */
export const ISOLATED = '(isolated)';

export const emptyLayout = (): LayoutState => ({ rects: new Map(), groups: new Map(), groupOf: new Map() });

/**
 * Top-level namespace id → the group it belongs in: the first network one of its interfaces
 * links to, or ISOLATED when none does. Other top-level nodes have no group.
 */
export function groupKeys(model: DiagramModel): Map<string, string> {
  const keys = new Map<string, string>();
  for (const link of model.links.values()) {
    const network = model.nodes.get(link.to);
    if (network?.kind !== 'network') continue;
    const top = model.topOf(link.from);
    if (model.nodes.get(top)?.kind === 'namespace' && !keys.has(top)) keys.set(top, link.to);
  }
  for (const id of model.topLevel())
    if (model.nodes.get(id)?.kind === 'namespace' && !keys.has(id)) keys.set(id, ISOLATED);
  return keys;
}

/** The node's rectangle in drawing coordinates (its parents' offsets added). */
export function absoluteRect(model: DiagramModel, state: LayoutState, id: string): Rect | undefined {
  const own = state.rects.get(id);
  if (!own) return undefined;
  let x = own.x;
  let y = own.y;
  for (let p = model.parentOf(id); p !== ''; p = model.parentOf(p)) {
    const r = state.rects.get(p);
    if (!r) break;
    x += r.x;
    y += r.y;
  }
  return { x, y, width: own.width, height: own.height };
}

/** The bounds of the whole drawing. */
export function drawingBounds(model: DiagramModel, state: LayoutState): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of model.topLevel()) {
    const r = state.rects.get(id);
    if (!r) continue;
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
