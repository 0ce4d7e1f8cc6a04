// The layout kept in the page's saved state (vscode.setState), so that after a window reload or a
// page reload the boxes are where the user last saw them: what was drawn comes back as it was,
// and what the lab gained meanwhile is placed as an update would place it.
import type { DiagramModel, PatchEffect } from '../model/diagramModel';
import type { Rect } from './geometry';
import { emptyLayout, type LayoutState } from './layoutState';
import { placeNew } from './placeNew';

/** Compact: id, the parent it was placed in ('' at the top), x, y, width, height. */
type SavedRect = [string, string, number, number, number, number];

export interface SavedLayout {
  rects: SavedRect[];
  groups: SavedRect[];
  groupOf: [string, string][];
}

export function saveLayout(model: DiagramModel, state: LayoutState): SavedLayout {
  const pack = (id: string, parent: string, r: Rect): SavedRect => [id, parent, r.x, r.y, r.width, r.height];
  return {
    rects: [...state.rects].map(([id, r]) => pack(id, model.parentOf(id), r)),
    groups: [...state.groups].map(([key, r]) => pack(key, '', r)),
    groupOf: [...state.groupOf],
  };
}

const isRect = (v: unknown): v is SavedRect =>
  Array.isArray(v) &&
  v.length === 6 &&
  typeof v[0] === 'string' &&
  typeof v[1] === 'string' &&
  v.slice(2).every((n) => typeof n === 'number' && Number.isFinite(n));

const isPair = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

/** Whether a value read back from the saved state (an older page's, perhaps) is a SavedLayout. */
export function isSavedLayout(v: unknown): v is SavedLayout {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    Array.isArray(o.rects) &&
    o.rects.every(isRect) &&
    Array.isArray(o.groups) &&
    o.groups.every(isRect) &&
    Array.isArray(o.groupOf) &&
    o.groupOf.every(isPair)
  );
}

const unpack = ([, , x, y, width, height]: SavedRect): Rect => ({ x, y, width, height });

/**
 * The saved layout for the model: saved boxes where they were, new ones placed around them.
 * Undefined when none of the model's top-level boxes was saved (another lab: lay it out anew).
 * `laidOut` counts the boxes placed anew.
 */
export function restoreLayout(
  model: DiagramModel,
  saved: SavedLayout,
): { state: LayoutState; laidOut: number } | undefined {
  const rects = new Map(saved.rects.map((r) => [r[0], r] as const));
  if (!model.topLevel().some((id) => rects.has(id))) return undefined;
  const state = emptyLayout();
  const added: string[] = [];
  const placedAnew = new Set<string>();
  for (const node of model.ordered()) {
    const r = rects.get(node.id);
    const parent = model.parentOf(node.id);
    // Kept where it was only in the same parent, itself kept; else placed anew (with its parent).
    if (r && r[1] === parent && !placedAnew.has(parent)) state.rects.set(node.id, unpack(r));
    else {
      added.push(node.id);
      placedAnew.add(node.id);
    }
  }
  for (const g of saved.groups) state.groups.set(g[0], unpack(g));
  for (const [id, key] of saved.groupOf) if (state.rects.has(id)) state.groupOf.set(id, key);
  const effect: PatchEffect = { added, updated: [], removed: [], linksAdded: [], linksUpdated: [], linksRemoved: [] };
  return { state, laidOut: placeNew(model, state, effect) };
}
