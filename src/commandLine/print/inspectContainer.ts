// `docker inspect <container>`: the daemon's InspectResponse (Engine 29) as CLI 29 receives it,
// and the CLI's typed view of it that `-f` templates run against.
//
// CLI 29 negotiates API 1.52, at which Engine 29 writes the struct as is: no legacy top-level
// NetworkSettings fields (IPAddress, Gateway, MacAddress, ...) nor Config.MacAddress, and the keys
// in struct order (moby daemon/server/router/container/inspect.go getContainersByName, compat.Wrap).
import { imageContent } from '../../core/catalog/images';
import { fileOwner } from '../../core/kernel/etcFiles';
import type { Lab } from '../../core/lab/lab';
import type { Container, Endpoint, PortBinding } from '../../core/lab/model';
import { formatIPv4 } from '../../core/net/ipv4';
import { isContainerMode, isUserDefined } from '../../core/daemon/networkMode';
import {
  type JsonObject,
  type JsonValue,
  NIL_MAP,
  ZERO_ADDR,
  goMap,
  goSet,
  isObject,
  stableHex,
  withOmitEmpty,
  withOrder,
} from './json';
import { goNanos, goTime } from './goTime';
import { type Healthcheck, containerHealth, isEnabled } from '../../core/daemon/health';
import { dnsNames } from '../../core/lab/labIndex';
import { shortId } from '../../core/lab/shortId';
import { imageDigest, platformManifest } from '../../core/catalog/imageMeta';

const ZERO_TIME = '0001-01-01T00:00:00Z';
const CONTAINERS = '/var/lib/docker/containers';
const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const MASKED_PATHS = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
];
const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** Go's time.RFC3339Nano for a whole-second UTC time (trailing zero fractions are dropped). */
export function rfc3339(seconds: number): string {
  return seconds > 0 ? new Date(seconds * 1000).toISOString().replace('.000Z', 'Z') : ZERO_TIME;
}

/** A sandbox lives as long as one namespace instance, so its ID follows the namespace. */
function sandboxId(c: Container): string {
  return c.netnsId === null || isContainerMode(c.networkMode) ? '' : stableHex(`sandbox:${c.id}:${c.netnsId}`, 64);
}

function pid(c: Container): number {
  return c.state === 'running' ? 1000 + (parseInt(c.id.slice(0, 6), 16) % 60000) : 0;
}

const orNull = (list: readonly string[]): JsonValue => (list.length > 0 ? [...list] : null);
const bindingsJson = (list: readonly PortBinding[]): JsonValue =>
  list.map((b) => ({ HostIp: b.hostIp, HostPort: b.hostPort }));

function portBindings(map: Record<string, PortBinding[]>): JsonObject {
  return goMap(Object.entries(map).map(([k, v]) => [k, bindingsJson(v)]));
}

/**
 * NetworkSettings.Ports: exposed ports as null, published ones with their bindings; {} unless published on a bridge
 * (moby getPortMapInfo).
 */
function portsOf(lab: Lab, c: Container): JsonObject {
  if (c.state !== 'running') return {};
  const publishes = Object.keys(c.networks).some((n) => {
    const net = lab.findNetwork(n);
    return net?.driver === 'bridge' && !net.internal;
  });
  if (!publishes) return {};
  const keys = new Set([...c.exposedPorts, ...Object.keys(c.ports)]);
  return goMap([...keys].map((k) => [k, c.ports[k] && c.ports[k].length > 0 ? bindingsJson(c.ports[k]) : null]));
}

const addr = (ip: number | null | undefined) => (ip === null || ip === undefined ? '' : formatIPv4(ip));

