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
      if (cut < 0 || optKey === '') throw cliError('invalid key value pair format in driver options');
      att.driverOpts = {
        ...(att.driverOpts ?? {}),
        [optKey]: v
          .slice(cut + 1)
          .toLowerCase()
          .trim(),
      };
    } else if (key === 'gw-priority') {
      // strconv.Atoi's NumError, unwrapped.
      if (!/^[+-]?\d+$/.test(v)) throw cliError(`invalid gw-priority (${v}): invalid syntax`);
      att.gwPriority = Number(v);
    } else if (key === 'link-local-ip') continue;
    else throw cliError(`invalid field key ${key}`);
  }
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

/** --health-cmd / --health-interval / --no-healthcheck, as Config.Healthcheck. */
function healthOptions(flags: ParsedFlags): { healthcheck?: { test: string[]; interval: number } } {
  if (flags.bools.has('no-healthcheck')) {
    if (flags.strings.has('health-cmd')) throw cliError('--no-healthcheck conflicts with --health-* options');
    return { healthcheck: { test: ['NONE'], interval: 30 } };
  }
  const cmd = flags.strings.get('health-cmd');
  const intervalText = flags.strings.get('health-interval');
  const interval = intervalText === undefined ? 30 : parseDuration(intervalText);
  if (interval === undefined)
    throw cliError(
      `invalid argument "${intervalText ?? ''}" for "--health-interval" flag: time: invalid duration "${intervalText ?? ''}"`,
    );
  return cmd === undefined ? {} : { healthcheck: { test: ['CMD-SHELL', cmd], interval } };
}

/** Builds the create request from flags and positionals (IMAGE [COMMAND] [ARG...]). */
export function createOptionsFrom(flags: ParsedFlags): CreateOptions {
  const [image, ...cmd] = flags.positionals;
  const attachments = (flags.lists.get('network') ?? []).map(parseNetworkOpt);
  const aliases = flags.lists.get('network-alias') ?? [];
  const ip = flags.strings.get('ip') ?? '';
  const ip6 = flags.strings.get('ip6') ?? '';
  const mac = flags.strings.get('mac-address') ?? '';
  const links = flags.lists.get('link') ?? [];

  if (mac && !MAC.test(mac)) throw cliError(`${mac} is not a valid mac address`);
  validateDns(flags.lists.get('dns') ?? []);
  validateAddHost(flags.lists.get('add-host') ?? []);

  // parseNetworkOpts: user-defined and non-user-defined modes do not mix; no network twice.
  const seen = new Set<string>();
  let userDefined = false;
  let other = false;
  for (const a of attachments) {
    if (seen.has(a.target)) throw cliError(`network "${a.target}" is specified multiple times`);
    seen.add(a.target);
    if (isUserDefined(a.target)) userDefined = true;
    else other = true;
  }
  if (userDefined && other)
    throw cliError('conflicting options: cannot attach both user-defined and non-user-defined network-modes');

  if (attachments.length === 0)
    attachments.push({ target: 'default', aliases: [], ipv4: '', ipv6: '', mac: '', links: [] });
  const primary = attachments[0]!;
  // applyContainerOptions: the top-level flags apply to the first network.
  if (aliases.length > 0) {
    if (primary.aliases.length > 0)
      throw cliError('conflicting options: cannot specify both --network-alias and per-network alias');
    if (!isUserDefined(primary.target))
      throw cliError('network-scoped aliases are only supported for user-defined networks');
    primary.aliases = aliases;
  }
  if (ip) {
    if (primary.ipv4) throw cliError('conflicting options: cannot specify both --ip and per-network IPv4 address');
    primary.ipv4 = ip;
  }
  if (ip6) {
    if (primary.ipv6) throw cliError('conflicting options: cannot specify both --ip6 and per-network IPv6 address');
    primary.ipv6 = ip6;
  }
  if (mac) {
    if (primary.mac)
      throw cliError('conflicting options: cannot specify both --mac-address and per-network MAC address');
    primary.mac = mac;
  }
  let hostLinks: string[] = [];
  if (links.length > 0) {
    if (isUserDefined(primary.target)) {
      if (primary.links.length > 0)
        throw cliError('conflicting options: cannot specify both --link and per-network links');
      primary.links = links;
    } else hostLinks = links;
  }

  const networkMode = primary.target === 'default' ? 'default' : primary.target;
  const endpoints: Record<string, Partial<EndpointConfig>> = {};
  for (const a of attachments) {
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
  const { exposed, bindings } = ports(flags);
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
    ...healthOptions(flags),
    autoRemove: flags.bools.has('rm'),
    tty: flags.bools.has('tty'),
    openStdin: flags.bools.has('interactive'),
  };
}
