// Turns parsed `docker run`/`create` flags into the create request, with the CLI's own checks
// (docker/cli cli/command/container/opts.go parse) in the CLI's words. Throws DockerError('cli') on bad input.
import type { CreateOptions } from '../../core/daemon/containerCreate';
import { FlagValueError, cliError } from '../../core/lab/errors';
import { mountRequests } from './mountFlag';
import { goParseIP } from './networkIpamFlags';
import type { EndpointConfig, HealthConfig, PortBinding } from '../../core/lab/model';
import { isContainerMode, isUserDefined } from '../../core/daemon/networkMode';
import { setOwn } from '../../core/lab/own';
import { parseGoDuration } from '../../core/text/goDuration';
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
        throw new FlagValueError(value, '--network', 'invalid key value pair format in driver options');
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
        throw new FlagValueError(value, '--network', `invalid gw-priority (${v}): invalid syntax`);
      att.gwPriority = Number(v);
    } else if (key === 'link-local-ip') continue;
    else throw new FlagValueError(value, '--network', `invalid field key ${key}`);
  }
  if (att.target === '') throw new FlagValueError(value, '--network', 'network name/id is not specified');
  return att;
}

const MAC = /^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$/;

/** docker/cli opts/opts.go ValidateIPAddress: net.ParseIP of the trimmed value. */
function validateDns(values: string[]): void {
  for (const v of values) {
    if (goParseIP(v.trim()) === undefined)
      throw new FlagValueError(v, '--dns', `IP address is not correctly formatted: ${v}`);
  }
}

/**
 * docker/cli opts/hosts.go ValidateExtraHost: `host=ip` or `host:ip` (split at the first `=`, else
 * the first `:`), a host without `:`, and an address (brackets allowed) unless `host-gateway`.
 */
function validateAddHost(values: string[]): string[] {
  return values.map((v) => {
    const sep = v.includes('=') ? v.indexOf('=') : v.indexOf(':');
    const host = sep < 0 ? '' : v.slice(0, sep);
    if (host === '' || host.includes(':')) throw new FlagValueError(v, '--add-host', `bad format for add-host: "${v}"`);
    let ip = v.slice(sep + 1);
    if (ip !== 'host-gateway') {
      if (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
      if (goParseIP(ip.trim()) === undefined)
        throw new FlagValueError(v, '--add-host', `invalid IP address in add-host: "${ip}"`);
    }
    // What the API takes: `host:ip`, without `=` or brackets, the address as typed.
    return `${host}:${ip}`;
  });
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

const HEALTH_DURATIONS = ['health-interval', 'health-timeout', 'health-start-period', 'health-start-interval'] as const;

interface HealthValues {
  durations: Partial<Record<(typeof HEALTH_DURATIONS)[number], number>>;
  retries: number;
}

/** The --health-* values as pflag reads them (DurationVar, IntVar): a bad one is a FlagValueError. */
function healthValues(flags: ParsedFlags): HealthValues {
  const durations: Partial<Record<(typeof HEALTH_DURATIONS)[number], number>> = {};
  for (const name of HEALTH_DURATIONS) {
    const text = flags.strings.get(name);
    if (text === undefined) continue;
    const d = parseGoDuration(text);
    if ('error' in d) throw new FlagValueError(text, `--${name}`, d.error);
    durations[name] = d.seconds;
  }
  const retriesText = flags.strings.get('health-retries');
  if (retriesText !== undefined && !/^[+-]?\d+$/.test(retriesText)) {
    throw new FlagValueError(
      retriesText,
      '--health-retries',
      `strconv.ParseInt: parsing ${JSON.stringify(retriesText)}: invalid syntax`,
    );
  }
  return { durations, retries: retriesText === undefined ? 0 : Number(retriesText) };
}

/**
 * --health-* / --no-healthcheck as Config.Healthcheck (docker/cli cli/command/container/opts.go
 * parse, "Healthcheck"): each value parsed as pflag does (time.ParseDuration, strconv.ParseInt),
 * then the conflict, then the signs in the CLI's order.
 */
function healthOptions(flags: ParsedFlags, { durations, retries }: HealthValues): { healthcheck?: HealthConfig } {
  const cmd = flags.strings.get('health-cmd') ?? '';
  const haveSettings = cmd !== '' || Object.values(durations).some((d) => d !== 0) || retries !== 0;
  if (flags.bools.has('no-healthcheck')) {
    if (haveSettings) throw cliError('--no-healthcheck conflicts with --health-* options');
    return { healthcheck: { test: ['NONE'], interval: 0 } };
  }
  if (!haveSettings) return {};
  const negative = (name: string, value: number | undefined) => {
    if ((value ?? 0) < 0) throw cliError(`--${name} cannot be negative`);
  };
  negative('health-interval', durations['health-interval']);
  negative('health-timeout', durations['health-timeout']);
  negative('health-retries', retries);
  negative('health-start-period', durations['health-start-period']);
  negative('health-start-interval', durations['health-start-interval']);
  // Without --health-cmd the test is empty: the image's HEALTHCHECK test with these settings.
  return {
    healthcheck: {
      test: cmd === '' ? [] : ['CMD-SHELL', cmd],
      interval: durations['health-interval'] ?? 0,
      timeout: durations['health-timeout'] ?? 0,
      startPeriod: durations['health-start-period'] ?? 0,
      startInterval: durations['health-start-interval'] ?? 0,
      retries,
    },
  };
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
  // pflag validates these as the flags are read, before parse (FlagErrorFunc).
  validateDns(flags.lists.get('dns') ?? []);
  const extraHosts = validateAddHost(flags.lists.get('add-host') ?? []);
  const attachments = (flags.lists.get('network') ?? []).map(parseNetworkOpt);
  const healthFlags = healthValues(flags);
  const mac = flags.strings.get('mac-address') ?? '';
  if (mac && !MAC.test(mac.trim())) throw cliError(`${mac} is not a valid mac address`);
  const { exposed, bindings } = ports(flags);
  for (const check of MODE_CHECKS) if (!check.valid(flags.strings.get(check.flag) ?? '')) throw cliError(check.message);
  const restart = parseRestartPolicy(flags.strings.get('restart') ?? '');
  const health = healthOptions(flags, healthFlags);
  const autoRemove = flags.bools.has('rm');
  if (autoRemove && restart.name !== '' && restart.name !== 'no')
    throw cliError('conflicting options: cannot specify both --restart and --rm');
  const { networkMode, endpoints, hostLinks } = networkEndpoints(flags, attachments);
  const labels = flags.lists.get('label') ?? [];
  const mounts = mountRequests(flags.lists.get('volume') ?? [], flags.lists.get('mount') ?? []);
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
    extraHosts,
    links: hostLinks,
    uts: flags.strings.get('uts'),
    env: flags.lists.get('env') ?? [],
    ...health,
    ...(flags.strings.has('restart') ? { restartPolicy: restart } : {}),
    ...(labels.length > 0 ? { labels: labelsFrom(labels) } : {}),
    ...(mounts.length > 0 ? { mounts } : {}),
    autoRemove,
    tty: flags.bools.has('tty'),
    openStdin: flags.bools.has('interactive'),
  };
}
