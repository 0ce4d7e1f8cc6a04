// `docker network ls --filter KEY=VALUE` as the daemon lists networks (moby daemon/network/filter.go
// NewFilter and Filter.Matches, with daemon/internal/filters matching): the accepted keys, the
// checks of `dangling` and `type` in that order, then the per-network tests.
import { matchKVList } from './filterArgs';
import type { Lab } from '../lab/lab';
import type { Network } from '../lab/model';
import { daemonError } from '../lab/errors';
import { isPredefinedName } from './networkMode';

/** daemon/network/filter.go acceptedFilters. */
export const NETWORK_FILTER_KEYS: readonly string[] = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type'];

/** filters.Args Match: exact, else any value as an unanchored regular expression (bad ones skipped). */
function match(values: readonly string[], source: string): boolean {
  if (values.includes(source)) return true;
  return values.some((v) => {
    try {
      return new RegExp(v).test(source);
    } catch {
      return false;
    }
  });
}

/** HasContainerAttachments: a running container has an endpoint on it. */
function inUse(lab: Lab, n: Network): boolean {
  for (const c of lab.containers.values())
    if (Object.values(c.endpoints).some((e) => e.networkId === n.id)) return true;
  return false;
}

/** The networks the filters keep, in the order given; throws the daemon's error for a bad filter. */
export function filterNetworks(
  lab: Lab,
  networks: readonly Network[],
  byKey: ReadonlyMap<string, string[]>,
): Network[] {
  const get = (key: string) => [...new Set(byKey.get(key) ?? [])];
  for (const key of byKey.keys()) if (!NETWORK_FILTER_KEYS.includes(key)) throw daemonError(`invalid filter '${key}'`);
  let danglingOnly: boolean | undefined;
  const dangling = get('dangling');
  if (dangling.length > 1) throw daemonError('got more than one value for filter key "dangling"');
  if (dangling.length === 1) {
    if (['0', 'false'].includes(dangling[0]!)) danglingOnly = false;
    else if (['1', 'true'].includes(dangling[0]!)) danglingOnly = true;
    else throw daemonError(`invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")`);
  }
  const types = get('type');
  for (const t of types) if (t !== 'builtin' && t !== 'custom') throw daemonError(`invalid filter: 'type'='${t}'`);
  return networks.filter((n) => {
    if (byKey.has('driver') && !get('driver').includes(n.driver)) return false;
    if (byKey.has('name') && !match(get('name'), n.name)) return false;
    if (byKey.has('id') && !match(get('id'), n.id)) return false;
    if (byKey.has('label') && !matchKVList(get('label'), n.labels)) return false;
    if (byKey.has('scope') && !get('scope').includes('local')) return false;
    if (danglingOnly !== undefined) {
      const used = isPredefinedName(n.name) || inUse(lab, n);
      if (danglingOnly === used) return false;
    }
    // matchesType: the first value decides.
    if (types.length > 0 && (types[0] === 'builtin') !== isPredefinedName(n.name)) return false;
    return true;
  });
}
