// The normalised project as lab actions (docker/compose pkg/compose/create.go):
// project networks as `docker network create` requests with compose's labels, then one container
// per service in start order, with its create request: endpoint aliases (container name, service
// name, configured aliases), `network_mode` passed through (`service:x` resolved when x's
// container exists), ports, expose, dns, extra_hosts, hostname, links.
import { PortSpecError, parseExpose, parsePublish } from '../core/net/portSpec';
import type { CreateOptions } from '../core/daemon/containerCreate';
import type { EndpointConfig, PortBinding } from '../core/lab/model';
import type { NetworkCreateRequest } from '../core/daemon/networkCreateRequest';
import { isUserDefined } from '../core/daemon/networkMode';
import { ENDPOINT_IFNAME } from '../core/daemon/endpointSettings';
import { startOrder } from './dependencies';
import { ComposeError } from './errors';
import type { Project, ProjectNetwork, ProjectService, ProjectServiceNetwork } from './project';
import { networkByKey, serviceScale, sharedService } from './project';

/** The docker/compose release the labels name (docker/compose pkg/api/labels.go ComposeVersion). */
export const COMPOSE_VERSION = '5.5.0';
export const LABEL_PROJECT = 'com.docker.compose.project';
export const LABEL_SERVICE = 'com.docker.compose.service';
export const LABEL_NETWORK = 'com.docker.compose.network';
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
  if (ipam.length > 0) req.ipam = ipam.map((c) => ({ subnet: c.subnet, ipRange: c.ipRange, gateway: c.gateway }));
  return req;
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
  // One index instead of a search of all services per container (5,000 services: 12.5M compares).
  const byName: ServiceIndex = new Map(project.services.map((s) => [s.name, s]));
  const containers = startOrder(project).flatMap((name) => {
    const s = byName.get(name)!;
    const replicas = options.scale?.get(name) ?? serviceScale(s);
    return Array.from({ length: replicas }, (_, i) => containerAction(project, byName, s, i + 1));
  });
  return { project: project.name, networks, containers };
}
