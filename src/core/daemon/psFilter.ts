// `docker ps --filter KEY=VALUE` as the daemon lists containers (moby daemon/list.go Containers,
// foldFilter and includeContainerInList; matching from daemon/internal/filters): every key the
// daemon accepts, its checks of the values in its order and words, then the per-container tests.
// Values of one key OR (labels AND, as MatchKVList does), different keys AND.
import type { Lab } from '../lab/lab';
import type { Container } from '../lab/model';
import { lookupImage, normalizedReference } from '../catalog/images';
import { cliError, daemonError } from '../lab/errors';
import { FilterFormatError, parseFilterArgs, matchKVList } from './filterArgs';
import { healthStatus, isEnabled } from './health';
import { isContainerMode } from './networkMode';
import { parsePortKey } from './portBindings';

/** daemon/list.go acceptedPsFilterTags. */
export const PS_FILTER_KEYS: readonly string[] = [
  'ancestor',
  'before',
  'exited',
  'id',
  'isolation',
  'label',
  'name',
  'status',
  'health',
  'since',
  'volume',
  'network',
  'is-task',
  'publish',
  'expose',
];

/** api/types/container/state.go validStates, in its order. */
export const CONTAINER_STATES: readonly string[] = [
  'created',
  'running',
  'paused',
  'restarting',
  'removing',
  'exited',
  'dead',
];

/** api/types/container/health.go validHealths, in its order. */
export const HEALTH_STATES: readonly string[] = ['none', 'starting', 'healthy', 'unhealthy'];

/** container.State.State(): a paused container reports "paused", not "running". */
export function apiState(c: Container): string {
  return c.state === 'running' && c.paused === true ? 'paused' : c.state;
}

/** The Snapshot's Health: "none" without a healthcheck or before the first start; "unhealthy" once stopped (CloseMonitorChannel). */
export function apiHealth(lab: Lab, c: Container): string {
  if (!isEnabled(c.healthcheck) || c.startedAt === 0) return 'none';
  return healthStatus(lab, c, c.healthcheck);
}

/** filters.Args Match: an exact value, else any value as an (unanchored) regular expression; bad ones are skipped. */
export function match(values: readonly string[], source: string): boolean {
  if (values.includes(source)) return true;
  return values.some((v) => {
    try {
      return new RegExp(v).test(source);
    } catch {
      return false;
    }
  });
}

/** What strconv.ParseUint(s, 10, 16) reports, as network parsePortNumber unwraps it; undefined when fine. */
function portNumberError(s: string): string | undefined {
  if (s === '') return 'value is empty';
  if (!/^\d+$/.test(s)) return 'invalid syntax';
  return Number(s) > 65535 ? 'value out of range' : undefined;
}

/** api/types/network ParsePortRange: `80`, `80/udp`, `8000-8080/tcp` as port keys, or its error. */
export function parsePortRangeKeys(s: string): string[] | string {
  if (s === '') return 'invalid port range: value is empty';
  const slash = s.indexOf('/');
  const range = slash < 0 ? s : s.slice(0, slash);
  const proto = (slash < 0 ? '' : s.slice(slash + 1)).toLowerCase() || 'tcp';
  const dash = range.indexOf('-');
  const start = dash < 0 ? range : range.slice(0, dash);
  const end = dash < 0 ? start : range.slice(dash + 1);
  const startErr = portNumberError(start);
  if (startErr) return `invalid start port '${start}': ${startErr}`;
  if (dash >= 0 && start !== end) {
    const endErr = portNumberError(end);
    if (endErr) return `invalid end port '${end}': ${endErr}`;
    if (Number(end) < Number(start)) return `invalid port range: ${s}`;
  }
  const keys: string[] = [];
  for (let p = Number(start); p <= Number(start === end ? start : end); p++) keys.push(`${p}/${proto}`);
  return keys;
}

/** portOp: the set of `port/proto` a publish or expose filter names. */
function portSet(key: string, values: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const v of values) {
    if (v.includes(':')) throw daemonError(`filter for '${key}' should not contain ':': ${v}`);
    const keys = parsePortRangeKeys(v);
    if (typeof keys === 'string') throw daemonError(`error while looking up for ${key} ${v}: ${keys}`);
    for (const k of keys) out.add(k);
  }
  return out;
}

