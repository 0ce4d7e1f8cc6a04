// The compose file as written, with the source offsets of everything read from it. Offsets are
// [start, end) character positions in the file's text, for hovers and diagnostics.

import type { HealthConfig } from '../core/lab/model';

export type Range = readonly [number, number];

/** A value read from the file and where its text is. */
export interface Located<T> {
  value: T;
  range: Range;
}

/** A `key: value` entry of a mapping: the key's text, and the whole entry (key to end of value). */
export interface Entry<T> {
  key: string;
  keyRange: Range;
  value: T;
  range: Range;
}

/** One entry of a service's `networks` (an item of the list form, or a key of the map form). */
export interface ServiceNetworkSource {
  name: string;
  /** The list item, or the map key. */
  keyRange: Range;
  /** The whole item or entry. */
  range: Range;
  aliases: Located<string>[];
  ipv4Address?: Located<string>;
  ipv6Address?: Located<string>;
  macAddress?: Located<string>;
  interfaceName?: Located<string>;
  priority?: Located<number>;
  gwPriority?: Located<number>;
  /** `driver_opts`: the endpoint's driver options. */
  driverOpts?: Entry<string>[];
}

/** A port in short (`"8080:80/udp"`) or long (`{target: 80, published: 8080}`) syntax. */
export interface PortSource {
  range: Range;
  syntax: 'short' | 'long';
  /** Short syntax as written; for the long syntax, the equivalent short form. */
  spec: string;
  target: string;
  published: string;
  hostIp: string;
  protocol: string;
}

export interface DependsOnSource {
  service: string;
  range: Range;
  condition: string;
  restart: boolean;
  required: boolean;
}

export interface ServiceSource {
  name: string;
  file: string;
  keyRange: Range;
  range: Range;
  /** Every key of the service as written (known to the lab or not), for hovers. */
  keys: Entry<null>[];
  image?: Located<string>;
  hasBuild: boolean;
  command?: Located<string[]>;
  networkMode?: Located<string>;
  networks?: { range: Range; keyRange: Range; form: 'list' | 'map'; entries: ServiceNetworkSource[] };
  ports: PortSource[];
  expose: Located<string>[];
  hostname?: Located<string>;
  domainname?: Located<string>;
  macAddress?: Located<string>;
  dns: Located<string>[];
  dnsSearch: Located<string>[];
  dnsOpt: Located<string>[];
  /** `host:ip` entries (the map form is turned into this). */
  extraHosts: Located<string>[];
  links: Located<string>[];
  externalLinks: Located<string>[];
  dependsOn: DependsOnSource[];
  containerName?: Located<string>;
  /** `profiles:`: the service is only part of the project when one of them is active. */
  profiles?: Located<string>[];
  /** `environment:` (list or map) as KEY=VALUE; a bare KEY takes no value here. */
  environment?: Located<string>[];
  restart?: Located<string>;
  /** `tty:` / `stdin_open:` (docker run -t / -i): a shell as the command stays up with either. */
  tty?: Located<boolean>;
  stdinOpen?: Located<boolean>;
  /** `healthcheck:` as the engine stores it (test with CMD/CMD-SHELL/NONE, interval in seconds). */
  healthcheck?: Located<HealthConfig>;
  /** `scale:` and `deploy.replicas:` (compose-go ServiceConfig.GetScale reads scale first). */
  scale?: Located<number>;
  replicas?: Located<number>;
  /** `env_file:` in short (path) or long (`{path, required}`) form; paths as written. */
  envFiles?: EnvFileSource[];
  /** `volumes:` in short (`data:/var/lib:ro`) or long (`{type, source, target}`) syntax. */
  volumes?: ServiceVolumeSource[];
}

/**
 * One entry of a service's `volumes` (compose-go types.ServiceVolumeConfig): the short syntax as
 * format/volume.go ParseVolume reads it, or the long syntax's keys. Source and target as written.
 */
export interface ServiceVolumeSource {
  range: Range;
  syntax: 'short' | 'long';
  /** bind, volume, tmpfs (also cluster, npipe, image, which the lab does not mount). */
  type: string;
  /** Volume key, host path, or '' for an anonymous volume. */
  source: string;
  /** Where the source is written, for diagnostics on an undefined volume. */
  sourceRange: Range;
  target: string;
  readOnly: boolean;
  /** ServiceVolumeBind (short syntax: every bind, with create_host_path true). */
  bind?: { createHostPath: boolean; propagation: string; selinux: string };
  /** ServiceVolumeVolume (short syntax: every volume). */
  volume?: { nocopy: boolean; subpath: string };
  /** Why compose-go refuses the short syntax (`invalid spec: ...`); loading the file throws it. */
  error?: string;
}

/** One `env_file` entry (compose-go types.EnvFile): a missing file fails only when required. */
export interface EnvFileSource {
  path: Located<string>;
  required: boolean;
}

export interface IpamConfigSource {
  range: Range;
  subnet?: Located<string>;
  ipRange?: Located<string>;
  gateway?: Located<string>;
  /** `aux_addresses`: name to address, addresses IPAM must never hand out. */
  auxAddresses?: Entry<string>[];
}

export interface NetworkSource {
  key: string;
  file: string;
  keyRange: Range;
  range: Range;
  name?: Located<string>;
  driver?: Located<string>;
  driverOpts: Entry<string>[];
  ipam?: { range: Range; driver?: Located<string>; config: IpamConfigSource[] };
  /** `external: true`, or the deprecated `external: {name: x}` (value true, with externalName). */
  external?: Located<boolean>;
  externalName?: Located<string>;
  internal?: Located<boolean>;
  enableIpv4?: Located<boolean>;
  enableIpv6?: Located<boolean>;
  attachable?: Located<boolean>;
  labels: Entry<string>[];
  /** Every key of the network as written, for checks on the keys themselves (`external` with others). */
  keys?: Entry<null>[];
}

/** One entry of top-level `volumes:` (compose-go types.VolumeConfig). */
export interface VolumeSource {
  key: string;
  file: string;
  keyRange: Range;
  range: Range;
  name?: Located<string>;
  driver?: Located<string>;
  driverOpts: Entry<string>[];
  /** `external: true`, or the deprecated `external: {name: x}` (value true, with externalName). */
  external?: Located<boolean>;
  externalName?: Located<string>;
  labels: Entry<string>[];
  /** Every key of the volume as written, for validation/external.go's check on the keys. */
  keys: Entry<null>[];
}

/** One file as loaded (after syntax and schema checks). */
export interface ComposeFileSource {
  path: string;
  text: string;
  /** Every top-level key as written. */
  keys: Entry<null>[];
  name?: Located<string>;
  version?: Located<string>;
  services: ServiceSource[];
  networks: NetworkSource[];
  volumes: VolumeSource[];
  /** The `services:`, `networks:` and `volumes:` entries themselves. */
  servicesRange?: Range;
  networksRange?: Range;
  volumesRange?: Range;
}
