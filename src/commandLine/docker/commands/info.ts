// `docker info` / `docker system info [-f FORMAT]`: docker/cli v29.0.0 cli/command/system/info.go (runInfo,
// prettyPrintInfo, prettyPrintClientInfo, prettyPrintServerInfo, formatInfo) over the dockerInfo the lab's
// engine answers (moby docker-v29.0.0 daemon/info.go SystemInfo; api/types/system/info.go for the fields and
// their order in `{{json .}}`).
import { COMPOSE_VERSION } from '../../../compose/plan';
import { HOST_FACTS, type SystemInfo, systemInfo } from '../../../core/daemon/systemInfo';
import { type Output, fail, ok } from '../../../core/lab/output';
import { TemplateError, executeTemplate, parseTemplate, templateParsingError } from '../../print/goTemplate';
import { withGoType } from '../../print/goTypes';
import { goTime } from '../../print/goTime';
import { type JsonObject, type JsonValue, goMap, withOmitEmpty } from '../../print/json';
import type { CommandContext } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { RELEASE } from './version';

const FLAGS = [{ name: 'format', short: 'f', type: 'string' }] as const;

/** newInfoCommand (`Use: "info [OPTIONS]"`), added both at the root and under `docker system`. */
export const INFO: CommandSpec = { usage: 'docker info [OPTIONS]', arity: { kind: 'none' }, flags: FLAGS };
export const SYSTEM_INFO: CommandSpec = {
  usage: 'docker system info [OPTIONS]',
  arity: { kind: 'none' },
  flags: FLAGS,
};

/**
 * The CLI plugins the docker-ce packages install (docker-buildx-plugin, docker-compose-plugin) under
 * /usr/libexec/docker/cli-plugins. Compose's version is the one `docker compose version` prints; buildx is
 * v0.29.1, current when 29.0.0 shipped. Neither sets a URL; ShortDescription is the root command's Short
 * (cli-plugins/plugin/plugin.go newMetadataSubcommand).
 */
const CLI_PLUGINS = [
  { name: 'buildx', description: 'Docker Buildx', version: 'v0.29.1' },
  { name: 'compose', description: 'Docker Compose', version: `v${COMPOSE_VERSION}` },
] as const;
const PLUGIN_DIR = '/usr/libexec/docker/cli-plugins';
const PLUGIN_VENDOR = 'Docker Inc.';

/** The lab's CLI talks to its one simulated engine: the default context, no debug (-D) flag. */
const CONTEXT = 'default';

/** Which names a view uses: the json tags (what `{{json .}}` writes) or the Go fields (what a path names). */
type Naming = 'json' | 'go';

function clientInfo(naming: Naming): JsonObject {
  const nil = nilSlice(naming);
  const plugins = CLI_PLUGINS.map((p) => {
    const plugin: JsonObject = {
      SchemaVersion: '0.1.0',
      Vendor: PLUGIN_VENDOR,
      Version: p.version,
      ShortDescription: p.description,
      URL: '',
      Hidden: false,
      Name: p.name,
      Path: `${PLUGIN_DIR}/docker-${p.name}`,
      Err: null,
      ShadowedPaths: nil(),
    };
    withGoType(plugin, 'manager.Plugin');
    // metadata.Metadata's and manager.Plugin's fields are all omitempty.
    return naming === 'json' ? withOmitEmpty(plugin, Object.keys(plugin)) : plugin;
  });
  const info: JsonObject = {
    Debug: false,
    Platform: withGoType({ Name: RELEASE.platform }, '*system.platformInfo'),
    Version: RELEASE.version,
    [naming === 'json' ? 'ApiVersion' : 'APIVersion']: '',
    DefaultAPIVersion: RELEASE.apiVersion,
    GitCommit: RELEASE.clientCommit,
    GoVersion: RELEASE.goVersion,
    Os: RELEASE.os,
    Arch: RELEASE.arch,
    BuildTime: RELEASE.built,
    Context: CONTEXT,
    Plugins: plugins,
    Warnings: nil(),
  };
  withGoType(info, '*system.clientInfo');
  // clientVersion's fields are omitempty but Context.
  return naming === 'json'
    ? withOmitEmpty(info, [
        'Platform',
        'Version',
        'ApiVersion',
        'DefaultAPIVersion',
        'GitCommit',
        'GoVersion',
        'Os',
        'Arch',
        'BuildTime',
      ])
    : info;
}

