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

/** `dependency cycle detected: a -> b -> a`, searched from each service in name order. */
export function checkCycle(project: Project): void {
  const graph = children(project);
  const search = (path: string[], name: string): void => {
    for (const child of graph.get(name) ?? []) {
      const i = path.indexOf(child);
      if (i >= 0) {
        const cycle = [...path.slice(i), child];
        const svc = project.services.find((s) => s.name === cycle[0]);
        const dep = svc?.dependsOn.find((d) => d.service === cycle[1]);
        throw new ComposeError(
          `dependency cycle detected: ${cycle.join(' -> ')}`,
          svc?.source.file,
          dep?.range ?? svc?.source.keyRange,
        );
      }
      search([...path, child], child);
    }
  };
  for (const name of [...graph.keys()].sort()) search([name], name);
}

/** Services so that each comes after everything it depends on. */
export function startOrder(project: Project): string[] {
  checkCycle(project);
  const graph = children(project);
  const keys = [...graph.keys()].sort();
  const visited = new Set<string>();
  const order: string[] = [];
  for (;;) {
    const next = keys.find((k) => !visited.has(k) && (graph.get(k) ?? []).every((c) => visited.has(c)));
    if (next === undefined) break;
    visited.add(next);
    order.push(next);
  }
  return order;
}
