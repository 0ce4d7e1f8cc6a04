// Turns parsed `docker run`/`create` flags into the create request, with the CLI's own checks
// (docker/cli cli/command/container/opts.go parse) in the CLI's words. Throws DockerError('cli') on bad input.
import type { CreateOptions } from '../../core/daemon/containerCreate';
import { cliError } from '../../core/lab/errors';
import type { EndpointConfig, PortBinding } from '../../core/lab/model';
import { parseIPv4 } from '../../core/net/ipv4';
import { isContainerMode, isUserDefined } from '../../core/daemon/networkMode';
import { setOwn } from '../../core/lab/own';
import { parseDuration } from '../../core/daemon/health';
import type { ParsedFlags } from './flags';
import { PortSpecError, parseExpose, parsePublish } from '../../core/net/portSpec';

interface NetworkAttachment {
  target: string;
  aliases: string[];
  ipv4: string;
  ipv6: string;
  mac: string;
  links: string[];
  driverOpts?: Record<string, string>;
  gwPriority?: number;
}

/** `--network NAME` or the advanced `--network name=n,alias=a,ip=...` form. */
function parseNetworkOpt(value: string): NetworkAttachment {
  const att: NetworkAttachment = { target: value, aliases: [], ipv4: '', ipv6: '', mac: '', links: [] };
  if (!value.includes('=')) return att;
  att.target = '';
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    const v = eq < 0 ? '' : field.slice(eq + 1).trim();
    if (key === 'name') att.target = v;
    else if (key === 'alias') att.aliases.push(v);
    else if (key === 'ip') att.ipv4 = v;
    else if (key === 'ip6') att.ipv6 = v;
    else if (key === 'mac-address') att.mac = v;
    else if (key === 'link') att.links.push(v);
    else if (key === 'driver-opt') {
      // opts/network.go parseDriverOpt: the whole field was lower-cased, value included.
      const cut = v.toLowerCase().indexOf('=');
      const optKey = (cut < 0 ? v : v.slice(0, cut)).toLowerCase().trim();
      if (cut < 0 || optKey === '')
        throw cliError(
          `invalid argument "${value}" for "--network" flag: invalid key value pair format in driver options`,
        );
      att.driverOpts = {
        ...(att.driverOpts ?? {}),
        [optKey]: v
          .slice(cut + 1)
          .toLowerCase()
          .trim(),
      };
    } else if (key === 'gw-priority') {
      // strconv.Atoi's NumError, unwrapped.
      if (!/^[+-]?\d+$/.test(v))
        throw cliError(`invalid argument "${value}" for "--network" flag: invalid gw-priority (${v}): invalid syntax`);
      att.gwPriority = Number(v);
    } else if (key === 'link-local-ip') continue;
    else throw cliError(`invalid argument "${value}" for "--network" flag: invalid field key ${key}`);
  }
  if (att.target === '')
    throw cliError(`invalid argument "${value}" for "--network" flag: network name/id is not specified`);
  return att;
}

const MAC = /^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$/;

function validateDns(values: string[]): void {
  for (const v of values) {
    if (parseIPv4(v) === undefined && !/^[0-9a-fA-F:]+:[0-9a-fA-F:]*$/.test(v)) {
      throw cliError(`invalid argument "${v}" for "--dns" flag: IP address is not correctly formatted: ${v}`);
    }
  }
}

function validateAddHost(values: string[]): void {
  for (const v of values) {
    const sep = v.includes('=') ? v.indexOf('=') : v.indexOf(':');
    if (sep <= 0) throw cliError(`invalid argument "${v}" for "--add-host" flag: bad format for add-host: "${v}"`);
    const ip = v.slice(sep + 1).replace(/^\[|\]$/g, '');
    const ok = ip === 'host-gateway' || parseIPv4(ip) !== undefined || /^[0-9a-fA-F:]+:[0-9a-fA-F:]*$/.test(ip);
    if (!ok) throw cliError(`invalid argument "${v}" for "--add-host" flag: invalid IP address in add-host: "${ip}"`);
  }
}

function ports(flags: ParsedFlags): { exposed: string[]; bindings: Record<string, PortBinding[]> } {
  const exposed: string[] = [];
  const bindings: Record<string, PortBinding[]> = {};
  try {
    for (const p of flags.lists.get('publish') ?? []) {
      const parsed = parsePublish(p);
      for (const [key, list] of Object.entries(parsed.bindings)) (bindings[key] ??= []).push(...list);
    }
    for (const e of flags.lists.get('expose') ?? []) exposed.push(...parseExpose(e));
  } catch (e) {
    if (e instanceof PortSpecError) throw cliError(e.message);
    throw e;
  }
  return { exposed, bindings };
}

/** Go's time.ParseDuration for the --health-* flags, negative values included; undefined when invalid. */
function goDuration(text: string): number | undefined {
  const negative = text.startsWith('-');
  const body = text.replace(/^[-+]/, '');
  if (body === '0') return 0;
  const d = parseDuration(body);
  return d === undefined ? undefined : negative ? -d : d;
}

const HEALTH_DURATIONS = ['health-interval', 'health-timeout', 'health-start-period', 'health-start-interval'];

