// `docker compose config`: the normalised project as YAML in compose-go's canonical form (project
// name, services by name with their networks filled in, networks with their engine names). Only the
// keys the lab models are printed.
import { stringify } from 'yaml';
import type { Project, ProjectNetwork, ProjectService, ProjectServiceVolume, ProjectVolume } from './project';
import type { HealthConfig } from '../core/lab/model';
import { formatGoDuration } from '../core/text/goDuration';

export type Yaml = null | string | number | boolean | Yaml[] | { [key: string]: Yaml };

const byName = <T>(list: T[], key: (t: T) => string): T[] =>
  [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** A Go map as yaml.v3 and encoding/json write it: keys sorted. */
const sortedMap = (m: Readonly<Record<string, Yaml>>): Record<string, Yaml> =>
  Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** compose-go types/healthcheck.go HealthCheckConfig in its field order; durations as Duration.String(). */
function healthcheckYaml(h: HealthConfig): Yaml {
  if (h.test[0] === 'NONE') return { disable: true };
  const out: Record<string, Yaml> = { test: h.test };
  const duration = (key: string, seconds: number | undefined) => {
    if (seconds) out[key] = formatGoDuration(seconds);
  };
  duration('timeout', h.timeout);
  duration('interval', h.interval);
  if (h.retries) out['retries'] = h.retries;
  duration('start_period', h.startPeriod);
  duration('start_interval', h.startInterval);
  return out;
}

function portsYaml(s: ProjectService): Yaml[] {
  return s.ports.map((p) => {
    const out: Record<string, Yaml> = { mode: 'ingress' };
    if (p.hostIp) out['host_ip'] = p.hostIp;
    out['target'] = Number(p.target);
    if (p.published) out['published'] = p.published;
    out['protocol'] = p.protocol;
    return out;
  });
}

/**
 * compose-go types.ServiceVolumeConfig in its field order: `bind` and `volume` as the short syntax
 * sets them (`bind: {}`, `volume: {}`), create_host_path only when false (OptOut).
 */
function volumeMountYaml(v: ProjectServiceVolume): Record<string, Yaml> {
  const out: Record<string, Yaml> = {};
  if (v.type) out['type'] = v.type;
  if (v.source) out['source'] = v.source;
  if (v.target) out['target'] = v.target;
  if (v.readOnly) out['read_only'] = true;
  if (v.bind) {
    const bind: Record<string, Yaml> = {};
    if (v.bind.selinux) bind['selinux'] = v.bind.selinux;
    if (v.bind.propagation) bind['propagation'] = v.bind.propagation;
    if (!v.bind.createHostPath) bind['create_host_path'] = false;
    out['bind'] = bind;
  }
  if (v.volume) {
    const volume: Record<string, Yaml> = {};
    if (v.volume.nocopy) volume['nocopy'] = true;
    if (v.volume.subpath) volume['subpath'] = v.volume.subpath;
    out['volume'] = volume;
  }
  return out;
}

/** compose-go types.VolumeConfig in its field order. */
function volumeYaml(v: ProjectVolume): Record<string, Yaml> {
  const out: Record<string, Yaml> = { name: v.name };
  if (v.driver) out['driver'] = v.driver;
  if (Object.keys(v.driverOpts).length > 0) out['driver_opts'] = sortedMap(v.driverOpts);
  if (v.external) out['external'] = true;
  if (Object.keys(v.labels).length > 0) out['labels'] = sortedMap(v.labels);
  return out;
}

function serviceYaml(s: ProjectService): Record<string, Yaml> {
  const out: Record<string, Yaml> = {};
  if (s.command) out['command'] = s.command;
  if (s.containerName) out['container_name'] = s.containerName;
  if (s.dependsOn.length > 0) {
    out['depends_on'] = Object.fromEntries(
      byName(s.dependsOn, (d) => d.service).map((d) => {
        const dep: Record<string, Yaml> = { condition: d.condition };
        if (d.restart) dep['restart'] = true;
        dep['required'] = d.required;
        return [d.service, dep];
      }),
    );
  }
  if (s.dns.length > 0) out['dns'] = s.dns;
  if (s.dnsOpt.length > 0) out['dns_opt'] = s.dnsOpt;
  if (s.dnsSearch.length > 0) out['dns_search'] = s.dnsSearch;
  if (s.domainname) out['domainname'] = s.domainname;
  if (s.environment.length > 0) {
    out['environment'] = sortedMap(
      Object.fromEntries(
        s.environment.map((e) => {
          const eq = e.indexOf('=');
          return eq < 0 ? [e, null] : [e.slice(0, eq), e.slice(eq + 1)];
        }),
      ),
    );
  }
  if (s.expose.length > 0) out['expose'] = s.expose;
  if (s.externalLinks.length > 0) out['external_links'] = s.externalLinks;
  if (s.extraHosts.length > 0) out['extra_hosts'] = s.extraHosts;
  if (s.healthcheck) out['healthcheck'] = healthcheckYaml(s.healthcheck);
  if (s.hostname) out['hostname'] = s.hostname;
  out['image'] = s.image;
  if (s.links.length > 0) out['links'] = s.links;
  if (s.macAddress) out['mac_address'] = s.macAddress;
  if (s.networkMode !== undefined) out['network_mode'] = s.networkMode;
  if (s.networks.length > 0) {
    out['networks'] = Object.fromEntries(
      byName(s.networks, (n) => n.key).map((n) => {
        const cfg: Record<string, Yaml> = {};
        if (n.aliases.length > 0) cfg['aliases'] = n.aliases;
        if (Object.keys(n.driverOpts).length > 0) cfg['driver_opts'] = sortedMap(n.driverOpts);
        if (n.gwPriority) cfg['gw_priority'] = n.gwPriority;
        if (n.interfaceName) cfg['interface_name'] = n.interfaceName;
        if (n.ipv4Address) cfg['ipv4_address'] = n.ipv4Address;
        if (n.ipv6Address) cfg['ipv6_address'] = n.ipv6Address;
        if (n.macAddress) cfg['mac_address'] = n.macAddress;
        if (n.priority) cfg['priority'] = n.priority;
        return [n.key, Object.keys(cfg).length > 0 ? cfg : null];
      }),
    );
  }
  if (s.ports.length > 0) out['ports'] = portsYaml(s);
  if (s.profiles.length > 0) out['profiles'] = s.profiles;
  if (s.restart) out['restart'] = s.restart;
  if (s.replicas !== undefined) out['deploy'] = { replicas: s.replicas };
  if (s.scale !== undefined) out['scale'] = s.scale;
  if (s.stdinOpen) out['stdin_open'] = true;
  if (s.tty) out['tty'] = true;
  if (s.volumes.length > 0) out['volumes'] = s.volumes.map(volumeMountYaml);
  return out;
}

/** compose-go types.ServiceConfig's field order, which encoding/json follows (the YAML above is sorted). */
const SERVICE_JSON_ORDER = [
  'profiles',
  'command',
  'container_name',
  'depends_on',
  'deploy',
  'dns',
  'dns_opt',
  'dns_search',
  'domainname',
  'entrypoint',
  'environment',
  'expose',
  'external_links',
  'extra_hosts',
  'hostname',
  'healthcheck',
  'image',
  'links',
  'mac_address',
  'network_mode',
  'networks',
  'ports',
  'restart',
  'scale',
  'stdin_open',
  'tty',
  'volumes',
];

/** `command` and `entrypoint` have no omitempty in compose-go's json tags: null when unset. */
function serviceJson(s: ProjectService): Record<string, Yaml> {
  const yaml = serviceYaml(s);
  const out: Record<string, Yaml> = {};
  for (const k of SERVICE_JSON_ORDER) {
    const v = yaml[k];
    if (v !== undefined) out[k] = v;
    else if (k === 'command' || k === 'entrypoint') out[k] = null;
  }
  return out;
}

function networkYaml(n: ProjectNetwork): Record<string, Yaml> {
  const out: Record<string, Yaml> = { name: n.name };
  if (n.driver) out['driver'] = n.driver;
  if (Object.keys(n.driverOpts).length > 0) out['driver_opts'] = sortedMap(n.driverOpts);
  if (n.ipamDriver || n.ipamConfig.length > 0) {
    const ipam: Record<string, Yaml> = {};
    if (n.ipamDriver) ipam['driver'] = n.ipamDriver;
    if (n.ipamConfig.length > 0) {
      ipam['config'] = n.ipamConfig.map((c) => {
        const pool: Record<string, Yaml> = {};
        if (c.subnet) pool['subnet'] = c.subnet;
        if (c.gateway) pool['gateway'] = c.gateway;
        if (c.ipRange) pool['ip_range'] = c.ipRange;
        if (Object.keys(c.auxAddresses).length > 0) pool['aux_addresses'] = sortedMap(c.auxAddresses);
        return pool;
      });
    }
    out['ipam'] = ipam;
  }
  if (n.external) out['external'] = true;
  if (n.internal) out['internal'] = true;
  if (n.attachable) out['attachable'] = true;
  if (Object.keys(n.labels).length > 0) out['labels'] = sortedMap(n.labels);
  if (n.enableIpv4 !== undefined) out['enable_ipv4'] = n.enableIpv4;
  if (n.enableIpv6 !== undefined) out['enable_ipv6'] = n.enableIpv6;
  return out;
}

/**
 * The project as compose-go marshals it: YAML (name, services, networks, volumes: the struct's
 * order) or JSON (Project.MarshalJSON: a Go map, so name, networks, services, volumes; each service
 * in its struct's field order). Empty networks and volumes are left out (omitempty).
 */
export function canonicalDocument(project: Project, flavour: 'yaml' | 'json' = 'yaml'): { [key: string]: Yaml } {
  const render = flavour === 'json' ? serviceJson : serviceYaml;
  const services = Object.fromEntries(byName(project.services, (s) => s.name).map((s) => [s.name, render(s)]));
  const networks =
    project.networks.length > 0
      ? Object.fromEntries(byName(project.networks, (n) => n.key).map((n) => [n.key, networkYaml(n)]))
      : undefined;
  const volumes =
    project.volumes.length > 0
      ? Object.fromEntries(byName(project.volumes, (v) => v.key).map((v) => [v.key, volumeYaml(v)]))
      : undefined;
  const doc: { [key: string]: Yaml } = { name: project.name };
  if (flavour === 'json' && networks) doc['networks'] = networks;
  doc['services'] = services;
  if (flavour === 'yaml' && networks) doc['networks'] = networks;
  if (volumes) doc['volumes'] = volumes;
  return doc;
}

export function canonicalYaml(project: Project): string {
  const doc = canonicalDocument(project);
  return stringify(doc, {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
    nullStr: 'null',
  });
}
