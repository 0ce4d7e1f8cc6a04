// compose-go loader/normalize.go Normalize for the lab's keys: implicit depends_on from
// `network_mode: service:x` and `links`, the implicit `default` network, network and volume names
// (`<project>_<key>`; `name:` and external ones verbatim: setNameFromKey), volume targets cleaned,
// and bind sources made absolute (paths/resolve.go absVolumeMount).
import { ComposeError } from './errors';
import type { ComposeFileSource, NetworkSource, ServiceSource, ServiceVolumeSource, VolumeSource } from './model';
import type {
  Project,
  ProjectDependency,
  ProjectNetwork,
  ProjectService,
  ProjectServiceNetwork,
  ProjectServiceVolume,
  ProjectVolume,
} from './project';
import { sharedService } from './project';
import { cleanPath } from './volumeSpec';
import { joinPath, resolvePath } from '../core/files/posixPath';

function dependencies(s: ServiceSource, normalize: boolean): ProjectDependency[] {
  const out: ProjectDependency[] = s.dependsOn.map((d) => ({
    service: d.service,
    condition: d.condition,
    restart: d.restart,
    required: d.required,
    range: d.range,
    source: d,
  }));
  if (!normalize) return out;
  const has = (name: string) => out.some((d) => d.service === name);
  for (const link of s.links) {
    const parts = link.value.split(':');
    const target = parts.length === 2 ? parts[0]! : link.value;
    if (!has(target))
      out.push({
        service: target,
        condition: 'service_started',
        restart: true,
        required: true,
        implicit: 'links',
        range: link.range,
      });
  }
  const shared = sharedService(s.networkMode?.value);
  if (shared !== undefined && !has(shared)) {
    out.push({
      service: shared,
      condition: 'service_started',
      restart: true,
      required: true,
      implicit: 'network_mode',
      range: s.networkMode!.range,
    });
  }
  return out;
}

function serviceNetworks(s: ServiceSource, normalize: boolean): ProjectServiceNetwork[] {
  const declared = (s.networks?.entries ?? []).map((n): ProjectServiceNetwork => ({
    key: n.name,
    aliases: n.aliases.map((a) => a.value),
    ipv4Address: n.ipv4Address?.value ?? '',
    ipv6Address: n.ipv6Address?.value ?? '',
    macAddress: n.macAddress?.value ?? '',
    interfaceName: n.interfaceName?.value ?? '',
    priority: n.priority?.value ?? 0,
    gwPriority: n.gwPriority?.value ?? 0,
    driverOpts: Object.fromEntries((n.driverOpts ?? []).map((o) => [o.key, o.value])),
    source: n,
  }));
  if (!normalize || s.networkMode !== undefined || declared.length > 0) return declared;
  return [
    {
      key: 'default',
      aliases: [],
      ipv4Address: '',
      ipv6Address: '',
      macAddress: '',
      interfaceName: '',
      priority: 0,
      gwPriority: 0,
      driverOpts: {},
    },
  ];
}

/**
 * paths/resolve.go absVolumeMount and unix.go maybeUnixPath: a bind's source with `~` expanded
 * (ExpandUser, from HOME) and joined to the project folder when relative; a bind without a source
 * fails as the daemon's mount check words it.
 */
function bindSource(s: ServiceSource, v: ServiceVolumeSource, workingDir: string, home: string | undefined): string {
  const source = v.source;
  if (source === '')
    throw new ComposeError('invalid mount config for type "bind": field Source must not be empty', s.file, v.range);
  const expanded = source.startsWith('~') && home !== undefined ? joinPath(home, source.slice(1)) : source;
  return expanded.startsWith('/') ? expanded : joinPath(workingDir, expanded);
}

function serviceVolumes(
  s: ServiceSource,
  normalize: boolean,
  workingDir: string,
  home?: string,
): ProjectServiceVolume[] {
  return (s.volumes ?? []).map((v) => {
    const out: ProjectServiceVolume = {
      type: v.type,
      source: v.type === 'bind' ? bindSource(s, v, workingDir, home) : v.source,
      // normalize.go cleans every target; the short syntax's already is (transform/volume.go).
      target: normalize && v.target !== '' ? cleanPath(v.target) : v.target,
      readOnly: v.readOnly,
      origin: v,
    };
    if (v.bind) out.bind = { ...v.bind };
    if (v.volume) out.volume = { ...v.volume };
    return out;
  });
}

