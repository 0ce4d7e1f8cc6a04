// The lab's state as plain, JSON-serialisable data. Behaviour lives in lab.ts and friends.

export type ContainerState = 'created' | 'running' | 'restarting' | 'exited' | 'dead' | 'removing';

export type Protocol = 'tcp' | 'udp' | 'sctp';

export interface PortBinding {
  hostIp: string;
  hostPort: string;
}

/** What a container asked for on one network (EndpointSettings at create/connect). */
export interface EndpointConfig {
  aliases: string[];
  ipv4Address: string;
  ipv6Address: string;
  macAddress: string;
  links: string[];
  /** EndpointSettings.DriverOpts (`driver-opt=`): com.docker.network.endpoint.ifname, ...sysctls (absent: none). */
  driverOpts?: Record<string, string>;
  /** EndpointSettings.GwPriority: the highest gives the default route (absent: 0). */
  gwPriority?: number;
}

/** A live endpoint: present while the container runs with its own namespace. */
export interface Endpoint {
  networkId: string;
  endpointId: string;
  /** Address as uint32, or null on networks without IPAM (host, none). */
  ip: number | null;
  prefix: number;
  gateway: number | null;
  mac: string;
  ifname: string;
  /** Kernel interface index of the container side, and of the host-side veth peer. */
  ifindex: number;
  /** Host-side veth name on bridge networks. */
  hostVeth: string;
  hostIfindex: number;
  /** Global IPv6 address, prefix and gateway on networks with IPv6 (absent otherwise). */
  ipv6?: string;
  ipv6Prefix?: number;
  ipv6Gateway?: string;
}

/** A volume the local driver keeps (moby api/types/volume Volume). */
export interface Volume {
  name: string;
  /** Lab seconds (CreatedAt). */
  createdAt: number;
  /** Labels; null when created without any (a -v name:/path the daemon created on the way). */
  labels: Record<string, string> | null;
  /**
   * The driver options the create request carried (null: none, as compose sends a volume without
   * driver_opts); absent: {} with labels and null without, as the CLI and -v create them.
   */
  options?: Record<string, string> | null;
  /**
   * What the volume's folder holds, by path from its root (`/index.html`): one folder every container that
   * mounts it sees (absent: empty). `docker volume rm` drops them with the volume.
   */
  files?: Record<string, LayerEntry>;
}

/** A container's mount (moby api/types/container MountPoint), as inspect's Mounts lists it. */
export interface MountPoint {
  type: 'volume' | 'bind';
  /** The volume's name (absent for a bind). */
  name?: string;
  /** The volume's directory under /var/lib/docker/volumes, or the bind's host path. */
  source: string;
  destination: string;
  mode: string;
  rw: boolean;
  propagation: string;
}

/** Where and when a log line was written. */
export interface LogMeta {
  /** Lab seconds. */
  at: number;
  stderr?: true;
}

/**
 * Config.Healthcheck as the request sent it (moby api/types/container HealthConfig): durations in
 * seconds, 0 meaning the daemon's default; labs saved before the optional fields lack them.
 */
export interface HealthConfig {
  /** ["CMD", ...], ["CMD-SHELL", "..."], or ["NONE"]. */
  test: string[];
  interval: number;
  timeout?: number;
  startPeriod?: number;
  startInterval?: number;
  retries?: number;
}