/** --health-* / --no-healthcheck as Config.Healthcheck (docker/cli opts.go parse, "Healthcheck"). */
function healthOptions(flags: ParsedFlags): { healthcheck?: { test: string[]; interval: number; retries?: number } } {
  const durations: Record<string, number> = {};
  for (const name of HEALTH_DURATIONS) {
    const text = flags.strings.get(name);
    if (text === undefined) continue;
    const d = goDuration(text);
    if (d === undefined)
      throw cliError(`invalid argument "${text}" for "--${name}" flag: time: invalid duration "${text}"`);
    durations[name] = d;
  }
  const retriesText = flags.strings.get('health-retries');
  const retries = retriesText === undefined ? 0 : Number(retriesText);
  if (retriesText !== undefined && !/^[+-]?\d+$/.test(retriesText)) {
    throw cliError(
      `invalid argument "${retriesText}" for "--health-retries" flag: strconv.ParseInt: parsing ${JSON.stringify(retriesText)}: invalid syntax`,
    );
  }
  const cmd = flags.strings.get('health-cmd') ?? '';
  const haveSettings = cmd !== '' || Object.values(durations).some((d) => d !== 0) || retries !== 0;
  if (flags.bools.has('no-healthcheck')) {
    if (haveSettings) throw cliError('--no-healthcheck conflicts with --health-* options');
    return { healthcheck: { test: ['NONE'], interval: 30 } };
  }
  if (!haveSettings) return {};
  for (const name of HEALTH_DURATIONS) if ((durations[name] ?? 0) < 0) throw cliError(`--${name} cannot be negative`);
  if (retries < 0) throw cliError('--health-retries cannot be negative');
  // Interval 0 means the engine's default; the daemon checks the minimum (validateHealthCheck).
  if (cmd === '') return {};
  // Retries 0 is the engine's default (3): only a number given reaches the check.
  const interval = durations['health-interval'] ?? 0;
  return { healthcheck: { test: ['CMD-SHELL', cmd], interval, ...(retries > 0 ? { retries } : {}) } };
}

/** container.UTSMode / PidMode / UsernsMode / CgroupnsMode Valid() (moby api/types/container/hostconfig.go). */
const MODE_CHECKS: ReadonlyArray<{ flag: string; valid: (v: string) => boolean; message: string }> = [
  {
    flag: 'pid',
    valid: (v) => v === '' || v === 'host' || (v.startsWith('container:') && v.length > 'container:'.length),
    message: '--pid: invalid PID mode',
  },
  { flag: 'uts', valid: (v) => v === '' || v === 'host', message: '--uts: invalid UTS mode' },
  { flag: 'userns', valid: (v) => v === '' || v === 'host', message: '--userns: invalid USER mode' },
  {
    flag: 'cgroupns',
    valid: (v) => v === '' || v === 'host' || v === 'private',
    message: '--cgroupns: invalid CGROUP mode',
  },
];

/** opts.ParseRestartPolicy (docker/cli opts/parse.go): the policy's name and retry count. */
export function parseRestartPolicy(policy: string): { name: string; maxRetries: number } {
  if (policy === '') return { name: '', maxRetries: 0 };
  const colon = policy.indexOf(':');
  const name = colon < 0 ? policy : policy.slice(0, colon);
  const count = colon < 0 ? '' : policy.slice(colon + 1);
  if (colon >= 0 && name === '') throw cliError('invalid restart policy format: no policy provided before colon');
  if (count !== '' && !/^[+-]?\d+$/.test(count))
    throw cliError('invalid restart policy format: maximum retry count must be an integer');
  return { name, maxRetries: count === '' ? 0 : Number(count) };
}

/** opts.ConvertKVStringsToMap: `k=v`, or `k` with an empty value. */
function labelsFrom(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    setOwn(out, eq < 0 ? v : v.slice(0, eq), eq < 0 ? '' : v.slice(eq + 1));
  }
  return out;
}

/**
 * parseNetworkOpts with applyContainerOptions and parseNetworkAttachmentOpt, in their order: the
 * first network takes the top-level flags, each network is checked as it comes, the mix of
 * user-defined and other modes last.
 */
