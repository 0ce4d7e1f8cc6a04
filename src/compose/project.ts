// The normalised compose project (compose-go's types.Project for the keys the lab models). Each
// part points back at the source it came from; implicit parts (the default network, depends_on
// added for `network_mode: service:x` and `links`) say so and point at what implied them.
import type { HealthConfig } from '../core/lab/model';
import type {
  DependsOnSource,
  NetworkSource,
  PortSource,
  Range,
  ServiceNetworkSource,
  ServiceSource,
  ServiceVolumeSource,
  VolumeSource,
} from './model';

export interface ProjectServiceNetwork {
  /** Key in the project's networks. */
  key: string;
  aliases: string[];
  ipv4Address: string;
  ipv6Address: string;
  macAddress: string;
  interfaceName: string;
  priority: number;
  gwPriority: number;
  /** `driver_opts`, as given. */
  driverOpts: Record<string, string>;
  /** Undefined for the implicit `default`. */
  source?: ServiceNetworkSource;
}

export interface ProjectDependency {
  service: string;
  condition: string;
  restart: boolean;
  required: boolean;
  /** Why it is there when the file does not say it. */
  implicit?: 'network_mode' | 'links';
  /** The depends_on entry, or the network_mode / links value that implied it. */
  range: Range;
  source?: DependsOnSource;
}

export interface ProjectService {
  name: string;
  source: ServiceSource;
  image: string;
  command?: string[];
  networkMode?: string;
  networks: ProjectServiceNetwork[];
  ports: PortSource[];
  expose: string[];
  hostname: string;
  domainname: string;
  macAddress: string;
  dns: string[];
  dnsSearch: string[];
  dnsOpt: string[];
  extraHosts: string[];
  links: string[];
  externalLinks: string[];
  dependsOn: ProjectDependency[];
  containerName?: string;
  healthcheck?: HealthConfig;
  environment: string[];
  restart?: string;
  profiles: string[];
  tty?: boolean;
  stdinOpen?: boolean;
  scale?: number;
  replicas?: number;
  /** `env_file` entries, paths resolved against the project folder (compose-go ResolveRelativePaths). */
  envFiles: { path: string; required: boolean }[];
  volumes: ProjectServiceVolume[];
}

/** compose-go types.ServiceVolumeConfig: bind sources made absolute, the target cleaned. */
export interface ProjectServiceVolume {
  type: string;
  /** The top-level volume's key, the host path (absolute), or '' for an anonymous volume. */
  source: string;
  target: string;
  readOnly: boolean;
  bind?: { createHostPath: boolean; propagation: string; selinux: string };
  volume?: { nocopy: boolean; subpath: string };
  origin: ServiceVolumeSource;
}

/** compose-go types.VolumeConfig. */
export interface ProjectVolume {
  key: string;
  /** The engine volume's name: `<project>_<key>`, `name:` verbatim, or the key for external volumes. */
  name: string;
  external: boolean;
  driver: string;
  driverOpts: Record<string, string>;
  labels: Record<string, string>;
  source: VolumeSource;
}

export interface ProjectNetworkIpamConfig {
  subnet: string;
  ipRange: string;
  gateway: string;
  auxAddresses: Record<string, string>;
}

export interface ProjectNetwork {
  key: string;
  /** The engine network's name: `<project>_<key>`, `name:` verbatim, or the key for external networks. */
  name: string;
  external: boolean;
  driver: string;
  driverOpts: Record<string, string>;
  ipamDriver: string;
  ipamConfig: ProjectNetworkIpamConfig[];
  internal: boolean;
  enableIpv4?: boolean;
  enableIpv6?: boolean;
  attachable: boolean;
  labels: Record<string, string>;
  /** Undefined for the implicit `default` network. */
  source?: NetworkSource;
}

export interface Project {
  name: string;
  workingDir: string;
  files: string[];
  services: ProjectService[];
  networks: ProjectNetwork[];
  volumes: ProjectVolume[];
}

export const serviceByName = (p: Project, name: string): ProjectService | undefined =>
  p.services.find((s) => s.name === name);
export const networkByKey = (p: Project, key: string): ProjectNetwork | undefined =>
  p.networks.find((n) => n.key === key);
export const volumeByKey = (p: Project, key: string): ProjectVolume | undefined => p.volumes.find((v) => v.key === key);

export const SERVICE_PREFIX = 'service:';

/** `service:x` → `x`, else undefined. */
export function sharedService(networkMode: string | undefined): string | undefined {
  return networkMode?.startsWith(SERVICE_PREFIX) ? networkMode.slice(SERVICE_PREFIX.length) : undefined;
}

/** compose-go ServiceConfig.GetScale: `scale`, else `deploy.replicas`, else 1. */
export const serviceScale = (s: ProjectService): number => s.scale ?? s.replicas ?? 1;

/**
 * What docker/compose's loader keeps without `--all-resources` (pkg/compose/loader.go
 * postProcessProject, compose-go Project.WithoutUnnecessaryResources): the networks a service joins
 * and the volumes a service mounts by name. A network no service uses is neither created nor printed.
 */
export function withoutUnnecessaryResources(p: Project): Project {
  const volumes = new Set(p.services.flatMap((s) => s.volumes.filter((v) => v.type === 'volume').map((v) => v.source)));
  const networks = new Set(p.services.flatMap((s) => s.networks.map((n) => n.key)));
  return {
    ...p,
    networks: p.networks.filter((n) => networks.has(n.key)),
    volumes: p.volumes.filter((v) => volumes.has(v.key)),
  };
}
