// The normalised project as lab actions (docker/compose pkg/compose/create.go):
// project networks as `docker network create` requests with compose's labels, project volumes as
// volume create requests with theirs (prepareVolumes), then one container
// per service in start order, with its create request: endpoint aliases (container name, service
// name, configured aliases), `network_mode` passed through (`service:x` resolved when x's
// container exists), ports, expose, dns, extra_hosts, hostname, links, and its volumes
// (buildContainerVolumes: HostConfig.Binds where the bind API suffices, else HostConfig.Mounts).
import { PortSpecError, parseExpose, parsePublish } from '../core/net/portSpec';
import type { CreateOptions } from '../core/daemon/containerCreate';
import { type MountRequest, parseVolumeFlag } from '../core/daemon/volumes';
import type { EndpointConfig, PortBinding } from '../core/lab/model';
import type { NetworkCreateRequest } from '../core/daemon/networkCreateRequest';
import { isUserDefined } from '../core/daemon/networkMode';
import { ENDPOINT_IFNAME } from '../core/daemon/endpointSettings';
import { sha256Hex } from '../core/text/sha256';
import { startOrder } from './dependencies';
import { ComposeError } from './errors';
import type {
  Project,
  ProjectNetwork,
  ProjectService,
  ProjectServiceNetwork,
  ProjectServiceVolume,
  ProjectVolume,
} from './project';
import { networkByKey, serviceScale, sharedService, volumeByKey } from './project';

/** The docker/compose release the labels name (docker/compose pkg/api/labels.go ComposeVersion). */
export const COMPOSE_VERSION = '5.5.0';
export const LABEL_PROJECT = 'com.docker.compose.project';
export const LABEL_SERVICE = 'com.docker.compose.service';
export const LABEL_NETWORK = 'com.docker.compose.network';
export const LABEL_VOLUME = 'com.docker.compose.volume';
export const LABEL_CONFIG_HASH = 'com.docker.compose.config-hash';
export const LABEL_NUMBER = 'com.docker.compose.container-number';
export const LABEL_ONEOFF = 'com.docker.compose.oneoff';
export const LABEL_VERSION = 'com.docker.compose.version';
export const LABEL_WORKING_DIR = 'com.docker.compose.project.working_dir';
export const LABEL_CONFIG_FILES = 'com.docker.compose.project.config_files';
export const LABEL_DEPENDS_ON = 'com.docker.compose.depends_on';
/** The one-off container's random ID (docker/compose pkg/api/labels.go SlugLabel). */
export const LABEL_SLUG = 'com.docker.compose.slug';

export interface NetworkAction {
  key: string;
  name: string;
  external: boolean;
  /** The create request, for networks compose manages. */
  request?: NetworkCreateRequest;
}

/** A volume create request (moby api VolumeCreateOptions) as docker/compose createVolume sends it. */
export interface VolumeCreateRequest {
  name: string;
  driver: string;
  driverOpts: Record<string, string>;
  labels: Record<string, string>;
}

export interface VolumeAction {
  key: string;
  name: string;
  external: boolean;
  /** The create request, for volumes compose manages. */
  request?: VolumeCreateRequest;
}

export interface ContainerAction {
  service: string;
  /** The replica's number (com.docker.compose.container-number), from 1. */
  number: number;
  /** `<project>-<service>-1`, or container_name. */
  name: string;
  options: CreateOptions;
  labels: Record<string, string>;
  /** `network_mode: service:x`: x, whose container's ID replaces the mode at create. */
  shareNamespaceWith?: string;
  /** What must hold of each dependency before this container starts. */
  waitFor: Array<{ service: string; condition: string }>;
}

export interface ComposePlan {
  project: string;
  networks: NetworkAction[];
  /** By key, as reconcileVolumes walks them (sortedKeys). */
  volumes: VolumeAction[];
  /** In start order: every container after those it depends on. */
  containers: ContainerAction[];
}

const SEPARATOR = '-';

type ServiceIndex = ReadonlyMap<string, ProjectService>;

export function containerName(project: Project, s: ProjectService, number = 1): string {
  return s.containerName ?? [project.name, s.name, String(number)].join(SEPARATOR);
}