function networkEndpoints(
  flags: ParsedFlags,
  attachments: NetworkAttachment[],
): { networkMode: string; endpoints: Record<string, Partial<EndpointConfig>>; hostLinks: string[] } {
  const aliases = flags.lists.get('network-alias') ?? [];
  const ip = flags.strings.get('ip') ?? '';
  const ip6 = flags.strings.get('ip6') ?? '';
  const mac = flags.strings.get('mac-address') ?? '';
  const links = flags.lists.get('link') ?? [];
  const applyContainerOptions = (n: NetworkAttachment) => {
    if (n.aliases.length > 0 && aliases.length > 0)
      throw cliError('conflicting options: cannot specify both --network-alias and per-network alias');
    if (n.links.length > 0 && links.length > 0)
      throw cliError('conflicting options: cannot specify both --link and per-network links');
    if (n.ipv4 && ip) throw cliError('conflicting options: cannot specify both --ip and per-network IPv4 address');
    if (n.ipv6 && ip6) throw cliError('conflicting options: cannot specify both --ip6 and per-network IPv6 address');
    if (n.mac && mac)
      throw cliError('conflicting options: cannot specify both --mac-address and per-network MAC address');
    if (aliases.length > 0) n.aliases = [...aliases];
    // --link is an endpoint option (an alias) on a user-defined network, a legacy link otherwise.
    if (isUserDefined(n.target) && links.length > 0) n.links = [...links];
    if (ip) n.ipv4 = ip;
    if (ip6) n.ipv6 = ip6;
    if (mac) n.mac = mac;
  };
  const checkAttachment = (n: NetworkAttachment) => {
    if (n.target.trim() === '') throw cliError('no name set for network');
    if (!isUserDefined(n.target)) {
      if (n.aliases.length > 0) throw cliError('network-scoped aliases are only supported for user-defined networks');
      if (n.links.length > 0) throw cliError('links are only supported for user-defined networks');
    }
    if (n.mac && !MAC.test(n.mac.trim())) throw cliError(`${n.mac} is not a valid mac address`);
  };
  const list = attachments.length > 0 ? attachments : [emptyAttachment('default')];
  const seen = new Set<string>();
  let userDefined = false;
  let other = false;
  for (const [i, a] of list.entries()) {
    if (isUserDefined(a.target)) userDefined = true;
    else other = true;
    if (i === 0) applyContainerOptions(a);
    checkAttachment(a);
    if (seen.has(a.target)) throw cliError(`network "${a.target}" is specified multiple times`);
    seen.add(a.target);
  }
  if (userDefined && other)
    throw cliError('conflicting options: cannot attach both user-defined and non-user-defined network-modes');
  const primary = list[0]!;
  const endpoints: Record<string, Partial<EndpointConfig>> = {};
  for (const a of list) {
    const hasSettings =
      a.aliases.length > 0 || a.ipv4 || a.ipv6 || a.mac || a.links.length > 0 || a.driverOpts || a.gwPriority;
    if (isContainerMode(a.target) || (a.target === 'default' && !hasSettings)) continue;
    setOwn(endpoints, a.target === 'default' ? 'bridge' : a.target, {
      aliases: a.aliases,
      ipv4Address: a.ipv4,
      ipv6Address: a.ipv6,
      macAddress: a.mac,
      links: a.links,
      ...(a.driverOpts ? { driverOpts: a.driverOpts } : {}),
      ...(a.gwPriority ? { gwPriority: a.gwPriority } : {}),
    });
  }
  return {
    networkMode: primary.target,
    endpoints,
    hostLinks: isUserDefined(primary.target) ? [] : links,
  };
}

const emptyAttachment = (target: string): NetworkAttachment => ({
  target,
  aliases: [],
  ipv4: '',
  ipv6: '',
  mac: '',
  links: [],
});

/** Builds the create request from flags and positionals (IMAGE [COMMAND] [ARG...]), checked as docker/cli parse does. */
export function createOptionsFrom(flags: ParsedFlags): CreateOptions {
  const [image, ...cmd] = flags.positionals;
  const mac = flags.strings.get('mac-address') ?? '';
  if (mac && !MAC.test(mac.trim())) throw cliError(`${mac} is not a valid mac address`);
  // pflag validates these as the flags are read, before parse.
  validateDns(flags.lists.get('dns') ?? []);
  validateAddHost(flags.lists.get('add-host') ?? []);
  const attachments = (flags.lists.get('network') ?? []).map(parseNetworkOpt);
  const { exposed, bindings } = ports(flags);
  for (const check of MODE_CHECKS) if (!check.valid(flags.strings.get(check.flag) ?? '')) throw cliError(check.message);
  const restart = parseRestartPolicy(flags.strings.get('restart') ?? '');
  const health = healthOptions(flags);
  const autoRemove = flags.bools.has('rm');
  if (autoRemove && restart.name !== '' && restart.name !== 'no')
    throw cliError('conflicting options: cannot specify both --restart and --rm');
  const { networkMode, endpoints, hostLinks } = networkEndpoints(flags, attachments);
  const labels = flags.lists.get('label') ?? [];
  return {
    name: flags.strings.get('name'),
    image: image ?? '',
    cmd,
    hostname: flags.strings.get('hostname'),
    domainname: flags.strings.get('domainname'),
    networkMode,
    endpoints,
    exposedPorts: exposed,
    portBindings: bindings,
    publishAll: flags.bools.has('publish-all'),
    dns: flags.lists.get('dns') ?? [],
    dnsSearch: flags.lists.get('dns-search') ?? [],
    dnsOptions: flags.lists.get('dns-option') ?? [],
    extraHosts: flags.lists.get('add-host') ?? [],
    links: hostLinks,
    uts: flags.strings.get('uts'),
    env: flags.lists.get('env') ?? [],
    ...health,
    ...(flags.strings.has('restart') ? { restartPolicy: restart } : {}),
    ...(labels.length > 0 ? { labels: labelsFrom(labels) } : {}),
    autoRemove,
    tty: flags.bools.has('tty'),
    openStdin: flags.bools.has('interactive'),
  };
}
