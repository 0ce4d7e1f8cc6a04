// `POST /containers/create`: the daemon's checks in their order (moby daemon/create.go containerCreate), then the
// record.
import { populateVolumes } from './volumeCopyUp';
import { contentSource } from '../catalog/hostImages';
import { endpointConfig, validateNetworkingConfig } from './endpointSettings';
import { daemonError } from '../lab/errors';
import { type MountRequest, checkMountSpec, mountPoints } from './volumes';
import { lookupImage, normalizedReference } from '../catalog/images';
import type { Lab } from '../lab/lab';
import type { Container, EndpointConfig, HealthConfig, PortBinding } from '../lab/model';
import { randomContainerName } from './names';
import { setOwn } from '../lab/own';
import { containerMode, containerModeTarget, isContainerMode, isDefaultMode } from './networkMode';
import { shortId } from '../lab/shortId';

export interface CreateOptions {
  name?: string;
  image: string;
  /** Command after the image; empty means the image's default. */
  cmd: string[];
  hostname?: string;
  domainname?: string;
  /** HostConfig.NetworkMode: "default", "bridge", "host", "none", "container:x" or a network. */
  networkMode: string;
  /** EndpointsConfig: one entry per network to attach at start, in order. */
  endpoints: Record<string, Partial<EndpointConfig>>;
  exposedPorts?: string[];
  portBindings?: Record<string, PortBinding[]>;
  publishAll?: boolean;
  dns?: string[];
  dnsSearch?: string[];
  dnsOptions?: string[];
  extraHosts?: string[];
  links?: string[];
  /** HostConfig.UTSMode ("host" shares the host's hostname). */
  uts?: string;
  /** -e KEY=VALUE entries. */
  env?: string[];
  /** Config.Healthcheck; zero durations mean the daemon's defaults. */
  healthcheck?: HealthConfig;
  /** HostConfig.RestartPolicy as the CLI parsed it (validated here, not otherwise modelled). */
  restartPolicy?: { name: string; maxRetries: number };
  /** Config.Labels. */
  labels?: Record<string, string>;
  autoRemove?: boolean;
  tty?: boolean;
  openStdin?: boolean;
  /** -v and --mount, parsed (HostConfig.Binds and Mounts, Config.Volumes). */
  mounts?: MountRequest[];
}

export interface CreateResult {
  container: Container;
  warnings: string[];
}

const MAX_HOSTNAME = 64;

/** validateNetContainerMode + validateNetMode: the first failure wins. */
function validateNetworkMode(o: CreateOptions): void {
  const mode = o.networkMode;
  const hasPorts = Object.keys(o.portBindings ?? {}).length > 0 || o.publishAll === true;
  if (isContainerMode(mode)) {
    if (containerModeTarget(mode) === '')
      throw daemonError('invalid network mode: invalid container format container:<name|id>');
    if (o.hostname) throw daemonError('conflicting options: hostname and the network mode');
    if ((o.links ?? []).length > 0)
      throw daemonError(
        "conflicting options: container type network can't be used with links. This would result in undefined behavior",
      );
    if ((o.dns ?? []).length > 0) throw daemonError('conflicting options: dns and the network mode');
    if ((o.extraHosts ?? []).length > 0)
      throw daemonError('conflicting options: custom host-to-IP mapping and the network mode');
    if (hasPorts) throw daemonError('conflicting options: port publishing and the container type network mode');
    if ((o.exposedPorts ?? []).length > 0)
      throw daemonError('conflicting options: port exposing and the container type network mode');
  }
  if (o.uts === 'host' && o.hostname) throw daemonError('conflicting options: hostname and the UTS mode');
  if (mode === 'host' && (o.links ?? []).length > 0) {
    throw daemonError(
      "conflicting options: host type networking can't be used with links. This would result in undefined behavior",
    );
  }
}

/** api/types/container ValidateRestartPolicy, as validateHostConfig calls it. */
export function restartPolicyError(p: { name: string; maxRetries: number }): string | undefined {
  switch (p.name) {
    case 'always':
    case 'unless-stopped':
    case 'no':
      if (p.maxRetries === 0) return undefined;
      return `invalid restart policy: maximum retry count can only be used with 'on-failure'${p.maxRetries < 0 ? ' and cannot be negative' : ''}`;
    case 'on-failure':
      return p.maxRetries < 0 ? 'invalid restart policy: maximum retry count cannot be negative' : undefined;
    case '':
      return undefined;
    default:
      return `invalid restart policy: unknown policy '${p.name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`;
  }
}

/** moby daemon/container.go validateHealthCheck; containertypes.MinimumDuration is one millisecond. */
function healthCheckError(h: HealthConfig | undefined): string | undefined {
  if (!h) return undefined;
  const tooShort = (d: number | undefined) => d !== undefined && d !== 0 && d < 0.001;
  if (tooShort(h.interval)) return 'Interval in Healthcheck cannot be less than 1ms';
  if (tooShort(h.timeout)) return 'Timeout in Healthcheck cannot be less than 1ms';
  if ((h.retries ?? 0) < 0) return 'Retries in Healthcheck cannot be negative';
  if (tooShort(h.startPeriod)) return 'StartPeriod in Healthcheck cannot be less than 1ms';
  if (tooShort(h.startInterval)) return 'StartInterval in Healthcheck cannot be less than 1ms';
  return undefined;
}

/** verifyContainerSettings: validateContainerConfig (validateHealthCheck), then validateHostConfig. */
function verifyContainerSettings(o: CreateOptions): void {
  const health = healthCheckError(o.healthcheck);
  if (health !== undefined) throw daemonError(health);
  if (o.autoRemove && o.restartPolicy && o.restartPolicy.name !== '' && o.restartPolicy.name !== 'no')
    throw daemonError("can't create 'AutoRemove' container with restart policy");
  const restart = o.restartPolicy ? restartPolicyError(o.restartPolicy) : undefined;
  if (restart !== undefined) throw daemonError(restart);
}

