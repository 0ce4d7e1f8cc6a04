// One compose file's text into its source model: syntax check, schema check, then every key the
// lab uses read with its range. Nothing is normalised here (see normalize.ts).
import { TokenizeError, tokenize } from '../core/text/shellWords';
import { ComposeError } from './errors';
import type {
  ComposeFileSource,
  DependsOnSource,
  EnvFileSource,
  IpamConfigSource,
  Located,
  NetworkSource,
  PortSource,
  Range,
  ServiceNetworkSource,
  ServiceSource,
  ServiceVolumeSource,
} from './model';
import { serviceVolume, throwVolumeSpecErrors, uniqueByTarget, volume } from './loadVolumes';
import { keyValues, located, locatedBool, locatedNumber, stringList } from './yamlValues';
import { validateSchema } from './schema';
import {
  type YamlEntry,
  type YamlNode,
  entries,
  isMapping,
  isSequence,
  items,
  kindOf,
  nodeRange,
  parseYaml,
  scalarText,
  scalarValue,
} from './yamlTree';
import type { ComposeWarning } from './errors';
import type { Lookup } from './interpolate';
import { interpolateDocument } from './interpolateTree';
import { parseDuration } from '../core/daemon/health';
import type { HealthConfig } from '../core/lab/model';

function splitCommand(text: string): string[] {
  try {
    return tokenize(text);
  } catch (e) {
    if (e instanceof TokenizeError) return text.split(/\s+/).filter((w) => w !== '');
    throw e;
  }
}

function command(node: YamlNode): Located<string[]> | undefined {
  if (isSequence(node)) return { value: items(node).map((i) => scalarText(i) ?? ''), range: nodeRange(node) };
  const text = scalarText(node);
  return text === undefined ? undefined : { value: splitCommand(text), range: nodeRange(node) };
}

/** Short syntax `[[host_ip:]published:]target[/protocol]`. */
function shortPort(spec: string, range: Range): PortSource {
  const slash = spec.lastIndexOf('/');
  const protocol = slash < 0 ? 'tcp' : spec.slice(slash + 1);
  const body = slash < 0 ? spec : spec.slice(0, slash);
  let hostIp = '';
  let rest = body;
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(body);
  if (bracket) {
    hostIp = bracket[1]!;
    rest = bracket[2]!;
  }
  const parts = rest.split(':');
  let published = '';
  let target = parts[parts.length - 1]!;
  if (parts.length >= 2) published = parts[parts.length - 2]!;
  if (parts.length >= 3 && !bracket) hostIp = parts.slice(0, -2).join(':');
  if (parts.length === 1) target = parts[0]!;
  return { range, syntax: 'short', spec, target, published, hostIp, protocol };
}

function port(node: YamlNode): PortSource | undefined {
  const range = nodeRange(node);
  if (isMapping(node)) {
    const get = (k: string) => scalarText(entries(node).find((e) => e.key === k)?.value ?? null) ?? '';
    const target = get('target');
    const published = get('published');
    const hostIp = get('host_ip');
    const protocol = get('protocol') || 'tcp';
    const hostPart = hostIp
      ? `${hostIp.includes(':') ? `[${hostIp}]` : hostIp}:${published}:`
      : published
        ? `${published}:`
        : '';
    return { range, syntax: 'long', spec: `${hostPart}${target}/${protocol}`, target, published, hostIp, protocol };
  }
  const text = scalarText(node);
  return text === undefined ? undefined : shortPort(text, range);
}

function extraHosts(node: YamlNode): Located<string>[] {
  if (isMapping(node)) {
    return entries(node).flatMap((e) =>
      stringList(e.value).map((ip) => ({ value: `${e.key}:${ip.value}`, range: e.range })),
    );
  }
  return stringList(node);
}

/** `environment:` as a list of KEY=VALUE or a map; map values keep their YAML text. */
function environment(node: YamlNode): Located<string>[] {
  if (isMapping(node))
    return entries(node).map((e) => ({
      value: e.value === null || scalarText(e.value) === undefined ? e.key : `${e.key}=${scalarText(e.value)!}`,
      range: e.range,
    }));
  return stringList(node);
}

