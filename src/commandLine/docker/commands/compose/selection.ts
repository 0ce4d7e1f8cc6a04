// Service selection (compose-go types/project.go WithSelectedServices): the named services, and
// with dependencies the services they depend on, transitively; `no such service: X` for a name the
// project lacks.
import { ComposeError } from '../../../../compose/errors';
import type { Project } from '../../../../compose/project';

export function selectServices(project: Project, names: readonly string[], withDependencies: boolean): Set<string> {
  if (names.length === 0) return new Set(project.services.map((s) => s.name));
  const byName = new Map(project.services.map((s) => [s.name, s]));
  for (const n of names) if (!byName.has(n)) throw new ComposeError(`no such service: ${n}`);
  const out = new Set<string>();
  const visit = (name: string) => {
    if (out.has(name)) return;
    out.add(name);
    if (withDependencies)
      for (const d of byName.get(name)?.dependsOn ?? []) if (byName.has(d.service)) visit(d.service);
  };
  for (const n of names) visit(n);
  return out;
}

/**
 * docker/compose pkg/compose/restart.go prepareRestartProject: only `depends_on` entries with
 * `restart: true` are kept, then the named services with their dependents (IncludeDependents),
 * transitively; with --no-deps the named services alone (IgnoreDependencies first).
 */
export function restartSelection(project: Project, names: readonly string[], noDeps: boolean): Set<string> {
  const selected = selectServices(project, names, false);
  if (names.length === 0 || noDeps) return selected;
  const dependents = new Map<string, string[]>();
  for (const s of project.services)
    for (const d of s.dependsOn)
      if (d.restart) dependents.set(d.service, [...(dependents.get(d.service) ?? []), s.name]);
  const visit = (name: string) => {
    for (const dependent of dependents.get(name) ?? []) {
      if (selected.has(dependent)) continue;
      selected.add(dependent);
      visit(dependent);
    }
  };
  for (const n of names) visit(n);
  return selected;
}
