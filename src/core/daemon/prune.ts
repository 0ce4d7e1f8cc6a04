// What the daemon's prune endpoints remove: moby daemon/prune.go ContainerPrune (every container
// that is not running, as its filters allow) and the prune filters they share (`label`, `label!`,
// `until`: filters.Args Validate, getUntilFromPruneFilters, matchLabels); networks go through
// networkCreate.ts pruneNetworks, anonymous volumes (with `docker system prune --volumes`) as
// daemon/volume/service VolumesPrune leaves named ones.
import { matchKVList } from './filterArgs';
import { daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import type { Container } from '../lab/model';
import { ANONYMOUS_LABEL, volumeUsers } from './volumes';
import { removeContainer } from './containerStop';

export interface PruneFilter {
  labels: string[];
  notLabels: string[];
  /** Lab seconds: only what was created before (or at) then. */
  until?: number;
}

/**
 * The filters one prune endpoint takes: the keys it accepts (`invalid filter 'x'` otherwise), then
 * a single `until` turned into a time by the caller (the daemon's timestamp.GetTimestamp).
 */
export function pruneFilter(
  byKey: ReadonlyMap<string, string[]>,
  accepted: readonly string[],
  time: (value: string) => { seconds: number } | { error: string },
): PruneFilter {
  for (const key of byKey.keys()) if (!accepted.includes(key)) throw daemonError(`invalid filter '${key}'`);
  const filter: PruneFilter = { labels: byKey.get('label') ?? [], notLabels: byKey.get('label!') ?? [] };
  const until = byKey.get('until') ?? [];
  if (until.length > 1) throw daemonError('more than one until filter specified');
  if (until.length === 1) {
    const t = time(until[0]!);
    if ('error' in t) throw daemonError(t.error);
    filter.until = t.seconds;
  }
  return filter;
}

/** matchLabels and the until check: whether the filter lets an object with these labels and creation time go. */
export function pruneFilterKeeps(
  f: PruneFilter,
  labels: Readonly<Record<string, string>> | null | undefined,
  createdAt: number,
): boolean {
  if (f.until !== undefined && createdAt > f.until) return false;
  if (!matchKVList(f.labels, labels)) return false;
  return !(f.notLabels.length > 0 && matchKVList(f.notLabels, labels));
}

/** ContainerPrune: removes what is not running (created, exited, dead), in the store's order; their IDs. */
export function pruneContainers(lab: Lab, f: PruneFilter): string[] {
  const doomed = [...lab.containers.values()].filter(
    (c: Container) => c.state !== 'running' && c.state !== 'restarting' && pruneFilterKeeps(f, c.labels, c.createdAt),
  );
  lab.batch(() => {
    for (const c of doomed) removeContainer(lab, c.id, false);
  });
  return doomed.map((c) => c.id);
}

/** VolumesPrune without `all`: anonymous volumes no container references; their names. */
export function pruneAnonymousVolumes(lab: Lab, f: PruneFilter): string[] {
  const doomed = [...lab.volumes.values()].filter(
    (v) =>
      v.labels !== null &&
      ANONYMOUS_LABEL in v.labels &&
      volumeUsers(lab, v.name).length === 0 &&
      pruneFilterKeeps(f, v.labels, v.createdAt),
  );
  lab.batch(() => {
    for (const v of doomed) lab.volumes.delete(v.name);
    if (doomed.length > 0) lab.markChanged();
  });
  return doomed.map((v) => v.name);
}