/** One EndpointSettings in Engine 29 field order. Stopped containers keep the entry, minus operational data. */
function endpointSettings(lab: Lab, c: Container, key: string, ep: Endpoint | undefined): JsonObject {
  const cfg = c.networks[key];
  const net = lab.findNetwork(key);
  const everStarted = c.startedAt > 0;
  const aliases = cfg?.aliases ?? [];
  return {
    IPAMConfig:
      cfg?.ipv4Address || cfg?.ipv6Address
        ? {
            ...(cfg.ipv4Address ? { IPv4Address: cfg.ipv4Address } : {}),
            ...(cfg.ipv6Address ? { IPv6Address: cfg.ipv6Address } : {}),
          }
        : null,
    Links: orNull(cfg?.links ?? []),
    Aliases: orNull(aliases),
    // The endpoint's --network driver-opt= / --driver-opt and gw-priority as the request sent them
    // (moby api/types/network EndpointSettings: a nil map is null).
    DriverOpts:
      cfg?.driverOpts && Object.keys(cfg.driverOpts).length > 0 ? goMap(Object.entries(cfg.driverOpts)) : null,
    GwPriority: cfg?.gwPriority ?? 0,
    NetworkID: everStarted || ep ? (net?.id ?? '') : '',
    EndpointID: ep?.endpointId ?? '',
    Gateway: addr(ep?.gateway),
    IPAddress: addr(ep?.ip),
    MacAddress: ep ? ep.mac : everStarted ? '' : (cfg?.macAddress ?? ''),
    IPPrefixLen: ep && ep.ip !== null ? ep.prefix : 0,
    IPv6Gateway: ep?.ipv6Gateway ?? '',
    GlobalIPv6Address: ep?.ipv6 ?? '',
    GlobalIPv6PrefixLen: ep?.ipv6Prefix ?? 0,
    DNSNames: everStarted && net && isUserDefined(net.name) ? dnsNames(c, key) : null,
  };
}

function networksOf(lab: Lab, c: Container): JsonObject {
  return goMap(
    Object.keys(c.networks).map((key) => {
      const name = lab.findNetwork(key)?.name ?? key;
      return [name, endpointSettings(lab, c, key, c.endpoints[name])];
    }),
  );
}

/** --link on the default bridge, as the daemon reports it: `/target:/self/alias`. */
function legacyLinks(lab: Lab, c: Container): JsonValue {
  const links = c.links.flatMap((l) => {
    const [target = '', alias] = l.split(':');
    const t = lab.findContainer(target);
    return t ? [`/${t.name}:/${c.name}/${alias ?? t.name}`] : [];
  });
  return orNull(links);
}

/** Mounts (moby api/types/container MountPoint): Name and Driver only for volumes (omitempty). */
function mountsJson(c: Container): JsonValue[] {
  return (c.mounts ?? []).map((m) => ({
    Type: m.type,
    ...(m.name ? { Name: m.name } : {}),
    Source: m.source,
    Destination: m.destination,
    ...(m.type === 'volume' ? { Driver: 'local' } : {}),
    Mode: m.mode,
    RW: m.rw,
    Propagation: m.propagation,
  }));
}

function hostConfig(lab: Lab, c: Container): JsonObject {
  return {
    Binds: c.binds && c.binds.length > 0 ? [...c.binds] : null,
    ContainerIDFile: '',
    LogConfig: { Type: 'json-file', Config: {} },
    NetworkMode: c.networkMode,
    PortBindings: portBindings(c.portBindings),
    RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
    AutoRemove: c.autoRemove,
    VolumeDriver: '',
    VolumesFrom: null,
    ConsoleSize: [0, 0],
    CapAdd: null,
    CapDrop: null,
    CgroupnsMode: 'private',
    Dns: [...c.dns],
    DnsOptions: [...c.dnsOptions],
    DnsSearch: [...c.dnsSearch],
    ExtraHosts: orNull(c.extraHosts),
    GroupAdd: null,
    IpcMode: 'private',
    Cgroup: '',
    Links: legacyLinks(lab, c),
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: false,
    PublishAllPorts: c.publishAll,
    ReadonlyRootfs: false,
    SecurityOpt: null,
    UTSMode: '',
    UsernsMode: '',
    ShmSize: 67108864,
    Runtime: 'runc',
    Isolation: '',
    CpuShares: 0,
    Memory: 0,
    NanoCpus: 0,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: [],
    BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [],
    BlkioDeviceReadIOps: [],
    BlkioDeviceWriteIOps: [],
    CpuPeriod: 0,
    CpuQuota: 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: '',
    CpusetMems: '',
    Devices: [],
    DeviceCgroupRules: null,
    DeviceRequests: null,
    MemoryReservation: 0,
    MemorySwap: 0,
    MemorySwappiness: null,
    OomKillDisable: null,
    PidsLimit: null,
    Ulimits: [],
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
    MaskedPaths: [...MASKED_PATHS],
    ReadonlyPaths: [...READONLY_PATHS],
  };
}

/** Config.Healthcheck (docker-image-spec HealthcheckConfig): every field omitempty, durations in nanoseconds. */
function healthConfigJson(h: Healthcheck): JsonObject {
  const out: JsonObject = {};
  if (h.test.length > 0) out['Test'] = [...h.test];
  const nanos = (key: string, seconds: number | undefined) => {
    if (seconds) out[key] = Math.round(seconds * 1e9);
  };
  nanos('Interval', h.interval);
  nanos('Timeout', h.timeout);
  nanos('StartPeriod', h.startPeriod);
  nanos('StartInterval', h.startInterval);
  if (h.retries) out['Retries'] = h.retries;
  return out;
}

