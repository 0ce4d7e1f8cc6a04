// The engine's lookup order for containers (daemon.GetContainer) and networks (FindNetwork):
// full ID, exact name, then an ID prefix that only one object has. Both callers share one
// contract: undefined when nothing matches, a DockerError (in each one's words) when a prefix
// matches several.
import { daemonError } from './errors';

export interface FindByRef<T> {
  byId: ReadonlyMap<string, T>;
  byName(name: string): T | undefined;
  idOf(item: T): string;
  /** The daemon's complaint about a prefix that matches `count` objects. */
  ambiguous(ref: string, count: number): string;
}

export function findByRef<T>(ref: string, where: FindByRef<T>): T | undefined {
  const exact = where.byId.get(ref) ?? where.byName(ref);
  if (exact !== undefined || ref.length === 0) return exact;
  let found: T | undefined;
  let count = 0;
  for (const item of where.byId.values()) {
    if (!where.idOf(item).startsWith(ref)) continue;
    found = item;
    count++;
  }
  if (count > 1) throw daemonError(where.ambiguous(ref, count));
  return found;
}
