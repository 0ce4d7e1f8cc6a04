// `docker network inspect`: the engine's network.Inspect JSON (API 1.52: with Status), field
// order as Go marshals it; print/json.ts writes it the way the daemon and the CLI do.
import type { Lab } from '../../core/lab/lab';
import type { Network } from '../../core/lab/model';
import { cidrContains, cidrSize, formatIPv4, parseCidr } from '../../core/net/ipv4';
import { parseCidr6 } from '../../core/net/ipv6';
import { goTime } from './goTime';
import type { JsonValue } from './json';
import { PREDEFINED_NAMES } from '../../core/daemon/networkMode';

const special = (n: Network) => n.driver === 'host' || n.driver === 'null';

function ipamConfig(n: Network): JsonValue {
  if (special(n)) return null;
  return n.subnets.map((s) => {
    const cfg: Record<string, JsonValue> = { Subnet: s.subnet };
    if (s.ipRange) cfg['IPRange'] = s.ipRange;
    if (s.gateway) cfg['Gateway'] = s.gateway;
    // IPAMConfig.AuxAddress `json:"AuxiliaryAddresses,omitempty"`: a Go map, marshalled with sorted keys.
    const aux = Object.entries(s.auxAddresses ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (aux.length > 0) cfg['AuxiliaryAddresses'] = Object.fromEntries(aux);
    return cfg;
  });
}

function containers(lab: Lab, n: Network): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  const list = [...lab.containers.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const c of list) {
    for (const ep of Object.values(c.endpoints)) {
      if (ep.networkId !== n.id) continue;
      out[c.id] = {
        Name: c.name,
        EndpointID: ep.endpointId,
        MacAddress: ep.mac,
        IPv4Address: ep.ip === null ? '' : `${formatIPv4(ep.ip)}/${ep.prefix}`,
        IPv6Address: ep.ipv6 ? `${ep.ipv6}/${ep.ipv6Prefix ?? 64}` : '',
      };
    }
  }
  return out;
}

/** IPAMStatus: addresses in use (network, broadcast, gateway, endpoints) and free in the range. */
function status(lab: Lab, n: Network): Record<string, JsonValue> {
  const subnets: Record<string, JsonValue> = {};
  const books = lab.addresses.get(n.id) ?? [];
  for (const s of special(n) ? [] : n.subnets) {
    const v4 = parseCidr(s.subnet);
    if (v4) {
      const book = books.find((b) => b.subnet.base === v4.base && b.subnet.prefix === v4.prefix);
      const edges = v4.prefix < 31 ? [v4.base, v4.base + cidrSize(v4) - 1] : [];
      const inUse = (book?.usedCount ?? 0) + edges.length;
      const range = s.ipRange ? (parseCidr(s.ipRange) ?? v4) : v4;
      let used = edges.filter((ip) => cidrContains(range, ip)).length;
      if (range === v4) used = inUse;
      else for (let ip = range.base; ip < range.base + cidrSize(range); ip++) if (book?.isUsed(ip)) used++;
      subnets[s.subnet] = { IPsInUse: inUse, DynamicIPsAvailable: cidrSize(range) - used };
      continue;
    }
    const v6 = parseCidr6(s.subnet);
    if (!v6) continue;
    const inUse = 1n + (s.gateway ? 1n : 0n);
    const size = 1n << BigInt(128 - v6.prefix);
    const saturate = (x: bigint) => (x > 0xffffffffffffffffn ? 0xffffffffffffffffn : x);
    subnets[s.subnet] = { IPsInUse: saturate(inUse), DynamicIPsAvailable: saturate(size - inUse) };
  }
  const sorted: Record<string, JsonValue> = {};
  for (const key of Object.keys(subnets).sort()) sorted[key] = subnets[key]!;
  return Object.keys(sorted).length > 0 ? { Subnets: sorted } : {};
}

export function networkInspectObject(lab: Lab, n: Network): JsonValue {
  const predefined = PREDEFINED_NAMES.includes(n.name);
  return {
    Name: n.name,
    Id: n.id,
    Created: goTime(n.createdAt, n.id),
    Scope: 'local',
    Driver: n.driver,
    EnableIPv4: n.ipv4 !== false,
    EnableIPv6: n.ipv6,
    IPAM: { Driver: 'default', Options: predefined ? null : {}, Config: ipamConfig(n) },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: containers(lab, n),
    Options: { ...n.options },
    Labels: { ...n.labels },
    Status: { IPAM: status(lab, n) },
  };
}
