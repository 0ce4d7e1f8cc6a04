// The CLI's createIPAMConfig (docker/cli cli/command/network/create.go): groups --subnet,
// --ip-range, --gateway and --aux-address per subnet and rejects what cannot be grouped.
import { cliError } from '../../core/lab/errors';
import { parsePrefixError } from '../../core/net/netipErrors';
import type { IpamConfigRequest } from '../../core/daemon/networkCreateRequest';
import { cidrContains, parseCidr, parseIPv4, networkOf, formatCidr } from '../../core/net/ipv4';
import { cidr6Contains, formatCidr6, formatIPv6, networkOf6, parseCidr6, parseIPv6 } from '../../core/net/ipv6';

/** Go's net.ParseIP, normalised to its String(); undefined when not an address. */
export function goParseIP(text: string): string | undefined {
  const v4 = parseIPv4(text);
  if (v4 !== undefined) return text;
  const v6 = parseIPv6(text);
  return v6 === undefined ? undefined : formatIPv6(v6);
}

/** pflag's IP flag (--gateway) refusing a value that is not an address. */
export const ipFlagError = (value: string, flag: string): string =>
  `invalid argument "${value}" for "${flag}" flag: invalid string being converted to IP address: ${value}`;

/** Go's net.ParseCIDR, returning the masked network's String(); undefined when invalid. */
export function goParseCIDR(text: string): string | undefined {
  const v4 = parseCidr(text);
  if (v4) return formatCidr(networkOf(v4));
  const v6 = parseCidr6(text);
  return v6 ? formatCidr6(networkOf6(v6)) : undefined;
}

/** subnetMatches(subnet, data): the subnet contains data's address (data may be a CIDR). */
function subnetMatches(subnet: string, data: string): boolean {
  const s = goParseCIDR(subnet);
  if (s === undefined) throw cliError(`invalid subnet: invalid CIDR address: ${subnet}`);
  const addr = data.includes('/') ? data.slice(0, data.indexOf('/')) : data;
  if (data.includes('/') && goParseCIDR(data) === undefined) throw cliError(`invalid CIDR address: ${data}`);
  const v4 = parseCidr(s);
  if (v4) {
    const ip = parseIPv4(addr);
    return ip !== undefined && cidrContains(v4, ip);
  }
  const v6 = parseCidr6(s)!;
  const ip = parseIPv6(addr);
  return ip !== undefined && cidr6Contains(v6, ip);
}

export interface IpamFlags {
  subnets: string[];
  /** Already masked, as pflag's IPNetSlice stores them. */
  ipRanges: string[];
  gateways: string[];
  auxAddresses: string[];
}

export function createIpamConfig(o: IpamFlags): IpamConfigRequest[] {
  if (o.subnets.length < o.ipRanges.length || o.subnets.length < o.gateways.length) {
    throw cliError('every ip-range or gateway must have a corresponding subnet');
  }
  const data = new Map<string, IpamConfigRequest>();
  for (const s of o.subnets) {
    for (const k of data.keys()) {
      if (subnetMatches(s, k) || subnetMatches(k, s))
        throw cliError('multiple overlapping subnet configuration is not supported');
    }
    const err = parsePrefixError(s);
    if (err) throw cliError(err);
    data.set(s, { subnet: s, ipRange: '', gateway: '' });
  }
  // Each --ip-range and --gateway belongs to the subnet(s) containing it, at most one per subnet.
  const assign = (
    values: string[],
    field: 'ipRange' | 'gateway',
    several: (v: string, had: string, s: string) => string,
    none: (v: string) => string,
  ) => {
    for (const v of values) {
      let match = false;
      for (const s of o.subnets) {
        if (!subnetMatches(s, v)) continue;
        const cfg = data.get(s)!;
        if (cfg[field]) throw cliError(several(v, cfg[field], s));
        cfg[field] = v;
        match = true;
      }
      if (!match) throw cliError(none(v));
    }
  };
  assign(
    o.ipRanges,
    'ipRange',
    (r, had, s) => `cannot configure multiple ranges (${r}, ${had}) on the same subnet (${s})`,
    (r) => `no matching subnet for range ${r}`,
  );
  assign(
    o.gateways,
    'gateway',
    (g, had, s) => `cannot configure multiple gateways (${g}, ${had}) for the same subnet (${s})`,
    (g) => `no matching subnet for gateway ${g}`,
  );
  // MapOpts: a later name=ip replaces an earlier one of the same name.
  const aux = new Map<string, string>();
  for (const entry of o.auxAddresses) {
    const eq = entry.indexOf('=');
    aux.set(eq < 0 ? entry : entry.slice(0, eq), eq < 0 ? '' : entry.slice(eq + 1));
  }
  for (const [name, value] of aux) {
    if (value === '') continue;
    if (goParseIP(value) === undefined) throw cliError(`ParseAddr(${JSON.stringify(value)}): unable to parse IP`);
    const normal = goParseIP(value)!;
    const matching = o.subnets.filter((s) => subnetMatches(s, value));
    if (matching.length === 0) throw cliError(`no matching subnet for aux-address ${value}`);
    for (const s of matching) {
      const cfg = data.get(s)!;
      cfg.auxAddresses = { ...(cfg.auxAddresses ?? {}), [name]: normal };
    }
  }
  return [...data.values()];
}
