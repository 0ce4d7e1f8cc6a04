// moby daemon/container_operations.go validateEndpointSettings: static IPs and aliases need a user-defined network.
import { daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import type { EndpointConfig, Network } from '../lab/model';
import { ipv6Subnet } from './ipv6Addresses';
import { parseIPv4 } from '../net/ipv4';
import { cidr6Contains, parseIPv6 } from '../net/ipv6';
import { PREDEFINED_NAMES, isUserDefined } from './networkMode';

/** Problems with one endpoint's settings, in the engine's words (joined with "* " when several). */
export function endpointSettingsErrors(
  lab: Lab,
  mode: string,
  network: Network | undefined,
  cfg: Partial<EndpointConfig>,
): string[] {
  const errors: string[] = [];
  const userDefined = isUserDefined(mode) && (network === undefined || !PREDEFINED_NAMES.includes(network.name));
  if ((cfg.ipv4Address || cfg.ipv6Address) && !userDefined) {
    errors.push('user-specified IP address is supported on user-defined networks only');
  }
  if ((cfg.aliases ?? []).length > 0 && !userDefined) {
    errors.push('network-scoped aliases are only supported for user-defined networks');
  }
  if (cfg.ipv4Address && userDefined) {
    const ip = parseIPv4(cfg.ipv4Address);
    if (ip === undefined) errors.push(`invalid IPv4 address: ${cfg.ipv4Address}`);
    else if (network && !(lab.addresses.get(network.id) ?? []).some((book) => book.contains(ip))) {
      errors.push(`no configured subnet contains IP address ${cfg.ipv4Address}`);
    }
  }
  if (cfg.ipv6Address && userDefined) {
    const ip = parseIPv6(cfg.ipv6Address);
    const v6 = network ? ipv6Subnet(network) : undefined;
    if (ip === undefined || cfg.ipv6Address.includes('.')) errors.push(`invalid IPv6 address: ${cfg.ipv6Address}`);
    else if (network && (!v6 || !cidr6Contains(v6.cidr, ip)))
      errors.push(`no configured subnet contains IP address ${cfg.ipv6Address}`);
  }
  errors.push(...endpointSysctlErrors(cfg.driverOpts ?? {}));
  return errors;
}

export const ENDPOINT_IFNAME = 'com.docker.network.endpoint.ifname';
export const ENDPOINT_SYSCTLS = 'com.docker.network.endpoint.sysctls';

/** validateEndpointSettings: each interface sysctl must read `net.(ipv4|ipv6|mpls).Y.IFNAME.Z=V`. */
export function endpointSysctlErrors(driverOpts: Readonly<Record<string, string>>): string[] {
  if (!Object.hasOwn(driverOpts, ENDPOINT_SYSCTLS)) return [];
  const errors: string[] = [];
  for (const sysctl of driverOpts[ENDPOINT_SYSCTLS]!.split(',')) {
    const parts = sysctl.split('.');
    const name = parts.length >= 5 ? [...parts.slice(0, 4), parts.slice(4).join('.')] : parts;
    const ok =
      name.length === 5 &&
      ['ipv4', 'ipv6', 'mpls'].includes(name[1]!) &&
      (name[3] === 'IFNAME' || name[3] === 'ifname');
    if (!ok)
      errors.push(
        `unrecognised network interface sysctl '${sysctl}'; represent 'net.X.Y.ethN.Z=V' as 'net.X.Y.IFNAME.Z=V', 'X' must be 'ipv4', 'ipv6' or 'mpls'`,
      );
  }
  return errors;
}

/** The daemon's framing: `invalid endpoint settings:\n<one>` or a `* ` list. */
export function endpointSettingsMessage(errors: string[]): string {
  const body = errors.length === 1 ? errors[0]! : errors.map((e) => `* ${e}`).join('\n');
  return `invalid endpoint settings:\n${body}`;
}

export function validateNetworkingConfig(lab: Lab, endpoints: Record<string, Partial<EndpointConfig>>): void {
  for (const [name, cfg] of Object.entries(endpoints)) {
    const errors = endpointSettingsErrors(lab, name, lab.findNetwork(name), cfg);
    if (errors.length > 0) throw daemonError(`invalid config for network ${name}: ${endpointSettingsMessage(errors)}`);
  }
}

/** EndpointSettings with what the request left out filled in empty, as the API decodes it. */
export function endpointConfig(partial: Partial<EndpointConfig>): EndpointConfig {
  return {
    aliases: partial.aliases ?? [],
    ipv4Address: partial.ipv4Address ?? '',
    ipv6Address: partial.ipv6Address ?? '',
    macAddress: partial.macAddress ?? '',
    links: partial.links ?? [],
    ...(partial.driverOpts && Object.keys(partial.driverOpts).length > 0
      ? { driverOpts: { ...partial.driverOpts } }
      : {}),
    ...(partial.gwPriority ? { gwPriority: partial.gwPriority } : {}),
  };
}
