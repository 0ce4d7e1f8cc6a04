// The lab: one simulated Docker host's state, indexes over it, lookups and the change event.
// Operations (create, start, network connect, ...) live in their own modules and act on a Lab.
import { DockerError, daemonError } from './errors';
import { findByRef } from './findByRef';
import { DEFAULT_HOST_PROFILE } from './hostProfile';
import { SubnetAddresses } from '../daemon/ipam';
import type { Container, HostProfile, LabImage, Listener, Namespace, Network, Volume } from './model';
import { parseCidr } from '../net/ipv4';
import { Rng } from './random';
import { shortId } from './shortId';

/** The host's network namespace, as `readlink /proc/1/ns/net` shows it on a typical kernel. */
export const HOST_NETNS = 4026531840;
const FIRST_CONTAINER_NETNS = 4026532200;
/** The lab's clock starts here (seconds since the epoch) and advances one second per command. */
const EPOCH = Date.UTC(2026, 0, 1, 9, 0, 0) / 1000;

export interface LabOptions {
  seed?: number;
  hostProfile?: HostProfile;
}

export type ChangeListener = () => void;

export class Lab {
  readonly containers = new Map<string, Container>();
  readonly networks = new Map<string, Network>();
  readonly namespaces = new Map<number, Namespace>();
  readonly listeners: Listener[] = [];
  /** Images on the host, by the reference they came in under (saved labs without it start empty). */
  readonly images = new Map<string, LabImage>();
  /** Volumes of the local driver, by name (saved labs without them start empty). */
  readonly volumes = new Map<string, Volume>();
  /** Address books of every subnet, keyed by network ID. */
  readonly addresses = new Map<string, SubnetAddresses[]>();
  /** Host ports held by port mappings: `proto/port` → bindings. */
  readonly hostPorts = new Map<string, Array<{ hostIp: string; containerId: string }>>();
  readonly rng: Rng;
  hostProfile: HostProfile;
  seed: number;
  now = EPOCH;
  nextNetns = FIRST_CONTAINER_NETNS;
  /** Host interfaces: lo is 1, eth0 2, docker0 3; bridges and veth pairs count on from here. */
  nextIfindex = 4;
  /** Where the ephemeral port search resumes, like the engine's port allocator. */
  nextEphemeralPort = 32768;

  private readonly byName = new Map<string, string>();
  private readonly networkByName = new Map<string, string>();
  private readonly changeListeners = new Set<ChangeListener>();
  private batchDepth = 0;
  private changedInBatch = false;

  constructor(options: LabOptions = {}) {
    this.seed = options.seed ?? 0;
    this.rng = new Rng(this.seed);
    this.hostProfile = options.hostProfile ?? DEFAULT_HOST_PROFILE;
    this.namespaces.set(HOST_NETNS, { id: HOST_NETNS, owner: 'host', alive: true });
    this.addPredefinedNetworks();
  }

  private addPredefinedNetworks(): void {
    const base = {
      createdAt: this.now,
      internal: false,
      attachable: false,
      ipv6: false,
      options: {},
      labels: {},
      composeProject: '',
    };
    this.addNetwork({
      ...base,
      id: this.newId(),
      name: 'bridge',
      driver: 'bridge',
      bridgeName: 'docker0',
      bridgeIfindex: 3,
      subnets: [{ subnet: '172.17.0.0/16', gateway: '172.17.0.1', ipRange: '' }],
      options: {
        'com.docker.network.bridge.default_bridge': 'true',
        'com.docker.network.bridge.enable_icc': 'true',
        'com.docker.network.bridge.enable_ip_masquerade': 'true',
        'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
        'com.docker.network.bridge.name': 'docker0',
        'com.docker.network.driver.mtu': '1500',
      },
    });
    this.addNetwork({
      ...base,
      id: this.newId(),
      name: 'host',
      driver: 'host',
      bridgeName: '',
      bridgeIfindex: 0,
      subnets: [],
    });
    this.addNetwork({
      ...base,
      id: this.newId(),
      name: 'none',
      driver: 'null',
      bridgeName: '',
      bridgeIfindex: 0,
      subnets: [],
    });
  }

  // --- identity ---------------------------------------------------------------------------

  /** A 64-hex ID whose 12-char prefix is never all digits (as moby's stringid ensures). */
  newId(): string {
    for (;;) {
      const id = this.rng.hex(64);
      if (!/^\d{12}$/.test(shortId(id))) return id;
    }
  }

  newNamespace(owner: string): Namespace {
    const ns: Namespace = { id: this.nextNetns++, owner, alive: true };
    this.namespaces.set(ns.id, ns);
    return ns;
  }