function networkRequest(project: Project, n: ProjectNetwork): NetworkCreateRequest {
  const req: NetworkCreateRequest = {
    name: n.name,
    driver: n.driver || 'bridge',
    options: { ...n.driverOpts },
    labels: { ...n.labels, [LABEL_NETWORK]: n.key, [LABEL_PROJECT]: project.name, [LABEL_VERSION]: COMPOSE_VERSION },
    internal: n.internal,
    attachable: n.attachable,
    composeProject: project.name,
  };
  if (n.enableIpv4 !== undefined) req.ipv4 = n.enableIpv4;
  if (n.enableIpv6 !== undefined) req.ipv6 = n.enableIpv6;
  const ipam = n.ipamConfig.filter((c) => c.subnet !== '');
  if (ipam.length > 0)
    req.ipam = ipam.map((c) => ({
      subnet: c.subnet,
      ipRange: c.ipRange,
      gateway: c.gateway,
      ...(Object.keys(c.auxAddresses).length > 0 ? { auxAddresses: { ...c.auxAddresses } } : {}),
    }));
  return req;
}

/** encoding/json's string: JSON with <, >, &, U+2028 and U+2029 escaped as \u00XX. */
const goString = (s: string) =>
  JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A Go map[string]string as encoding/json writes it: keys sorted. */
const goStringMap = (m: Record<string, string>) =>
  `{${Object.keys(m)
    .sort()
    .map((k) => `${goString(k)}:${goString(m[k]!)}`)
    .join(',')}}`;

/**
 * hash.go VolumeHash: the SHA-256 of json.Marshal(types.VolumeConfig) with the driver defaulted to
 * `local` (name, driver, driver_opts, external, labels, each omitempty; CustomLabels are not marshalled).
 */
export function volumeHash(v: ProjectVolume): string {
  const fields = [`"name":${goString(v.name)}`, `"driver":${goString(v.driver || 'local')}`];
  if (Object.keys(v.driverOpts).length > 0) fields.push(`"driver_opts":${goStringMap(v.driverOpts)}`);
  if (v.external) fields.push('"external":true');
  if (Object.keys(v.labels).length > 0) fields.push(`"labels":${goStringMap(v.labels)}`);
  return sha256Hex(`{${fields.join(',')}}`);
}

/** create.go toBindString's mode: `rw|ro[,selinux][,propagation][,nocopy]`. */
function bindMode(v: ProjectServiceVolume): string {
  const options = [v.readOnly ? 'ro' : 'rw'];
  if (v.bind?.selinux) options.push(v.bind.selinux);
  if (v.bind?.propagation) options.push(v.bind.propagation);
  if (v.volume?.nocopy) options.push('nocopy');
  return options.join(',');
}

/** bindRequiresMountAPI: create_host_path false or a propagation need the mount API (`recursive` is not read). */
const bindNeedsMountApi = (v: ProjectServiceVolume) =>
  v.bind !== undefined && (!v.bind.createHostPath || v.bind.propagation !== '');

/** volumeRequiresMountAPI: a subpath or nocopy need the mount API (`volume.labels` are not read). */
const volumeNeedsMountApi = (v: ProjectServiceVolume) =>
  v.volume !== undefined && (v.volume.nocopy || v.volume.subpath !== '');

/**
 * create.go buildContainerVolumes: binds and declared volumes as HostConfig.Binds strings when the
 * bind API can say them (the daemon parses those as `-v`, see parsedMounts), the rest (anonymous
 * volumes, advanced options) as HostConfig.Mounts; Binds first, as the daemon registers them.
 * tmpfs, image, npipe and cluster mounts are not modelled, as for `--mount`.
 */
function mountsOf(project: Project, s: ProjectService): MountRequest[] {
  const binds: MountRequest[] = [];
  const mounts: MountRequest[] = [];
  for (const v of s.volumes) {
    if (v.type !== 'bind' && v.type !== 'volume') continue;
    // buildMount: a declared volume is mounted by its engine name.
    const source =
      v.type === 'volume' && v.source !== '' ? (volumeByKey(project, v.source)?.name ?? v.source) : v.source;
    const declared = v.type === 'volume' && v.source !== '';
    const asBind = v.type === 'bind' ? !bindNeedsMountApi(v) : declared && !volumeNeedsMountApi(v);
    const mode = bindMode(v);
    const raw = `${source}:${v.target}:${mode}`;
    if (asBind) binds.push({ type: v.type, source, target: v.target, readOnly: v.readOnly, mode, raw });
    else
      mounts.push({
        type: v.type,
        source,
        target: v.target,
        readOnly: v.readOnly,
        mode: '',
        // buildMount: volume.nocopy becomes VolumeOptions.NoCopy.
        ...(v.type === 'volume' && v.volume?.nocopy ? { noCopy: true } : {}),
      });
  }
  return [...binds, ...mounts];
}