function config(c: Container): JsonObject {
  return {
    Hostname: c.hostname,
    Domainname: c.domainname,
    User: '',
    // The lab does not record -d/attach, so these stay false.
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    ...(c.exposedPorts.length > 0 ? { ExposedPorts: goMap(c.exposedPorts.map((p) => [p, {}])) } : {}),
    Tty: c.tty,
    OpenStdin: c.openStdin,
    StdinOnce: false,
    Env: [PATH_ENV],
    Cmd: orNull(c.cmd),
    ...(c.healthcheck ? { Healthcheck: healthConfigJson(c.healthcheck) } : {}),
    Image: c.image,
    Volumes: null,
    WorkingDir: '',
    Entrypoint: orNull(c.entrypoint),
    Labels: goMap(Object.entries(c.labels ?? {})),
  };
}

/** The InspectResponse in Engine 29 (API 1.52) field order. */
function inspectResponse(lab: Lab, c: Container): JsonObject {
  const argv = [...c.entrypoint, ...c.cmd];
  const started = c.startedAt > 0;
  // container:<x> shares x's files (initializeNetworkingPaths); the paths exist from the first start.
  const files = fileOwner(lab, c).id;
  const sandbox = sandboxId(c);
  return {
    Id: c.id,
    Created: goTime(c.createdAt, c.id),
    Path: argv[0] ?? '',
    Args: argv.slice(1),
    State: {
      Status: c.paused ? 'paused' : c.state,
      Running: c.state === 'running',
      Paused: c.paused === true,
      Restarting: c.state === 'restarting',
      OOMKilled: false,
      Dead: c.state === 'dead',
      Pid: pid(c),
      ExitCode: c.exitCode,
      Error: '',
      StartedAt:
        c.startedAt > 0
          ? goTime(c.startedAt, `${c.id}s${c.startedAt}`, c.startedAt === c.createdAt ? goNanos(c.id) : 0)
          : rfc3339(0),
      FinishedAt: c.finishedAt > 0 ? goTime(c.finishedAt, `${c.id}f${c.finishedAt}`) : rfc3339(0),
      ...(isEnabled(c.healthcheck) && c.startedAt > 0 ? { Health: healthJson(lab, c, c.healthcheck) } : {}),
    },
    // The image's ID, as `docker image inspect` and `docker images` show it.
    Image: imageDigest(imageContent(c)),
    ResolvConfPath: started ? `${CONTAINERS}/${files}/resolv.conf` : '',
    HostnamePath: started ? `${CONTAINERS}/${files}/hostname` : '',
    HostsPath: started ? `${CONTAINERS}/${files}/hosts` : '',
    LogPath: started ? `${CONTAINERS}/${c.id}/${c.id}-json.log` : '',
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlayfs',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: 'docker-default',
    ExecIDs: null,
    HostConfig: hostConfig(lab, c),
    // The containerd snapshotter's Storage; GraphDriver (omitempty) only comes back below API 1.52.
    Storage: { RootFS: { Snapshot: { Name: 'overlayfs' } } },
    Mounts: mountsJson(c),
    Config: config(c),
    NetworkSettings: {
      SandboxID: sandbox,
      SandboxKey:
        sandbox === ''
          ? ''
          : c.networkMode === 'host'
            ? '/var/run/docker/netns/default'
            : `/var/run/docker/netns/${shortId(sandbox)}`,
      Ports: portsOf(lab, c),
      Networks: networksOf(lab, c),
    },
    // The containerd image store records the platform's manifest the container was created from;
    // its Platform is the container's when the manifest names none (daemon/inspect.go).
    ImageManifestDescriptor: { ...platformManifest(imageContent(c)), platform: { architecture: 'amd64', os: 'linux' } },
  };
}

/** What the daemon sends CLI 29 (API 1.52): the InspectResponse as is, keys in struct order (compat.Wrap, no extras). */
export function inspectContainer(lab: Lab, c: Container): JsonObject {
  return inspectResponse(lab, c);
}

/**
 * The CLI's typed InspectResponse (moby/moby api v1.52, which CLI 29 vendors), that `-f` templates see first.
 * Fields the JSON leaves out by omitempty are still there, at their zero value: an empty map prints `map[]`,
 * a nil pointer `<nil>`. Fields the struct lacks (the legacy NetworkSettings.IPAddress, Config.MacAddress) are
 * absent, so a template naming them fails here and then on the raw JSON (inspect.TemplateInspector).
 */