export interface Container {
  id: string;
  name: string;
  image: string;
  /**
   * For an image a `docker tag` named: the catalogue reference whose content it has (absent: `image` itself).
   * What the container runs, its tools and its image ID follow this; what it shows as its image, `image`.
   */
  imageSource?: string;
  /** Config.Entrypoint (from the image) and Config.Cmd (the user's, else the image's). */
  entrypoint: string[];
  cmd: string[];
  createdAt: number;
  state: ContainerState;
  exitCode: number;
  startedAt: number;
  finishedAt: number;
  /** Config.Hostname / Config.Domainname. */
  hostname: string;
  domainname: string;
  /** HostConfig.NetworkMode, with container:<name> rewritten to the full ID when known. */
  networkMode: string;
  /** Networks in the order given, with their requested settings. */
  networks: Record<string, EndpointConfig>;
  exposedPorts: string[];
  portBindings: Record<string, PortBinding[]>;
  publishAll: boolean;
  dns: string[];
  dnsSearch: string[];
  dnsOptions: string[];
  extraHosts: string[];
  links: string[];
  autoRemove: boolean;
  tty: boolean;
  openStdin: boolean;
  /** A redis-server's keys, `DB:KEY` to value (strings only); kept across restarts, as its RDB save on shutdown keeps them. */
  redisData?: Record<string, string>;
  /** Namespace the container's processes see while running (own, shared or the host's). */
  netnsId: number | null;
  endpoints: Record<string, Endpoint>;
  /** Bindings actually programmed at start (after -P picked ports). */
  ports: Record<string, PortBinding[]>;
  logs: string[];
  /**
   * Per line of `logs`, index for index: when it was written and whether it came from stderr (moby logger Message
   * Source and Timestamp). Absent, or shorter than `logs` (labs saved before it): stdout at the container's start.
   */
  logMeta?: LogMeta[];
  restartCount: number;
  /** Config.Healthcheck (absent: none). */
  healthcheck?: HealthConfig;
  /** Frozen by `docker pause` while running (State.Paused). */
  paused?: boolean;
  /** Config.Env entries from -e KEY=VALUE (absent on containers saved before env). */
  env?: string[];
  /** Config.Labels; compose sets its project labels here (absent on containers saved before labels). */
  labels?: Record<string, string>;
  /** Volumes and binds, in the order given (absent: none, as labs saved before them). */
  mounts?: MountPoint[];
  /** HostConfig.Binds: the -v values with a source (absent: none). */
  binds?: string[];
  /**
   * The container's writable layer by absolute path: what was written, created or removed over the image's
   * files since `docker create` (absent: nothing yet). `docker rm` drops it with the container.
   */
  files?: Record<string, LayerEntry>;
}

/** One path of a writable layer: a file's text, a folder made there, or a whiteout hiding the image's entry. */
export type LayerEntry =
  | { kind: 'file'; text: string; /** Lab seconds of the last write (mtime). */ mtime: number }
  | {
      kind: 'dir';
      mtime: number;
      /** Made where the image had something removed: what the image has below it stays hidden (overlayfs opaque). */
      opaque?: true;
    }
  | { kind: 'deleted' };

export interface Subnet {
  subnet: string;
  gateway: string;
  ipRange: string;
  /** IPAM.Config[].AuxiliaryAddresses: reserved, never handed out (absent: none). */
  auxAddresses?: Record<string, string>;
}

export interface Network {
  id: string;
  name: string;
  driver: string;
  createdAt: number;
  internal: boolean;
  attachable: boolean;
  /** EnableIPv4: false for an IPv6-only network (`--ipv4=false`); absent means true (labs saved before it). */
  ipv4?: boolean;
  ipv6: boolean;
  subnets: Subnet[];
  /** Host bridge device (docker0, br-<id12>) for bridge networks, and its interface index. */
  bridgeName: string;
  bridgeIfindex: number;
  options: Record<string, string>;
  labels: Record<string, string>;
  /** Created by a compose project, for `docker compose down`. */
  composeProject: string;
}

/** A network namespace instance. Joiners keep pointing at it after its owner stops. */
export interface Namespace {
  id: number;
  /** Container ID of the creator, or "host". */
  owner: string;
  alive: boolean;
}

/**
 * The sockets a server opens for one port: `ipv4` one on 0.0.0.0; `pair` one on 0.0.0.0 and one on [::] with
 * IPV6_V6ONLY (nginx's `listen 80; listen [::]:80;`, redis's `bind * -::*`); `dual` one on [::] that also takes
 * IPv4 (a Go `:80`, Apache's `Listen 80`, busybox nc -l).
 */
export type ListenStack = 'ipv4' | 'pair' | 'dual';

/** A process listening on a port inside a namespace. */
export interface Listener {
  netnsId: number;
  containerId: string;
  proto: Protocol;
  port: number;
  program: string;
  /** Which families it listens on (absent: ipv4, as labs saved before it). */
  stack?: ListenStack;
}

/** An image on the host: pulled, or brought in by creating a container from it. */
export interface LabImage {
  /** The reference as given (`nginx`, `docker.io/library/redis:7`); listings normalise it. */
  reference: string;
  /** Lab time it arrived (Metadata.LastTagTime). */
  pulledAt: number;
  /** For a `docker tag` name: the catalogue reference whose content it names (absent: its own). */
  source?: string;
}

export interface HostProfile {
  hostname: string;
  eth0: { address: string; prefix: number; gateway: string; mac: string };
  etcHosts: string;
  resolvConf: string;
}
