// What changed between two diagram graphs, as the `patch` message's fields: the webview redraws only
// those elements and keeps every other one where it is. Each element is compared by a stable JSON
// key (keys sorted), so two graphs built at different times compare equal when they draw the same.
import type { DiagramGraph, DiagramNode, LinkEdge } from './graph';

/** The fields of src/protocol/diagramMessages.ts's `patch` message but its type and revision. */
export interface DiagramPatch {
  host: string;
  upserted: DiagramNode[];
  removed: string[];
  linksUpserted: LinkEdge[];
  linksRemoved: string[];
}

/** JSON with object keys in sorted order: equal content, equal text, whatever order the keys were set in. */
export function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Upserted in `after`'s order (parents before children); removed children before their parents. */
function changes<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): { upserted: T[]; removed: string[] } {
  const old = new Map<string, string>();
  for (const item of before) old.set(item.id, stableKey(item));
  const upserted: T[] = [];
  const kept = new Set<string>();
  for (const item of after) {
    kept.add(item.id);
    if (old.get(item.id) !== stableKey(item)) upserted.push(item);
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