/**
 * A nil Go slice: `{{json}}` writes null, but the template prints it as [] with len 0, so the Go-named view
 * holds an empty array.
 */
const nilSlice = (naming: Naming) => (): JsonValue[] | null => (naming === 'json' ? null : []);

/** The dockerInfo runInfo fills: system.Info's fields (embedded), then ClientInfo. */
function dockerInfo(s: SystemInfo, systemTime: string, naming: Naming): JsonObject {
  const f = HOST_FACTS;
  const json = naming === 'json';
  const nil = nilSlice(naming);
  const runtime = (): JsonObject => withGoType({ [json ? 'path' : 'Path']: 'runc' }, 'system.RuntimeWithStatus');
  const info: JsonObject = {
    ID: f.id,
    Containers: s.containers,
    ContainersRunning: s.running,
    ContainersPaused: s.paused,
    ContainersStopped: s.stopped,
    Images: s.images,
    Driver: f.storageDriver,
    DriverStatus: f.driverStatus.map((pair) => [...pair]),
    ...(json ? {} : { SystemStatus: nil() }),
    Plugins: withGoType(
      { Volume: s.volumeDrivers, Network: s.networkDrivers, Authorization: nil(), Log: [...f.logDrivers] },
      'system.PluginsInfo',
    ),
    MemoryLimit: true,
    SwapLimit: true,
    [json ? 'CpuCfsPeriod' : 'CPUCfsPeriod']: true,
    [json ? 'CpuCfsQuota' : 'CPUCfsQuota']: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    Debug: false,
    NFd: f.nfd,
    // cgroup v2 has no oom-kill-disable.
    OomKillDisable: false,
    NGoroutines: f.ngoroutines,
    SystemTime: systemTime,
    LoggingDriver: f.loggingDriver,
    CgroupDriver: f.cgroupDriver,
    CgroupVersion: f.cgroupVersion,
    NEventsListener: 0,
    KernelVersion: f.kernelVersion,
    OperatingSystem: f.operatingSystem,
    OSVersion: f.osVersion,
    OSType: f.osType,
    Architecture: f.architecture,
    IndexServerAddress: f.indexServerAddress,
    RegistryConfig: withGoType(
      {
        InsecureRegistryCIDRs: [...f.insecureRegistryCidrs],
        IndexConfigs: goMap([
          [
            'docker.io',
            withGoType({ Name: 'docker.io', Mirrors: [], Secure: true, Official: true }, '*registry.IndexInfo'),
          ],
        ]),
        Mirrors: [],
      },
      '*registry.ServiceConfig',
    ),
    NCPU: f.ncpu,
    MemTotal: f.memTotal,
    GenericResources: nil(),
    DockerRootDir: f.dockerRootDir,
    [json ? 'HttpProxy' : 'HTTPProxy']: '',
    [json ? 'HttpsProxy' : 'HTTPSProxy']: '',
    NoProxy: '',
    Name: s.name,
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: RELEASE.version,
    Runtimes: goMap(f.runtimes.map((name) => [name, runtime()])),
    DefaultRuntime: f.defaultRuntime,
    Swarm: withGoType(
      {
        NodeID: '',
        NodeAddr: '',
        LocalNodeState: 'inactive',
        ControlAvailable: false,
        Error: '',
        RemoteManagers: nil(),
        ...(json ? {} : { Nodes: 0, Managers: 0, Cluster: null, Warnings: nil() }),
      },
      'swarm.Info',
    ),
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: f.initBinary,
    ContainerdCommit: withGoType({ ID: RELEASE.components[0].gitCommit }, 'system.Commit'),
    RuncCommit: withGoType({ ID: RELEASE.components[1].gitCommit }, 'system.Commit'),
    InitCommit: withGoType({ ID: RELEASE.components[2].gitCommit }, 'system.Commit'),
    SecurityOptions: [...f.securityOptions],
    // DEFAULT_PRODUCT_LICENSE is empty in the docker-ce build; default-address-pools is unset (the built-in
    // pools apply but the daemon reports only configured ones, daemon/info.go fillDefaultAddressPools).
    ...(json ? {} : { ProductLicense: '', DefaultAddressPools: nil() }),
    FirewallBackend: withGoType({ Driver: f.firewallBackend }, '*system.FirewallInfo'),
    CDISpecDirs: [...f.cdiSpecDirs],
    ...(json ? {} : { DiscoveredDevices: [] }),
    Containerd: withGoType(
      {
        Address: f.containerdAddress,
        Namespaces: withGoType(
          { Containers: f.containerdNamespaces.containers, Plugins: f.containerdNamespaces.plugins },
          'system.ContainerdNamespaces',
        ),
      },
      '*system.ContainerdInfo',
    ),
    // No warnings on a default Debian 12 host: cgroup v2 with every controller, IPv4 forwarding on, no TCP socket.
    Warnings: nil(),
    ...(json ? {} : { ServerErrors: nil(), UserName: '' }),
    // APIVersion is left empty with a format (runInfo sets it only for the default output).
    ClientInfo: clientInfo(naming),
    ...(json ? {} : { ClientErrors: nil() }),
  };
  return withGoType(info, 'system.dockerInfo');
}