/** registerLinks: every legacy link target must exist and must not use host networking. */
function validateLinks(lab: Lab, links: readonly string[]): void {
  for (const link of links) {
    const name = link.split(':')[0]!;
    const target = lab.findContainer(name);
    if (!target) throw daemonError(`could not get container for ${name}: No such container: ${name}`);
    if (target.networkMode === 'host') {
      throw daemonError(
        "conflicting options: host type networking can't be used with links. This would result in undefined behavior",
      );
    }
  }
}

/**
 * The daemon's objection to a container name (moby daemon/names.go validContainerNamePattern, then
 * the name reservation), or undefined; also what a form checks as the name is typed.
 */
export function containerNameError(lab: Lab, name: string): string | undefined {
  if (!/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name)) {
    return `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`;
  }
  const existing = lab.containerByName(name);
  if (existing) {
    const bare = name.replace(/^\//, '');
    return `Conflict. The container name "/${bare}" is already in use by container "${existing.id}". You have to remove (or rename) that container to be able to reuse that name.`;
  }
  return undefined;
}

function validateName(lab: Lab, name: string): void {
  const error = containerNameError(lab, name);
  if (error !== undefined) throw daemonError(error);
}

export function createContainer(lab: Lab, o: CreateOptions): CreateResult {
  // The API router's validateCreateRequest (validateNetMode), then containerCreate's checks.
  validateNetworkMode(o);
  verifyContainerSettings(o);
  validateNetworkingConfig(lab, o.endpoints);
  if (o.name !== undefined) validateName(lab, o.name);
  if (o.hostname && o.hostname.length > MAX_HOSTNAME) {
    throw daemonError(`hostname "${o.hostname}" is too long (maximum ${MAX_HOSTNAME} bytes)`);
  }
  const warnings: string[] = [];
  const mode = isDefaultMode(o.networkMode) ? 'bridge' : o.networkMode;
  validateLinks(lab, o.links ?? []);
  if (mode === 'bridge' && (o.links ?? []).length > 0) {
    warnings.push(
      'Links on the default bridge network are deprecated and will be removed in a future release. Use a custom network instead.',
    );
  }
  if (mode === 'host' && Object.keys(o.portBindings ?? {}).length > 0) {
    warnings.push('Published ports are discarded when using host network mode');
  }
  const source = contentSource(lab, o.image);
  const image = lookupImage(source ?? o.image);
  if (!image) throw daemonError(`No such image: ${normalizedReference(o.image)}`);
  for (const m of o.mounts ?? []) if (m.raw === undefined) checkMountSpec(m);
  const id = lab.newId();
  const mounts = mountPoints(lab, o.mounts ?? []);
  const binds = (o.mounts ?? []).filter((m) => m.raw !== undefined && m.source !== '').map((m) => m.raw!);
  const name = o.name?.replace(/^\//, '') ?? randomContainerName(lab.rng, (n) => lab.containerByName(n) !== undefined);
  // adaptSharedNamespaceContainer: container:<name> becomes container:<full id> when it exists.
  let networkMode = mode;
  if (isContainerMode(mode)) {
    const target = lab.findContainer(containerModeTarget(mode));
    if (target) networkMode = containerMode(target.id);
  }
  const networks: Record<string, EndpointConfig> = {};
  const names = Object.keys(o.endpoints);
  if (names.length === 0 && !isContainerMode(mode)) setOwn(networks, mode, endpointConfig({}));
  for (const net of names) setOwn(networks, net, endpointConfig(o.endpoints[net]!));
  const exposed = [
    ...new Set([...(image?.exposed ?? []), ...(o.exposedPorts ?? []), ...Object.keys(o.portBindings ?? {})]),
  ];
  const container: Container = {
    id,
    name,
    image: o.image,
    ...(source !== undefined ? { imageSource: source } : {}),
    entrypoint: image?.entrypoint ?? [],
    cmd: o.cmd.length > 0 ? o.cmd : (image?.cmd ?? []),
    createdAt: lab.now,
    state: 'created',
    exitCode: 0,
    startedAt: 0,
    finishedAt: 0,
    hostname:
      o.hostname ||
      (mode === 'host' || o.uts === 'host' ? lab.hostProfile.hostname : isContainerMode(mode) ? '' : shortId(id)),
    domainname: o.domainname ?? '',
    networkMode,
    networks,
    exposedPorts: exposed,
    portBindings: o.portBindings ?? {},
    publishAll: o.publishAll ?? false,
    dns: o.dns ?? [],
    dnsSearch: o.dnsSearch ?? [],
    dnsOptions: o.dnsOptions ?? [],
    extraHosts: o.extraHosts ?? [],
    links: o.links ?? [],
    autoRemove: o.autoRemove ?? false,
    tty: o.tty ?? false,
    openStdin: o.openStdin ?? false,
    netnsId: null,
    endpoints: {},
    ports: {},
    logs: [],
    restartCount: 0,
    env: (o.env ?? []).filter((e) => e.includes('=')),
    ...(o.healthcheck ? { healthcheck: { ...o.healthcheck, test: [...o.healthcheck.test] } } : {}),
    ...(o.labels ? { labels: { ...o.labels } } : {}),
    ...(mounts.length > 0 ? { mounts } : {}),
    ...(binds.length > 0 ? { binds } : {}),
  };
  lab.batch(() => {
    lab.addContainer(container);
    populateVolumes(lab, container, o.mounts ?? []);
    lab.markChanged();
  });
  return { container, warnings };
}
