// The netlab.hostProfile.* settings as the simulated host's profile. A setting that is not valid
// falls back to its default and is reported (which setting, what is wrong), so a typo never
// leaves the lab with a host that cannot exist. /etc/hosts and /etc/resolv.conf follow the
// hostname and the gateway, as they do on a Debian host (127.0.1.1 is Debian's line for its own
// name; the gateway is the usual home router's DNS server).
import { DEFAULT_HOST_PROFILE, hostProfileFrom } from '../core/lab/hostProfile';
import type { HostProfile } from '../core/lab/model';
import {
  type Cidr,
  cidrContains,
  cidrOverlaps,
  formatIPv4,
  lastAddress,
  networkOf,
  parseCidr,
  parseIPv4,
} from '../core/net/ipv4';

/** The settings as read from the configuration: anything, since settings.json is hand-edited. */
export interface HostProfileSettings {
  hostname?: unknown;
  eth0Address?: unknown;
  gateway?: unknown;
}

export type HostSetting = 'hostname' | 'eth0Address' | 'gateway';

/** Why a setting was not used; the VS Code side words it. */
export type HostSettingFault =
  | 'notHostname' // not a hostname (letters, digits, '.', '-'; at most 63; not starting with '.' or '-')
  | 'notCidr' // not an IPv4 address with a prefix length, e.g. 192.168.1.10/24
  | 'notHostAddress' // a loopback, multicast, network or broadcast address, or a prefix outside /8../30
  | 'overlapsDocker0' // inside docker0's 172.17.0.0/16, which the lab always gives the default bridge
  | 'notIPv4' // not a dotted IPv4 address
  | 'gatewayOffLink'; // not a host address on eth0's subnet other than eth0's own

export interface HostSettingProblem {
  setting: HostSetting;
  /** The value as set, as text. */
  value: string;
  fault: HostSettingFault;
  /** The value used instead. */
  fallback: string;
}

export interface HostProfileResult {
  profile: HostProfile;
  problems: HostSettingProblem[];
}

const HOSTNAME = /^[A-Za-z0-9][A-Za-z0-9.-]{0,62}$/;
/** The default bridge's subnet in the lab (Lab.addPredefinedNetworks). */
const DOCKER0: Cidr = { base: parseIPv4('172.17.0.0')!, prefix: 16 };
const DEFAULT_ETH0: Cidr = {
  base: parseIPv4(DEFAULT_HOST_PROFILE.eth0.address)!,
  prefix: DEFAULT_HOST_PROFILE.eth0.prefix,
};

const text = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));

/** A unicast address that is neither the network nor the broadcast address of its subnet. */
function isHostAddress(c: Cidr): boolean {
  const first = c.base >>> 24;
  if (c.prefix < 8 || c.prefix > 30 || first === 0 || first === 127 || first >= 224) return false;
  const net = networkOf(c);
  return c.base !== net.base && c.base !== lastAddress(net);
}

function hostnameFault(value: string): HostSettingFault | undefined {
  return HOSTNAME.test(value) ? undefined : 'notHostname';
}

function eth0Fault(value: string): HostSettingFault | undefined {
  const cidr = parseCidr(value);
  if (!cidr) return 'notCidr';
  if (!isHostAddress(cidr)) return 'notHostAddress';
  return cidrOverlaps(cidr, DOCKER0) ? 'overlapsDocker0' : undefined;
}

function gatewayFault(value: string, eth0: Cidr): HostSettingFault | undefined {
  const ip = parseIPv4(value);
  if (ip === undefined) return 'notIPv4';
  const onLink = cidrContains(networkOf(eth0), ip) && isHostAddress({ base: ip, prefix: eth0.prefix });
  return onLink && ip !== eth0.base ? undefined : 'gatewayOffLink';
}

/** /etc/hosts of the default profile with the host's own line (127.0.1.1) naming `hostname`. */
function etcHostsFor(hostname: string): string {
  return DEFAULT_HOST_PROFILE.etcHosts.replace(/^127\.0\.1\.1\t.*$/m, `127.0.1.1\t${hostname}`);
}

function resolvConfFor(gateway: string): string {
  return `nameserver ${gateway}\n`;
}

/** What a value that is not even a string counts as. */
const FORMAT_FAULT: Readonly<Record<HostSetting, HostSettingFault>> = {
  hostname: 'notHostname',
  eth0Address: 'notCidr',
  gateway: 'notIPv4',
};

/** The gateway when none is set: the default one on the default subnet, else the subnet's first host. */
function gatewayFor(eth0: Cidr): string {
  const defaultGateway = parseIPv4(DEFAULT_HOST_PROFILE.eth0.gateway)!;
  const net = networkOf(eth0);
  if (cidrContains(net, defaultGateway) && defaultGateway !== eth0.base) return DEFAULT_HOST_PROFILE.eth0.gateway;
  return formatIPv4(net.base + 1 === eth0.base ? lastAddress(net) - 1 : net.base + 1);
}

/**
 * Settings that are set (undefined: not set, the default applies) to a profile and the problems
 * of the ones that could not be used.
 */
export function hostProfileFromSettings(settings: HostProfileSettings): HostProfileResult {
  const problems: HostSettingProblem[] = [];
  const use = (setting: HostSetting, fallback: string, faultOf: (value: string) => HostSettingFault | undefined) => {
    const raw = settings[setting];
    if (raw === undefined || raw === null) return fallback;
    const value = typeof raw === 'string' ? raw.trim() : undefined;
    const fault = value === undefined ? FORMAT_FAULT[setting] : faultOf(value);
    if (value !== undefined && fault === undefined) return value;
    problems.push({ setting, value: text(raw), fault: fault ?? FORMAT_FAULT[setting], fallback });
    return fallback;
  };

  const defaults = DEFAULT_HOST_PROFILE;
  const hostname = use('hostname', defaults.hostname, hostnameFault);
  const eth0 =
    parseCidr(use('eth0Address', `${defaults.eth0.address}/${defaults.eth0.prefix}`, eth0Fault)) ?? DEFAULT_ETH0;
  const gateway = use('gateway', gatewayFor(eth0), (value) => gatewayFault(value, eth0));

  return {
    profile: hostProfileFrom({
      hostname,
      eth0: { ...defaults.eth0, address: formatIPv4(eth0.base), prefix: eth0.prefix, gateway },
      etcHosts: etcHostsFor(hostname),
      resolvConf: resolvConfFor(gateway),
    }),
    problems,
  };
}