/**
 * The daemon's parse of HostConfig.Binds (volumes/linux_parser.go ParseMountRaw) for the binds
 * compose sends, at create time so its errors come where the engine's would. Throws DockerError.
 */
export function parsedMounts(options: CreateOptions): CreateOptions {
  if (!options.mounts) return options;
  return { ...options, mounts: options.mounts.map((m) => (m.raw === undefined ? m : parseVolumeFlag(m.raw))) };
}

/** compose-go NetworksByPriority: highest priority first, then by key. */
function byPriority(s: ProjectService): ProjectService['networks'] {
  return [...s.networks].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** getLinks: `<ctr>:<alias>`, `<ctr>:<svc>-<n>`, `<ctr>:<project>-<svc>-<n>`, then external links. */
function links(project: Project, byName: ServiceIndex, s: ProjectService, number: number): string[] {
  const out: string[] = [];
  for (const raw of s.links) {
    const colon = raw.indexOf(':');
    const svcName = colon < 0 ? raw : raw.slice(0, colon);
    const alias = colon < 0 ? raw : raw.slice(colon + 1);
    const target = byName.get(svcName);
    if (!target) continue;
    const ctr = containerName(project, target);
    out.push(
      `${ctr}:${alias}`,
      `${ctr}:${svcName}${SEPARATOR}${number}`,
      `${ctr}:${[project.name, svcName, String(number)].join(SEPARATOR)}`,
    );
  }
  for (const raw of s.externalLinks) {
    const colon = raw.indexOf(':');
    out.push(colon < 0 ? `${raw}:${raw}` : raw);
  }
  return out;
}

function portsOf(s: ProjectService): { exposed: string[]; bindings: Record<string, PortBinding[]> } {
  const exposed: string[] = [];
  const bindings: Record<string, PortBinding[]> = {};
  try {
    for (const p of s.ports) {
      if (p.syntax === 'long' && p.published === '') {
        exposed.push(...parseExpose(`${p.target}/${p.protocol}`));
        continue;
      }
      const parsed = parsePublish(p.spec);
      for (const [key, list] of Object.entries(parsed.bindings)) (bindings[key] ??= []).push(...list);
    }
    for (const e of s.expose) exposed.push(...parseExpose(e));
  } catch (e) {
    if (e instanceof PortSpecError)
      throw new ComposeError(e.message, s.source.file, s.source.ports[0]?.range ?? s.source.keyRange);
    throw e;
  }
  return { exposed, bindings };
}

/**
 * docker/compose pkg/compose/create.go createEndpointSettings: the endpoint's driver options, where
 * `interface_name` sets com.docker.network.endpoint.ifname over driver_opts (endpointDriverOpts),
 * and its gateway priority.
 */
function endpointOptions(n: ProjectServiceNetwork): Partial<EndpointConfig> {
  const driverOpts = { ...n.driverOpts };
  if (n.interfaceName) driverOpts[ENDPOINT_IFNAME] = n.interfaceName;
  return {
    ...(Object.keys(driverOpts).length > 0 ? { driverOpts } : {}),
    ...(n.gwPriority ? { gwPriority: n.gwPriority } : {}),
  };
}

function containerAction(project: Project, byName: ServiceIndex, s: ProjectService, number: number): ContainerAction {
  const name = containerName(project, s, number);
  const linkList = links(project, byName, s, number);
  const endpoints: Record<string, Partial<EndpointConfig>> = {};
  let networkMode: string;
  if (s.networkMode !== undefined) {
    networkMode = s.networkMode;
  } else {
    const ordered = byPriority(s);
    networkMode = 'none';
    ordered.forEach((n, i) => {
      const net = networkByKey(project, n.key);
      if (!net) return;
      if (i === 0) networkMode = net.name;
      const user = isUserDefined(net.name);
      endpoints[net.name] = {
        // getAliases: the container name, and for `up` the service name and the configured aliases.
        aliases: user ? [name, s.name, ...n.aliases] : [],
        ipv4Address: n.ipv4Address,
        ipv6Address: n.ipv6Address,
        macAddress: n.macAddress || (i === 0 ? s.macAddress : ''),
        links: user ? linkList : [],
        ...endpointOptions(n),
      };
    });
  }
  const { exposed, bindings } = portsOf(s);
  const options: CreateOptions = {
    name,
    image: s.image,
    cmd: s.command ?? [],
    networkMode,
    endpoints,
  };
  if (s.hostname) options.hostname = s.hostname;
  const mounts = mountsOf(project, s);
  if (mounts.length > 0) options.mounts = mounts;
  if (s.tty) options.tty = true;
  if (s.stdinOpen) options.openStdin = true;
  if (s.healthcheck) {
    // docker/compose pkg/compose/convert.go ToMobyHealthCheck (moby issue 48874).
    if (s.healthcheck.startInterval && !s.healthcheck.startPeriod)
      throw new ComposeError('healthcheck.start_interval requires healthcheck.start_period to be set');
    options.healthcheck = s.healthcheck;
  }
  if (s.environment.length > 0) options.env = s.environment;
  if (s.domainname) options.domainname = s.domainname;
  if (exposed.length > 0) options.exposedPorts = exposed;
  if (Object.keys(bindings).length > 0) options.portBindings = bindings;
  if (s.dns.length > 0) options.dns = s.dns;
  if (s.dnsSearch.length > 0) options.dnsSearch = s.dnsSearch;
  if (s.dnsOpt.length > 0) options.dnsOptions = s.dnsOpt;
  if (s.extraHosts.length > 0) options.extraHosts = s.extraHosts;
  // HostConfig.Links: on user-defined networks the engine keeps them per endpoint instead.
  if (linkList.length > 0 && !isUserDefined(networkMode)) options.links = linkList;
  const labels: Record<string, string> = {
    [LABEL_PROJECT]: project.name,
    [LABEL_SERVICE]: s.name,
    [LABEL_NUMBER]: String(number),
    [LABEL_ONEOFF]: 'False',
    [LABEL_VERSION]: COMPOSE_VERSION,
    [LABEL_WORKING_DIR]: project.workingDir,
    [LABEL_CONFIG_FILES]: project.files.join(','),
    [LABEL_DEPENDS_ON]: s.dependsOn.map((d) => `${d.service}:${d.condition}:${String(d.restart)}`).join(','),
  };
  const waitFor = s.dependsOn
    .filter((d) => d.condition !== 'service_started')
    .map((d) => ({ service: d.service, condition: d.condition }));
  const action: ContainerAction = { service: s.name, number, name, options, labels, waitFor };
  const shared = sharedService(s.networkMode);
  if (shared !== undefined) action.shareNamespaceWith = shared;
  return action;
}

export interface PlanOptions {
  /** `up --scale SERVICE=N`: replicas that override `scale` / `deploy.replicas`. */
  scale?: ReadonlyMap<string, number>;
}

/**
 * Networks by key, then containers in start order, one per replica (`<project>-<service>-N`,
 * compose-go GetScale). Throws the cycle message on a dependency cycle.
 */
export function planProject(project: Project, options: PlanOptions = {}): ComposePlan {
  const networks = [...project.networks]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((n): NetworkAction =>
      n.external
        ? { key: n.key, name: n.name, external: true }
        : { key: n.key, name: n.name, external: false, request: networkRequest(project, n) },
    );
  // create.go prepareVolumes and createVolume: compose's labels over the file's (mergeLabels).
  const volumes = [...project.volumes]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((v): VolumeAction =>
      v.external
        ? { key: v.key, name: v.name, external: true }
        : {
            key: v.key,
            name: v.name,
            external: false,
            request: {
              name: v.name,
              driver: v.driver,
              driverOpts: { ...v.driverOpts },
              labels: {
                ...v.labels,
                [LABEL_CONFIG_HASH]: volumeHash(v),
                [LABEL_PROJECT]: project.name,
                [LABEL_VERSION]: COMPOSE_VERSION,
                [LABEL_VOLUME]: v.key,
              },
            },
          },
    );
  // One index instead of a search of all services per container (5,000 services: 12.5M compares).
  const byName: ServiceIndex = new Map(project.services.map((s) => [s.name, s]));
  const containers = startOrder(project).flatMap((name) => {
    const s = byName.get(name)!;
    const replicas = options.scale?.get(name) ?? serviceScale(s);
    return Array.from({ length: replicas }, (_, i) => containerAction(project, byName, s, i + 1));
  });
  return { project: project.name, networks, volumes, containers };
}
