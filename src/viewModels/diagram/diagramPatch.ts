// What changed between two diagram graphs, as the `patch` message's fields: the webview redraws only
// those elements and keeps every other one where it is. Elements are matched by id (a Map each side)
// and compared field by field: nodes and links are flat records (strings, booleans, lists of strings),
// so equal fields mean the same drawing, whatever order they were set in. No serialisation: at 500
// containers (some 2,500 elements) the comparison costs a few milliseconds.
import type { DiagramGraph, DiagramNode, LinkEdge } from './graph';

/** The fields of src/protocol/diagramMessages.ts's `patch` message but its type and revision. */
export interface DiagramPatch {
  host: string;
  upserted: DiagramNode[];
  removed: string[];
  linksUpserted: LinkEdge[];
  linksRemoved: string[];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((x, i) => sameValue(x, b[i]));
}

/** Same fields with the same values (an absent field and one set to undefined are the same). */
export function sameElement(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (!sameValue(x[k], y[k])) return false;
  for (const k in y) if (!(k in x) && y[k] !== undefined) return false;
  return true;
}

/** Upserted in `after`'s order (parents before children); removed children before their parents. */
function changes<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): { upserted: T[]; removed: string[] } {
  const old = new Map<string, T>();
  for (const item of before) old.set(item.id, item);
  const upserted: T[] = [];
  const kept = new Set<string>();
  for (const item of after) {
    kept.add(item.id);
    const was = old.get(item.id);
    if (was === undefined || !sameElement(was, item)) upserted.push(item);
  }
  const removed: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const id = before[i]!.id;
    if (!kept.has(id)) removed.push(id);
  }
  return { upserted, removed };
}

export function diagramPatch(before: DiagramGraph, after: DiagramGraph): DiagramPatch {
  const nodes = changes(before.nodes, after.nodes);
  const links = changes(before.links, after.links);
  return {
    host: after.host,
    upserted: nodes.upserted,
    removed: nodes.removed,
    linksUpserted: links.upserted,
    linksRemoved: links.removed,
  };
}

/** Nothing to send. */
export const isEmptyPatch = (p: DiagramPatch): boolean =>
  p.upserted.length === 0 && p.removed.length === 0 && p.linksUpserted.length === 0 && p.linksRemoved.length === 0;