export function containerTemplateView(lab: Lab, c: Container): JsonObject {
  const base = inspectResponse(lab, c);
  const state = base['State'] as JsonObject;
  const settings = base['NetworkSettings'] as JsonObject;
  const networks = settings['Networks'] as JsonObject;
  return withOrder(
    {
      ...base,
      State: { ...state, Health: state['Health'] ?? null },
      GraphDriver: null,
      SizeRw: null,
      SizeRootFs: null,
      Config: withOmitEmpty(
        withOrder({ ...CONFIG_ZERO, ...typedPortSet(base['Config'] as JsonObject) }, CONFIG_ORDER),
        Object.keys(CONFIG_ZERO),
      ),
      NetworkSettings: {
        ...settings,
        Networks: goMap(Object.entries(networks).map(([k, v]) => [k, isObject(v) ? typedEndpoint(v) : v])),
      },
      ImageManifestDescriptor: null,
    },
    TOP_ORDER,
  );
}

/** EndpointSettings' netip.Addr fields: the zero Addr marshals as "" but prints "invalid IP" (net/netip Addr.String). */
const ADDR_FIELDS = ['Gateway', 'IPAddress', 'IPv6Gateway', 'GlobalIPv6Address'];

function typedEndpoint(ep: JsonObject): JsonObject {
  return { ...ep, ...Object.fromEntries(ADDR_FIELDS.filter((k) => ep[k] === '').map((k) => [k, ZERO_ADDR])) };
}

// Field order of moby/moby api v1.52 container.InspectResponse and container.Config, with their omitempty fields.
const TOP_ORDER = [
  'Id',
  'Created',
  'Path',
  'Args',
  'State',
  'Image',
  'ResolvConfPath',
  'HostnamePath',
  'HostsPath',
  'LogPath',
  'Name',
  'RestartCount',
  'Driver',
  'Platform',
  'MountLabel',
  'ProcessLabel',
  'AppArmorProfile',
  'ExecIDs',
  'HostConfig',
  'GraphDriver',
  'Storage',
  'SizeRw',
  'SizeRootFs',
  'Mounts',
  'Config',
  'NetworkSettings',
  'ImageManifestDescriptor',
];
const CONFIG_ORDER = [
  'Hostname',
  'Domainname',
  'User',
  'AttachStdin',
  'AttachStdout',
  'AttachStderr',
  'ExposedPorts',
  'Tty',
  'OpenStdin',
  'StdinOnce',
  'Env',
  'Cmd',
  'Healthcheck',
  'ArgsEscaped',
  'Image',
  'Volumes',
  'WorkingDir',
  'Entrypoint',
  'NetworkDisabled',
  'OnBuild',
  'Labels',
  'StopSignal',
  'StopTimeout',
  'Shell',
];
/** network.PortSet is a map[Port]struct{}: its values print `{}` in the typed view. */
function typedPortSet(config: JsonObject): JsonObject {
  const ports = config['ExposedPorts'];
  return isObject(ports) ? { ...config, ExposedPorts: goSet(Object.keys(ports)) } : config;
}

/**
 * Config's `json:",omitempty"` fields (moby api/types/container/config.go) at their zero value: ExposedPorts is a
 * nil map (`{{json}}` gives null, `{{.}}` map[]); marshalled again they are left out while empty.
 */
const CONFIG_ZERO: JsonObject = {
  ExposedPorts: NIL_MAP,
  Healthcheck: null,
  ArgsEscaped: false,
  NetworkDisabled: false,
  OnBuild: null,
  StopSignal: '',
  StopTimeout: null,
  Shell: null,
};

/** State.Health: Status, FailingStreak and the last results (moby api/types/container HealthcheckResult). */
function healthJson(lab: Lab, c: Container, h: Healthcheck): JsonObject {
  // A stopped container keeps its last results; CloseMonitorChannel leaves it "unhealthy".
  const running = c.state === 'running';
  const state = containerHealth(lab, c, h, running ? lab.now : c.finishedAt);
  if (!running) state.status = 'unhealthy';
  return {
    Status: state.status,
    FailingStreak: state.failingStreak,
    Log: state.log.map((r, i) => ({
      Start: goTime(r.start, `${c.id}h${i}s${r.start}`),
      End: goTime(r.end, `${c.id}h${i}e${r.end}`, goNanos(`${c.id}h${i}s${r.start}`)),
      ExitCode: r.exitCode,
      Output: r.output,
    })),
  };
}