/** fmt.Println's rendering of a value, for the `label:`, value lines. */
const line = (...parts: Array<string | number | boolean>) => `${parts.join(' ')}\n`;

/** prettyPrintClientInfo; the Client line carries the platform (clientPlatform). */
function clientText(): string {
  let text = line('Client:', RELEASE.platform);
  text += line(' Version:   ', RELEASE.version);
  text += line(' Context:   ', CONTEXT);
  text += line(' Debug Mode:', false);
  text += line(' Plugins:');
  for (const p of CLI_PLUGINS) {
    text += `  ${p.name}: ${p.description} (${PLUGIN_VENDOR})\n`;
    text += line('    Version: ', p.version);
    text += line('    Path:    ', `${PLUGIN_DIR}/docker-${p.name}`);
  }
  return text;
}

/** prettyPrintServerInfo for a Linux daemon outside swarm, without debug, proxies, labels or mirrors. */
function serverText(s: SystemInfo): string {
  const f = HOST_FACTS;
  let text = line('Server:');
  text += line(' Containers:', s.containers);
  text += line('  Running:', s.running);
  text += line('  Paused:', s.paused);
  text += line('  Stopped:', s.stopped);
  text += line(' Images:', s.images);
  text += line(' Server Version:', RELEASE.version);
  text += line(' Storage Driver:', f.storageDriver);
  for (const [k, v] of f.driverStatus) text += `  ${k}: ${v}\n`;
  text += line(' Logging Driver:', f.loggingDriver);
  text += line(' Cgroup Driver:', f.cgroupDriver);
  text += line(' Cgroup Version:', f.cgroupVersion);
  text += line(' Plugins:');
  text += line('  Volume:', s.volumeDrivers.join(' '));
  text += line('  Network:', s.networkDrivers.join(' '));
  text += line('  Log:', f.logDrivers.join(' '));
  text += line(' CDI spec directories:');
  for (const dir of f.cdiSpecDirs) text += `  ${dir}\n`;
  text += line(' Swarm:', 'inactive');
  text += line(' Runtimes:', f.runtimes.join(' '));
  text += line(' Default Runtime:', f.defaultRuntime);
  text += line(' Init Binary:', f.initBinary);
  text += line(' containerd version:', RELEASE.components[0].gitCommit);
  text += line(' runc version:', RELEASE.components[1].gitCommit);
  text += line(' init version:', RELEASE.components[2].gitCommit);
  text += securityText(f.securityOptions);
  text += line(' Kernel Version:', f.kernelVersion);
  text += line(' Operating System:', f.operatingSystem);
  text += line(' OSType:', f.osType);
  text += line(' Architecture:', f.architecture);
  text += line(' CPUs:', f.ncpu);
  text += line(' Total Memory:', bytesSize(f.memTotal));
  text += line(' Name:', s.name);
  text += line(' ID:', f.id);
  text += line(' Docker Root Dir:', f.dockerRootDir);
  text += line(' Debug Mode:', false);
  text += line(' Experimental:', false);
  // RegistryConfig: docker.io is secure, so only the CIDRs are listed.
  text += line(' Insecure Registries:');
  for (const cidr of f.insecureRegistryCidrs) text += `  ${cidr}\n`;
  text += line(' Live Restore Enabled:', false);
  text += line(' Firewall Backend:', f.firewallBackend);
  return `${text}\n`;
}

