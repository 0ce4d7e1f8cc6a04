// The service dependency graph: compose-go graph.CheckCycle's message, and docker/compose's
// reconcile order (leaves first; among the ready services, the first by name).
import { ComposeError } from './errors';
import type { Project } from './project';

function children(project: Project): Map<string, string[]> {
  const known = new Set(project.services.map((s) => s.name));
  return new Map(
    project.services.map((s) => [
      s.name,
      [...new Set(s.dependsOn.map((d) => d.service).filter((d) => known.has(d)))].sort(),
    ]),
  );
}

/**
 * `dependency cycle detected: a -> b -> a`, searched depth first from each service in name order.
 * A service whose whole subtree was searched without a cycle cannot lead to one later (any cycle
 * it reached would have been found there), so it is searched once: linear, not exponential.
 */
export function checkCycle(project: Project): void {
  const graph = children(project);
  const clean = new Set<string>();
  const path: string[] = [];
  const onPath = new Map<string, number>();
  const search = (name: string): void => {
    path.push(name);
    onPath.set(name, path.length - 1);
    for (const child of graph.get(name) ?? []) {
      const i = onPath.get(child);
      if (i !== undefined) {
        const cycle = [...path.slice(i), child];
        const svc = project.services.find((s) => s.name === cycle[0]);
        const dep = svc?.dependsOn.find((d) => d.service === cycle[1]);
        throw new ComposeError(
          `dependency cycle detected: ${cycle.join(' -> ')}`,
          svc?.source.file,
          dep?.range ?? svc?.source.keyRange,
        );
      }
      if (!clean.has(child)) search(child);
    }
    path.pop();
    onPath.delete(name);
    clean.add(name);
  };
  for (const name of [...graph.keys()].sort()) if (!clean.has(name)) search(name);
}

/** Services so that each comes after everything it depends on; among those ready, the first by name. */
export function startOrder(project: Project): string[] {
  checkCycle(project);
  const graph = children(project);
  // Kahn's algorithm over a min-heap of ready names: the same order as taking, at each step, the
  // first ready name of the sorted keys, in O(n log n).
  const waiting = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const [name, deps] of graph) {
    waiting.set(name, deps.length);
    for (const d of deps) {
      const list = dependents.get(d);
      if (list) list.push(name);
      else dependents.set(d, [name]);
    }
  }
  const ready = new MinHeap();
  for (const [name, count] of waiting) if (count === 0) ready.push(name);
  const order: string[] = [];
  for (let next = ready.pop(); next !== undefined; next = ready.pop()) {
    order.push(next);
    for (const d of dependents.get(next) ?? []) {
      const left = waiting.get(d)! - 1;
      waiting.set(d, left);
      if (left === 0) ready.push(d);
    }
  }
  return order;
}

/** Strings, smallest (by code units, as `sort()` orders them) first. */
class MinHeap {
  private readonly items: string[] = [];

  push(item: string): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= a[i]!) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }

  pop(): string | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    a[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && a[l]! < a[m]!) m = l;
      if (r < a.length && a[r]! < a[m]!) m = r;
      if (m === i) break;
      [a[m], a[i]] = [a[i]!, a[m]!];
      i = m;
    }
    return top;
  }
}