/**
 * compose-go's healthcheck (types/healthcheck.go HealthCheckConfig) as docker/compose sends it
 * (pkg/compose/convert.go ToMobyHealthCheck): a string test runs in a shell, `disable: true` is
 * ["NONE"], durations not given are 0 (the daemon's defaults).
 */
function healthcheck(node: YamlNode): HealthConfig | undefined {
  const fields = new Map(entries(node).map((e) => [e.key, e.value]));
  const seconds = (key: string) => parseDuration(scalarText(fields.get(key) ?? null) ?? '') ?? 0;
  const testNode = fields.get('test') ?? null;
  const text = scalarText(testNode);
  const test = text !== undefined ? ['CMD-SHELL', text] : items(testNode).map((n) => scalarText(n) ?? '');
  const disabled = scalarValue(fields.get('disable') ?? null) === true;
  const retries = scalarValue(fields.get('retries') ?? null);
  const h: HealthConfig = {
    test: disabled ? ['NONE'] : test,
    interval: seconds('interval'),
    timeout: seconds('timeout'),
    startPeriod: seconds('start_period'),
    startInterval: seconds('start_interval'),
    retries: typeof retries === 'number' ? retries : 0,
  };
  return h.test.length > 0 ? h : undefined;
}

/** compose-go transform/envfile.go: a string, or a list of strings and `{path, required}` mappings. */
function envFiles(node: YamlNode): EnvFileSource[] {
  const one = (item: YamlNode): EnvFileSource[] => {
    if (isMapping(item)) {
      const fields = new Map(entries(item).map((f) => [f.key, f.value]));
      const path = located(fields.get('path') ?? null);
      const required = scalarValue(fields.get('required') ?? null);
      return path ? [{ path, required: required !== false && required !== 'false' }] : [];
    }
    const path = located(item);
    return path ? [{ path, required: true }] : [];
  };
  return isSequence(node) ? items(node).flatMap(one) : one(node);
}

function dependsOn(node: YamlNode): DependsOnSource[] {
  if (isMapping(node)) {
    return entries(node).map((e) => {
      const fields = new Map(entries(e.value).map((f) => [f.key, scalarValue(f.value)]));
      const restart = fields.get('restart');
      const required = fields.get('required');
      return {
        service: e.key,
        range: e.range,
        condition: typeof fields.get('condition') === 'string' ? String(fields.get('condition')) : 'service_started',
        restart: restart === true || restart === 'true',
        required: required === undefined ? true : required === true,
      };
    });
  }
  return stringList(node).map((l) => ({
    service: l.value,
    range: l.range,
    condition: 'service_started',
    restart: false,
    required: true,
  }));
}

function serviceNetworks(e: YamlEntry): ServiceSource['networks'] {
  const node = e.value;
  if (isSequence(node)) {
    const list = items(node).flatMap((item): ServiceNetworkSource[] => {
      const name = scalarText(item);
      const r = nodeRange(item);
      return name === undefined ? [] : [{ name, keyRange: r, range: r, aliases: [] }];
    });
    return { range: e.range, keyRange: e.keyRange, form: 'list', entries: list };
  }
  const list = entries(node).map((n): ServiceNetworkSource => {
    const f = new Map(entries(n.value).map((x) => [x.key, x.value]));
    const net: ServiceNetworkSource = {
      name: n.key,
      keyRange: n.keyRange,
      range: n.range,
      aliases: stringList(f.get('aliases') ?? null),
    };
    const set = <K extends keyof ServiceNetworkSource>(k: K, v: ServiceNetworkSource[K] | undefined) => {
      if (v !== undefined) net[k] = v;
    };
    set('ipv4Address', located(f.get('ipv4_address') ?? null));
    set('ipv6Address', located(f.get('ipv6_address') ?? null));
    set('macAddress', located(f.get('mac_address') ?? null));
    set('interfaceName', located(f.get('interface_name') ?? null));
    set('priority', locatedNumber(f.get('priority') ?? null));
    set('gwPriority', locatedNumber(f.get('gw_priority') ?? null));
    const driverOpts = f.get('driver_opts');
    if (driverOpts) set('driverOpts', keyValues(driverOpts));
    return net;
  });
  return { range: e.range, keyRange: e.keyRange, form: 'map', entries: list };
}