/** view.Get (a full ID), then a unique name (idOrNameFilter); "No such container" otherwise. */
function idOrName(lab: Lab, value: string): Container {
  const c = lab.containers.get(value) ?? lab.containerByName(value.replace(/^\//, ''));
  if (!c) throw daemonError(`No such container: ${value}`);
  return c;
}

/** The Summary's Ports: every exposed port, and one entry per binding (container/view.go transform). */
function summaryPorts(c: Container): Array<{ privatePort: string; publicPort: string }> {
  if (c.state !== 'running') return [];
  if (c.networkMode === 'host' || c.networkMode === 'none' || isContainerMode(c.networkMode)) return [];
  const out: Array<{ privatePort: string; publicPort: string }> = [];
  for (const key of new Set([...c.exposedPorts, ...Object.keys(c.ports)])) {
    const { port, proto } = parsePortKey(key);
    const bindings = c.ports[key] ?? [];
    if (bindings.length === 0) out.push({ privatePort: `${port}/${proto}`, publicPort: `0/${proto}` });
    for (const b of bindings) out.push({ privatePort: `${port}/${proto}`, publicPort: `${b.hostPort}/${proto}` });
  }
  return out;
}

/** NetworkSettings.Networks: the key (a network name) or a NetworkID prefix, as the network filter walks them. */
function onNetwork(lab: Lab, c: Container, value: string): boolean {
  if (Object.prototype.hasOwnProperty.call(c.networks, value)) return true;
  // NetworkID is set when the endpoint is first created (at start) and kept after a stop.
  const started = c.state === 'running' || c.startedAt !== 0;
  if (!started) return false;
  const ids = new Set([
    ...Object.values(c.endpoints).map((e) => e.networkId),
    ...Object.keys(c.networks).flatMap((k) => {
      const n = lab.findNetwork(k);
      return n ? [n.id] : [];
    }),
  ]);
  return [...ids].some((id) => id.startsWith(value));
}

/** The image a reference resolves to, or undefined when the host does not have it (the ancestor filter skips those). */
function imageKey(ref: string): string | undefined {
  if (!lookupImage(ref)) return undefined;
  return normalizedReference(ref.replace(/^docker\.io\//, '').replace(/^library\//, ''));
}

/** The containers `docker ps` lists for these `--filter` values, or throws the daemon's (or CLI's) error. */
export interface PsQuery {
  /** Keeps a container. */
  test: (c: Container) => boolean;
  /** A status filter makes the daemon list stopped containers too (config.All = true). */
  impliesAll: boolean;
  /** The rows in list order (newest first), before and since applied. */
  window: (rows: readonly Container[]) => Container[];
}

export function psQuery(lab: Lab, specs: readonly string[]): PsQuery {
  let byKey: Map<string, string[]>;
  try {
    byKey = parseFilterArgs(specs);
  } catch (e) {
    if (e instanceof FilterFormatError) throw cliError(e.message);
    throw e;
  }
  const get = (key: string) => [...new Set(byKey.get(key) ?? [])];
  // filters.Args Validate, then foldFilter's checks in its order.
  for (const key of byKey.keys()) if (!PS_FILTER_KEYS.includes(key)) throw daemonError(`invalid filter '${key}'`);
  const exited: number[] = [];
  for (const v of get('exited')) {
    if (!/^[+-]?\d+$/.test(v))
      throw daemonError(`invalid filter 'exited=${v}': strconv.Atoi: parsing "${v}": invalid syntax`);
    exited.push(Number(v));
  }
  for (const v of get('status')) {
    if (!CONTAINER_STATES.includes(v)) {
      throw daemonError(
        `invalid filter 'status=${v}': invalid value for state (${v}): must be one of ${CONTAINER_STATES.join(', ')}`,
      );
    }
  }
  let isTask: boolean | undefined;
  if (byKey.has('is-task')) {
    const vs = get('is-task');
    const no = vs.includes('0') || vs.includes('false');
    const yes = vs.includes('1') || vs.includes('true');
    if (no === yes) throw daemonError(`invalid filter 'is-task=[${vs.join(' ')}]'`);
    isTask = yes;
  }
  for (const v of get('health')) {
    if (!HEALTH_STATES.includes(v)) {
      throw daemonError(
        `invalid filter 'health=${v}': invalid value for health (${v}): must be one of ${HEALTH_STATES.join(', ')}`,
      );
    }
  }
  let before: Container | undefined;
  for (const v of get('before')) before = idOrName(lab, v);
  let since: Container | undefined;
  for (const v of get('since')) since = idOrName(lab, v);
  const ancestors = new Set(get('ancestor').flatMap((v) => imageKey(v) ?? []));
  const publish = portSet('publish', get('publish'));
  const expose = portSet('expose', get('expose'));

  // filterByNameIDMatches: an id filter keeps only containers a unique, non-empty prefix names.
  const idMatches = new Set<string>();
  for (const v of get('id')) {
    if (v === '') continue;
    const hits = [...lab.containers.keys()].filter((id) => id.startsWith(v));
    if (hits.length === 1) idMatches.add(hits[0]!);
  }

  const tests: Array<(c: Container) => boolean> = [];
  if (byKey.has('name')) tests.push((c) => match(get('name'), `/${c.name}`) || match(get('name'), c.name));
  if (byKey.has('id')) tests.push((c) => idMatches.has(c.id) && match(get('id'), c.id));
  if (isTask !== undefined) tests.push(() => isTask === false); // the lab runs no swarm tasks
  if (byKey.has('label')) tests.push((c) => matchKVList(get('label'), c.labels));
  if (byKey.has('isolation')) tests.push(() => get('isolation').some((v) => v === '' || v === 'default'));
  if (exited.length > 0) tests.push((c) => c.state !== 'running' && c.startedAt !== 0 && exited.includes(c.exitCode));
  if (byKey.has('status')) tests.push((c) => match(get('status'), apiState(c)));
  if (byKey.has('health')) tests.push((c) => get('health').includes(apiHealth(lab, c)));
  // daemon/list.go: a mount's Name (a bind's Source) or its Destination, exactly.
  if (byKey.has('volume'))
    tests.push((c) =>
      get('volume').some((v) => (c.mounts ?? []).some((m) => v === m.destination || v === (m.name ?? m.source))),
    );
  if (byKey.has('ancestor')) {
    tests.push((c) => {
      const key = imageKey(c.image);
      return key !== undefined && ancestors.has(key);
    });
  }
  if (byKey.has('network')) tests.push((c) => get('network').some((v) => onNetwork(lab, c, v)));
  if (publish.size > 0 || expose.size > 0) {
    tests.push((c) => summaryPorts(c).some((p) => publish.has(p.publicPort) || expose.has(p.privatePort)));
  }
  return {
    test: (c) => tests.every((t) => t(c)),
    impliesAll: byKey.has('status'),
    window: (rows) => {
      let out = [...rows];
      if (before) {
        const at = out.findIndex((c) => c.id === before.id);
        out = at < 0 ? [] : out.slice(at + 1);
      }
      if (since) {
        const at = out.findIndex((c) => c.id === since.id);
        if (at >= 0) out = out.slice(0, at);
      }
      return out;
    },
  };
}
