// The whole lab as versioned JSON and back. Indexes (address books, host ports, name maps) are
// derived data: they are rebuilt on load rather than stored.
import { Lab } from './lab';
import type { Container, HostProfile, LabImage, Listener, Namespace, Network, Volume } from './model';

export const LAB_FORMAT_VERSION = 1;

export interface SavedLab {
  version: number;
  seed: number;
  rngState: number;
  now: number;
  nextNetns: number;
  nextIfindex: number;
  nextEphemeralPort: number;
  hostProfile: HostProfile;
  networks: Network[];
  containers: Container[];
  namespaces: Namespace[];
  listeners: Listener[];
  /** Images on the host (absent in labs saved before images were tracked). */
  images?: LabImage[];
  /** Volumes (absent in labs saved before volumes). */
  volumes?: Volume[];
}

export class SavedLabError extends Error {}

export function saveLab(lab: Lab): SavedLab {
  return {
    version: LAB_FORMAT_VERSION,
    seed: lab.seed,
    rngState: lab.rng.seedState,
    now: lab.now,
    nextNetns: lab.nextNetns,
    nextIfindex: lab.nextIfindex,
    nextEphemeralPort: lab.nextEphemeralPort,
    hostProfile: lab.hostProfile,
    networks: [...lab.networks.values()],
    containers: [...lab.containers.values()],
    namespaces: [...lab.namespaces.values()],
    listeners: [...lab.listeners],
    images: [...lab.images.values()],
    volumes: [...lab.volumes.values()],
  };
}

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new SavedLabError(`saved lab is damaged: ${what}`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rebuilds a lab; throws SavedLabError when the data is not a lab this version can read. */
export function loadLab(data: unknown): Lab {
  try {
    return rebuild(data);
  } catch (e) {
    if (e instanceof SavedLabError) throw e;
    // The checks cover the shape a lab file must have; anything deeper that does not fit (a list
    // where a map belongs, a null entry) fails while rebuilding, and is the same kind of damage.
    throw new SavedLabError(`saved lab is damaged: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function rebuild(data: unknown): Lab {
  check(isRecord(data), 'not an object');
  check(data.version === LAB_FORMAT_VERSION, `unknown format version ${String(data.version)}`);
  const saved = data as unknown as SavedLab;
  for (const key of ['networks', 'containers', 'namespaces', 'listeners'] as const)
    check(Array.isArray(saved[key]), `${key} is not a list`);
  for (const key of ['seed', 'rngState', 'now', 'nextNetns', 'nextIfindex', 'nextEphemeralPort'] as const)
    check(typeof saved[key] === 'number', `${key} is not a number`);
  check(isRecord(saved.hostProfile), 'hostProfile is missing');
  const lab = new Lab({ seed: saved.seed, hostProfile: saved.hostProfile });
  for (const n of [...lab.networks.values()]) lab.deleteNetwork(n);
  lab.namespaces.clear();
  for (const n of saved.networks) {
    check(
      isRecord(n) && typeof n.id === 'string' && typeof n.name === 'string' && Array.isArray(n.subnets),
      'a network is malformed',
    );
    lab.addNetwork(n);
  }
  for (const ns of saved.namespaces) lab.namespaces.set(ns.id, ns);
  if (saved.images !== undefined) {
    check(Array.isArray(saved.images), 'images is not a list');
    for (const image of saved.images) {
      check(isRecord(image) && typeof image.reference === 'string', 'an image is malformed');
      lab.images.set(image.reference, {
        reference: image.reference,
        pulledAt: Number(image.pulledAt) || 0,
        ...(typeof image.source === 'string' ? { source: image.source } : {}),
      });
    }
  }
  if (saved.volumes !== undefined) {
    check(Array.isArray(saved.volumes), 'volumes is not a list');
    for (const v of saved.volumes) {
      check(isRecord(v) && typeof v.name === 'string', 'a volume is malformed');
      const volume: Volume = { name: v.name, createdAt: Number(v.createdAt) || 0, labels: v.labels ?? null };
      if (v.options !== undefined) volume.options = v.options;
      check(v.files === undefined || isRecord(v.files), `the files of volume ${v.name} are malformed`);
      if (v.files !== undefined) volume.files = v.files;
      lab.volumes.set(v.name, volume);
    }
  }
  for (const c of saved.containers) {
    check(
      isRecord(c) &&
        typeof c.id === 'string' &&
        typeof c.name === 'string' &&
        isRecord(c.endpoints) &&
        isRecord(c.ports),
      'a container is malformed',
    );
    check(c.files === undefined || isRecord(c.files), `the files of ${c.name} are malformed`);
    lab.addContainer(c);
    for (const ep of Object.values(c.endpoints)) {
      if (ep.ip === null) continue;
      const book = (lab.addresses.get(ep.networkId) ?? []).find((b) => b.contains(ep.ip!));
      check(book !== undefined && book.reserve(ep.ip), `address of ${c.name} is outside its network or taken twice`);
    }
    for (const [key, bindings] of Object.entries(c.ports)) {
      const proto = key.split('/')[1] ?? 'tcp';
      for (const b of bindings) {
        const k = `${proto}/${b.hostPort}`;
        lab.hostPorts.set(k, [...(lab.hostPorts.get(k) ?? []), { hostIp: b.hostIp, containerId: c.id }]);
      }
    }
  }
  lab.listeners.push(...saved.listeners);
  lab.rng.seedState = saved.rngState;
  lab.now = saved.now;
  lab.nextNetns = saved.nextNetns;
  lab.nextIfindex = saved.nextIfindex;
  lab.nextEphemeralPort = saved.nextEphemeralPort;
  return lab;
}