/** One entry of `services:` read into its source (exported for the editor's per-service model). */
export function service(file: string, e: YamlEntry): ServiceSource {
  const s: ServiceSource = {
    name: e.key,
    file,
    keyRange: e.keyRange,
    range: e.range,
    keys: [],
    hasBuild: false,
    ports: [],
    expose: [],
    dns: [],
    dnsSearch: [],
    dnsOpt: [],
    extraHosts: [],
    links: [],
    externalLinks: [],
    dependsOn: [],
  };
  for (const f of entries(e.value)) {
    s.keys.push({ key: f.key, keyRange: f.keyRange, value: null, range: f.range });
    const v = f.value;
    const one = (key: 'image' | 'networkMode' | 'hostname' | 'domainname' | 'containerName' | 'macAddress') => {
      const l = located(v);
      if (l) s[key] = l;
    };
    switch (f.key) {
      case 'image':
        one('image');
        break;
      case 'build':
        s.hasBuild = true;
        break;
      case 'command': {
        const c = command(v);
        if (c) s.command = c;
        break;
      }
      case 'network_mode':
        one('networkMode');
        break;
      case 'networks':
        s.networks = serviceNetworks(f);
        break;
      case 'ports':
        s.ports = items(v)
          .map(port)
          .filter((p): p is PortSource => p !== undefined);
        break;
      case 'expose':
        s.expose = stringList(v);
        break;
      case 'hostname':
        one('hostname');
        break;
      case 'domainname':
        one('domainname');
        break;
      case 'mac_address':
        one('macAddress');
        break;
      case 'dns':
        s.dns = stringList(v);
        break;
      case 'dns_search':
        s.dnsSearch = stringList(v);
        break;
      case 'dns_opt':
        s.dnsOpt = stringList(v);
        break;
      case 'extra_hosts':
        s.extraHosts = extraHosts(v);
        break;
      case 'links':
        s.links = stringList(v);
        break;
      case 'external_links':
        s.externalLinks = stringList(v);
        break;
      case 'depends_on':
        s.dependsOn = dependsOn(v);
        break;
      case 'container_name':
        one('containerName');
        break;
      case 'profiles':
        s.profiles = stringList(v);
        break;
      case 'environment':
        s.environment = environment(v);
        break;
      case 'restart': {
        const l = located(v);
        if (l) s.restart = l;
        break;
      }
      case 'tty':
      case 'stdin_open': {
        const b = locatedBool(v);
        if (b) s[f.key === 'tty' ? 'tty' : 'stdinOpen'] = b;
        break;
      }
      case 'healthcheck': {
        const h = healthcheck(v);
        if (h) s.healthcheck = { value: h, range: f.range };
        break;
      }
      case 'scale': {
        const n = locatedNumber(v);
        if (n) s.scale = n;
        break;
      }
      case 'deploy': {
        const replicas = entries(v).find((d) => d.key === 'replicas');
        const n = replicas ? locatedNumber(replicas.value) : undefined;
        if (n) s.replicas = n;
        break;
      }
      case 'env_file':
        s.envFiles = envFiles(v);
        break;
      case 'volumes':
        s.volumes = uniqueByTarget(
          items(v)
            .map(serviceVolume)
            .filter((x): x is ServiceVolumeSource => x !== undefined),
        );
        break;
      default:
        break;
    }
  }
  return s;
}

function ipamConfig(node: YamlNode): IpamConfigSource {
  const c: IpamConfigSource = { range: nodeRange(node) };
  for (const f of entries(node)) {
    const l = located(f.value);
    if (!l) continue;
    if (f.key === 'subnet') c.subnet = l;
    else if (f.key === 'ip_range') c.ipRange = l;
    else if (f.key === 'gateway') c.gateway = l;
  }
  const aux = entries(node).find((f) => f.key === 'aux_addresses');
  if (aux) c.auxAddresses = keyValues(aux.value);
  return c;
}

