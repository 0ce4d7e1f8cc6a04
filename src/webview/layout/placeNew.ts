// An update's layout: only what is new is laid out, and nothing that was drawn moves. A new box
// inside an existing one goes below (or beside) its siblings and the parents grow to hold it; a
// new namespace joins the bottom of its network's group; any other new top-level box goes to the
// right of its kind's row, or under everything when that spot is taken.
import type { DiagramModel, PatchEffect } from '../model/diagramModel';
import { GAP, PAD, leafSize, overlaps, type Rect } from './geometry';
import { flowBox } from './flowLayout';
import { drawingBounds, groupKeys, ISOLATED, type LayoutState } from './layoutState';

/** Applies a patch's effect to the layout; returns how many boxes it laid out or resized. */
export function placeNew(model: DiagramModel, state: LayoutState, effect: PatchEffect): number {
  for (const id of effect.removed) {
    state.rects.delete(id);
    state.groupOf.delete(id);
  }
  let count = 0;
  const added = new Set(effect.added);
  const roots = effect.added.filter((id) => !added.has(model.parentOf(id)));
  const keys = roots.some((id) => model.parentOf(id) === '') ? groupKeys(model) : new Map<string, string>();
  for (const id of roots) {
    state.rects.delete(id);
    count += flowBox(model, state, id);
    const parent = model.parentOf(id);
    if (parent !== '') placeInside(model, state, parent, id);
    else placeTopLevel(model, state, id, keys.get(id));
  }
  // A changed leaf keeps its place; it grows if its text got longer.
  for (const id of effect.updated) {
    const rect = state.rects.get(id);
    const node = model.nodes.get(id);
    if (!rect || !node || model.childrenOf(id).length > 0) continue;
    const size = leafSize(node);
    if (size.width <= rect.width && size.height <= rect.height) continue;
    rect.width = Math.max(rect.width, size.width);
    rect.height = Math.max(rect.height, size.height);
    growAncestors(model, state, id);
    count++;
  }
  return count;
}

function placeInside(model: DiagramModel, state: LayoutState, parent: string, id: string): void {
  const rect = state.rects.get(id)!;
  const siblings = model
    .childrenOf(parent)
    .filter((c) => c !== id)
    .map((c) => state.rects.get(c))
    .filter((r): r is Rect => r !== undefined);
  const parentRect = state.rects.get(parent)!;
  const top = model.topOf(parent);
  const bottom = Math.max(0, ...siblings.map((r) => r.y + r.height));
  const right = Math.max(0, ...siblings.map((r) => r.x + r.width));
  const firstY = siblings.length > 0 ? Math.min(...siblings.map((r) => r.y)) : parentRect.height - PAD;
  const candidates = [
    { x: PAD, y: siblings.length > 0 ? bottom + PAD : parentRect.height - PAD },
    { x: right + PAD, y: firstY },
  ];
  // The first spot where the grown top-level box covers no other top-level box.
  for (const spot of candidates) {
    rect.x = spot.x;
    rect.y = spot.y;
    const sizes = snapshotAncestors(model, state, id);
    growAncestors(model, state, id);
    if (!coversOthers(model, state, top)) return;
    restoreAncestors(sizes);
  }
  rect.x = candidates[0]!.x;
  rect.y = candidates[0]!.y;
  growAncestors(model, state, id);
}

function placeTopLevel(model: DiagramModel, state: LayoutState, id: string, key: string | undefined): void {
  const rect = state.rects.get(id)!;
  const bounds = drawingBounds(model, state);
  if (key !== undefined) {
    let group = state.groups.get(key);
    if (!group) {
      // A group for a new network: under the network when it is drawn, else right of everything.
      const network = key === ISOLATED ? undefined : state.rects.get(key);
      const x = network ? network.x : bounds.x + bounds.width + GAP * 2;
      const y = network ? network.y + network.height + GAP * 4 : bounds.y;
      group = { x, y, width: 0, height: 0 };
      state.groups.set(key, group);
    }
    const members = [...state.groupOf].filter(([, k]) => k === key).map(([m]) => state.rects.get(m)!);
    const lastRowY = Math.max(group.y, ...members.map((r) => r.y));
    const lastRow = members.filter((r) => r.y === lastRowY);
    const rowRight = Math.max(group.x, ...lastRow.map((r) => r.x + r.width + GAP));
    const fits = lastRow.length > 0 && rowRight + rect.width <= group.x + Math.max(group.width, rect.width);
    const spot = fits
      ? { x: rowRight, y: lastRowY }
      : { x: group.x, y: members.length > 0 ? Math.max(...members.map((r) => r.y + r.height)) + GAP : group.y };
    rect.x = spot.x;
    rect.y = spot.y;
    if (coversOthers(model, state, id)) {
      rect.x = group.x;
      rect.y = bounds.y + bounds.height + GAP;
    }
    state.groupOf.set(id, key);
    const right = Math.max(group.x + group.width, rect.x + rect.width);
    const bottom = Math.max(group.y + group.height, rect.y + rect.height);
    group.width = right - group.x;
    group.height = bottom - group.y;
    return;
  }
  const kind = model.nodes.get(id)!.kind;
  const sameKind = model
    .topLevel()
    .filter((t) => t !== id && model.nodes.get(t)?.kind === kind)
    .map((t) => state.rects.get(t))
    .filter((r): r is Rect => r !== undefined);
  if (sameKind.length > 0) {
    rect.x = Math.max(...sameKind.map((r) => r.x + r.width)) + GAP * 2;
    rect.y = sameKind[0]!.y;
    if (!coversOthers(model, state, id)) return;
  }
  rect.x = bounds.x;
  rect.y = bounds.y + bounds.height + GAP * 2;
}

/** Whether the top-level box `top` overlaps another top-level box. */
function coversOthers(model: DiagramModel, state: LayoutState, top: string): boolean {
  const mine = state.rects.get(top)!;
  for (const other of model.topLevel()) {
    if (other === top) continue;
    const r = state.rects.get(other);
    if (r && overlaps(mine, r, GAP / 2)) return true;
  }
  return false;
}

/** Each ancestor grows (never shrinks) to hold its children with padding. */
function growAncestors(model: DiagramModel, state: LayoutState, id: string): void {
  for (let child = id, p = model.parentOf(id); p !== ''; child = p, p = model.parentOf(p)) {
    const c = state.rects.get(child)!;
    const r = state.rects.get(p)!;
    r.width = Math.max(r.width, c.x + c.width + PAD);
    r.height = Math.max(r.height, c.y + c.height + PAD);
  }
}

function snapshotAncestors(model: DiagramModel, state: LayoutState, id: string): [Rect, Rect][] {
  const out: [Rect, Rect][] = [];
  for (let p = model.parentOf(id); p !== ''; p = model.parentOf(p)) {
    const r = state.rects.get(p)!;
    out.push([r, { ...r }]);
  }
  return out;
}

function restoreAncestors(saved: [Rect, Rect][]): void {
  for (const [r, copy] of saved) Object.assign(r, copy);
}