function service(s: ServiceSource, normalize: boolean, workingDir: string, home?: string): ProjectService {
  const out: ProjectService = {
    name: s.name,
    source: s,
    image: s.image?.value ?? '',
    networks: serviceNetworks(s, normalize),
    ports: s.ports,
    expose: s.expose.map((e) => e.value),
    hostname: s.hostname?.value ?? '',
    domainname: s.domainname?.value ?? '',
    macAddress: s.macAddress?.value ?? '',
    dns: s.dns.map((d) => d.value),
    dnsSearch: s.dnsSearch.map((d) => d.value),
    dnsOpt: s.dnsOpt.map((d) => d.value),
    extraHosts: s.extraHosts.map((h) => h.value),
    links: s.links.map((l) => l.value),
    externalLinks: s.externalLinks.map((l) => l.value),
    dependsOn: dependencies(s, normalize),
    environment: (s.environment ?? []).map((e) => e.value),
    profiles: (s.profiles ?? []).map((p) => p.value),
    envFiles: (s.envFiles ?? []).map((f) => ({ path: resolvePath(workingDir, f.path.value), required: f.required })),
    volumes: serviceVolumes(s, normalize, workingDir, home),
  };
  if (s.command) out.command = s.command.value;
  if (s.networkMode) out.networkMode = s.networkMode.value;
  if (s.containerName) out.containerName = s.containerName.value;
  if (s.healthcheck) out.healthcheck = s.healthcheck.value;
  if (s.restart) out.restart = s.restart.value;
  if (s.tty) out.tty = s.tty.value;
  if (s.stdinOpen) out.stdinOpen = s.stdinOpen.value;
  if (s.scale) out.scale = s.scale.value;
  if (s.replicas) out.replicas = s.replicas.value;
  return out;
}

function network(project: string, n: NetworkSource | undefined, key: string, normalize: boolean): ProjectNetwork {
  const external = n?.external?.value ?? false;
  const explicit = n?.name?.value ?? n?.externalName?.value;
  const name = explicit ?? (!normalize ? '' : external ? key : `${project}_${key}`);
  const out: ProjectNetwork = {
    key,
    name,
    external,
    driver: n?.driver?.value ?? '',
    driverOpts: Object.fromEntries((n?.driverOpts ?? []).map((o) => [o.key, o.value])),
    ipamDriver: n?.ipam?.driver?.value ?? '',
    ipamConfig: (n?.ipam?.config ?? []).map((c) => ({
      subnet: c.subnet?.value ?? '',
      ipRange: c.ipRange?.value ?? '',
      gateway: c.gateway?.value ?? '',
      auxAddresses: Object.fromEntries((c.auxAddresses ?? []).map((a) => [a.key, a.value])),
    })),
    internal: n?.internal?.value ?? false,
    attachable: n?.attachable?.value ?? false,
    labels: Object.fromEntries((n?.labels ?? []).map((l) => [l.key, l.value])),
  };
  if (n?.enableIpv4) out.enableIpv4 = n.enableIpv4.value;
  if (n?.enableIpv6) out.enableIpv6 = n.enableIpv6.value;
  if (n) out.source = n;
  return out;
}

/** setNameFromKey for `volumes`: `name:`, else the key when external, else `<project>_<key>`. */
function volume(project: string, v: VolumeSource, normalize: boolean): ProjectVolume {
  const external = v.external?.value ?? false;
  const explicit = v.name?.value ?? v.externalName?.value;
  return {
    key: v.key,
    name: explicit ?? (!normalize ? '' : external ? v.key : `${project}_${v.key}`),
    external,
    driver: v.driver?.value ?? '',
    driverOpts: Object.fromEntries(v.driverOpts.map((o) => [o.key, o.value])),
    labels: Object.fromEntries(v.labels.map((l) => [l.key, l.value])),
    source: v,
  };
}

export interface NormalizeOptions {
  /** compose-go SkipNormalization: no implicit depends_on, no default network, no names. */
  skip?: boolean;
  /** HOME, for `~` in bind sources (paths/home.go ExpandUser). */
  home?: string;
}

export function normalizeProject(
  file: ComposeFileSource,
  projectName: string,
  workingDir: string,
  files: string[],
  options: NormalizeOptions = {},
): Project {
  const normalize = !options.skip;
  const services = file.services.map((s) => service(s, normalize, workingDir, options.home));
  const networks = file.networks.map((n) => network(projectName, n, n.key, normalize));
  const volumes = file.volumes.map((v) => volume(projectName, v, normalize));
  const usesDefault = services.some((s) => s.networks.some((n) => n.key === 'default'));
  if (normalize && usesDefault && !networks.some((n) => n.key === 'default'))
    networks.push(network(projectName, undefined, 'default', normalize));
  return { name: projectName, workingDir, files, services, networks, volumes };
}