/** One entry of top-level `networks:` read into its source (exported for the editor's model). */
export function network(file: string, e: YamlEntry): NetworkSource {
  const n: NetworkSource = { key: e.key, file, keyRange: e.keyRange, range: e.range, driverOpts: [], labels: [] };
  n.keys = entries(e.value).map((f) => ({ key: f.key, keyRange: f.keyRange, value: null, range: f.range }));
  for (const f of entries(e.value)) {
    const v = f.value;
    switch (f.key) {
      case 'name': {
        const l = located(v);
        if (l) n.name = l;
        break;
      }
      case 'driver': {
        const l = located(v);
        if (l) n.driver = l;
        break;
      }
      case 'driver_opts':
        n.driverOpts = keyValues(v);
        break;
      case 'labels':
        n.labels = keyValues(v);
        break;
      case 'ipam': {
        const fields = new Map(entries(v).map((x) => [x.key, x.value]));
        const driver = located(fields.get('driver') ?? null);
        n.ipam = {
          range: f.range,
          config: items(fields.get('config') ?? null).map(ipamConfig),
          ...(driver ? { driver } : {}),
        };
        break;
      }
      case 'external': {
        if (isMapping(v)) {
          n.external = { value: true, range: f.range };
          const name = located(entries(v).find((x) => x.key === 'name')?.value ?? null);
          if (name) n.externalName = name;
        } else {
          const b = locatedBool(v);
          if (b) n.external = b;
          else if (kindOf(v) === 'string') n.external = { value: scalarText(v) === 'true', range: nodeRange(v) };
        }
        break;
      }
      case 'internal': {
        const b = locatedBool(v);
        if (b) n.internal = b;
        break;
      }
      case 'enable_ipv4': {
        const b = locatedBool(v);
        if (b) n.enableIpv4 = b;
        break;
      }
      case 'enable_ipv6': {
        const b = locatedBool(v);
        if (b) n.enableIpv6 = b;
        break;
      }
      case 'attachable': {
        const b = locatedBool(v);
        if (b) n.attachable = b;
        break;
      }
      default:
        break;
    }
  }
  return n;
}

/** Parses and schema-checks one file. Throws ComposeError (with the file and the range) on the first problem. */
export function loadComposeFile(
  path: string,
  text: string,
  env?: Lookup,
  warnings: ComposeWarning[] = [],
): ComposeFileSource {
  const doc = parseYaml(path, text);
  if (env) interpolateDocument(doc, path, env, warnings);
  const root = doc.contents as YamlNode;
  const file: ComposeFileSource = { path, text, keys: [], services: [], networks: [], volumes: [] };
  if (root === null || kindOf(root) === 'null') return file;
  if (!isMapping(root)) throw new ComposeError('top-level object must be a mapping', path, nodeRange(root));
  validateSchema(path, root);
  for (const e of entries(root)) {
    file.keys.push({ key: e.key, keyRange: e.keyRange, value: null, range: e.range });
    if (e.key === 'name') {
      const l = located(e.value);
      if (l) file.name = l;
    } else if (e.key === 'version') {
      const l = located(e.value);
      if (l) file.version = l;
    } else if (e.key === 'services') {
      file.servicesRange = e.range;
      file.services = entries(e.value).map((s) => service(path, s));
    } else if (e.key === 'networks') {
      file.networksRange = e.range;
      file.networks = entries(e.value).map((n) => network(path, n));
    } else if (e.key === 'volumes') {
      file.volumesRange = e.range;
      file.volumes = entries(e.value).map((v) => volume(path, v));
    }
  }
  throwVolumeSpecErrors(file);
  return file;
}

/** Whether the file has any top-level key at all (compose-go's "empty compose file"). */
export function isEmptyFile(file: ComposeFileSource): boolean {
  return file.keys.every((k) => k.key === 'version');
}