/** client/pkg/security DecodeOptions as prettyPrintServerInfo lists them: the name, then a profile. */
function securityText(options: readonly string[]): string {
  let text = line(' Security Options:');
  for (const option of options) {
    const fields = new Map(option.split(',').map((kv) => kv.split('=') as [string, string]));
    text += `  ${fields.get('name') ?? ''}\n`;
    const profile = fields.get('profile');
    if (profile !== undefined) text += line('   Profile:', profile);
  }
  return text;
}

/** go-units BytesSize: binary units, `%.4g`. */
function bytesSize(size: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];
  let i = 0;
  while (size >= 1024 && i < units.length - 1) {
    size /= 1024;
    i++;
  }
  return `${Number(size.toPrecision(4))}${units[i]!}`;
}

/** time.Now().Format(time.RFC3339Nano) in the daemon's zone (UTC in the lab), nanoseconds from the clock's second. */
const systemTime = (seconds: number): string => goTime(seconds, `system-time-${seconds}`);

function formatInfo(format: string, s: SystemInfo, time: string): Output {
  // formatter.JSONFormatKey is the template {{json .}}.
  const template = format === 'json' ? '{{json .}}' : format;
  let nodes;
  try {
    nodes = parseTemplate(template);
  } catch (e) {
    if (e instanceof TemplateError) return fail(`${templateParsingError(e)}\n`, 64);
    throw e;
  }
  // The struct marshals with its json tags ({{json .}} has CpuCfsPeriod) but a field path names the Go field
  // (.CPUCfsPeriod) and prints a nil slice as []: a template that calls json runs over the marshalled names
  // first and the Go names when a path fails there; any other runs over the Go names, as Go's does.
  const views: Naming[] = /\bjson\b/.test(template) ? ['json', 'go'] : ['go'];
  try {
    let text = '';
    for (const [i, naming] of views.entries()) {
      try {
        text = executeTemplate(template, nodes, dockerInfo(s, time, naming));
        break;
      } catch (e) {
        if (!(e instanceof TemplateError) || i === views.length - 1) throw e;
      }
    }
    return ok(`${text}\n`);
  } catch (e) {
    // formatInfo: the error is returned (exit 1) after the newline it always prints.
    if (e instanceof TemplateError) return { stdout: '\n', stderr: `${e.message}\n`, exitCode: 1 };
    throw e;
  }
}

function runInfo(ctx: CommandContext, spec: CommandSpec, args: string[]): Output {
  const p = prologue(spec, args);
  if (p.output) return p.output;
  const format = p.flags.strings.get('format') ?? '';
  const s = systemInfo(ctx.lab);
  if (format !== '') return formatInfo(format, s, systemTime(ctx.lab.now));
  return ok(`${clientText()}\n${serverText(s)}`);
}

export const infoCommand = (ctx: CommandContext, args: string[]): Output => runInfo(ctx, INFO, args);
export const systemInfoCommand = (ctx: CommandContext, args: string[]): Output => runInfo(ctx, SYSTEM_INFO, args);