  // --- containers -------------------------------------------------------------------------

  addContainer(c: Container): void {
    this.containers.set(c.id, c);
    this.byName.set(c.name, c.id);
    // A container of a tag or an image ID (imageSource set) runs an image already on the host;
    // recording its reference would list the ID or the tag a second time.
    if (c.imageSource === undefined) this.addImage(c.image);
  }

  /** Records an image as present (a pull, or a container created from it); the first arrival counts. */
  addImage(reference: string): void {
    if (!this.images.has(reference)) this.images.set(reference, { reference, pulledAt: this.now });
  }

  deleteContainer(c: Container): void {
    this.containers.delete(c.id);
    this.byName.delete(c.name);
  }

  /** Moves a container to a new name (moby daemon/rename.go: the old name is released, the new one reserved). */
  renameContainer(c: Container, name: string): void {
    this.byName.delete(c.name);
    c.name = name;
    this.byName.set(name, c.id);
  }

  containerByName(name: string): Container | undefined {
    const id = this.byName.get(name.startsWith('/') ? name.slice(1) : name);
    return id === undefined ? undefined : this.containers.get(id);
  }

  /** Full ID, exact name, then a unique ID prefix (findByRef); throws on an ambiguous prefix. */
  findContainer(ref: string): Container | undefined {
    return findByRef(ref, {
      byId: this.containers,
      byName: (name) => this.containerByName(name),
      idOf: (c) => c.id,
      ambiguous: (prefix) => `Multiple IDs found with provided prefix: ${prefix}`,
    });
  }

  /** As findContainer, failing with the engine's "No such container" when absent. */
  getContainer(ref: string): Container {
    const c = this.findContainer(ref);
    if (!c) throw daemonError(`No such container: ${ref}`);
    return c;
  }

  // --- networks ---------------------------------------------------------------------------

  addNetwork(n: Network): void {
    this.networks.set(n.id, n);
    this.networkByName.set(n.name, n.id);
    // Only IPv4 subnets get an address book; IPv6 ones (listed after them) are not allocated from.
    this.addresses.set(
      n.id,
      n.subnets
        .filter((s) => parseCidr(s.subnet) !== undefined)
        .map((s) => {
          const subnet = parseCidr(s.subnet)!;
          const book = new SubnetAddresses(subnet, s.ipRange ? parseCidr(s.ipRange) : subnet);
          if (s.gateway) book.reserve(parseCidr(`${s.gateway}/32`)!.base);
          // Auxiliary addresses inside the dynamic range are held there (ipamAllocateVersion).
          for (const aux of Object.values(s.auxAddresses ?? {})) {
            const ip = parseCidr(`${aux}/32`)?.base;
            if (ip !== undefined && book.inRange(ip)) book.reserve(ip);
          }
          return book;
        }),
    );
  }

  deleteNetwork(n: Network): void {
    this.networks.delete(n.id);
    this.networkByName.delete(n.name);
    this.addresses.delete(n.id);
  }

  /** Full ID, exact name, then a unique ID prefix (findByRef); throws on an ambiguous prefix. */
  findNetwork(ref: string): Network | undefined {
    return findByRef(ref, {
      byId: this.networks,
      byName: (name) => {
        const id = this.networkByName.get(name);
        return id === undefined ? undefined : this.networks.get(id);
      },
      idOf: (n) => n.id,
      ambiguous: (prefix, count) => `network ${prefix} is ambiguous (${count} matches found based on ID prefix)`,
    });
  }

  /** As findNetwork, failing with libnetwork's ErrNoSuchNetwork text when absent. */
  getNetwork(ref: string): Network {
    const n = this.findNetwork(ref);
    if (!n) throw daemonError(`network ${ref} not found`);
    return n;
  }

  // --- change event -----------------------------------------------------------------------

  onDidChange(listener: ChangeListener): { dispose(): void } {
    this.changeListeners.add(listener);
    return { dispose: () => this.changeListeners.delete(listener) };
  }

  /** Runs a mutation; listeners hear of it once, after the outermost batch ends. */
  batch<T>(mutate: () => T): T {
    this.batchDepth++;
    try {
      return mutate();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0 && this.changedInBatch) {
        this.changedInBatch = false;
        for (const listener of [...this.changeListeners]) listener();
      }
    }
  }

  /** Bumped on every change and command: derived indexes (labIndex.ts) rebuild when it moves. */
  revision = 0;

  markChanged(): void {
    this.revision++;
    if (this.batchDepth > 0) this.changedInBatch = true;
    else for (const listener of [...this.changeListeners]) listener();
  }

  tick(seconds = 1): void {
    this.now += seconds;
    this.revision++;
  }
}

export { DockerError };
