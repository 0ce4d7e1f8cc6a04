// The subnets of a new network (moby daemon/network.go validateIpamConfig, libnetwork ipams
// defaultipam): the user's `--subnet`s checked, or the first free predefined pool; IPv6 from the
// host's ULA prefix; `--ip-range`, `--gateway` and `--aux-address` within them.
import { daemonError } from '../lab/errors';
import { NO_MORE_SUBNETS, PREDEFINED_POOLS, nextPredefinedSubnet } from './ipam';
import type { Lab } from '../lab/lab';
import type { Subnet } from '../lab/model';
import {
  type Cidr,
  cidrContains,
  cidrOverlaps,
  cidrSize,
  formatCidr,
  formatIPv4,
  networkOf,
  parseCidr,
  parseIPv4,
} from '../net/ipv4';
import {
  type Cidr6,
  cidr6Contains,
  cidr6Overlaps,
  formatCidr6,
  formatIPv6,
  networkOf6,
  parseCidr6,
  parseIPv6,
} from '../net/ipv6';
import { Rng } from '../lab/random';
import type { IpamConfigRequest, NetworkCreateRequest } from './networkCreateRequest';

/** An IPv6 subnet or address (IPv4 has no colon). */
export const isV6 = (text: string) => text.includes(':');

/** One family's prefix and address handling, so validateIpamConfig reads as moby's does for both. */
interface Family<A> {
  parse(text: string): { base: A; prefix: number } | undefined;
  masked(c: { base: A; prefix: number }): { base: A; prefix: number };
  contains(c: { base: A; prefix: number }, ip: A): boolean;
  overlaps(a: { base: A; prefix: number }, b: { base: A; prefix: number }): boolean;
  parseAddress(text: string): A | undefined;
  format(c: { base: A; prefix: number }): string;
}

const V4: Family<number> = {
  parse: parseCidr,
  masked: networkOf,
  contains: cidrContains,
  overlaps: cidrOverlaps,
  parseAddress: parseIPv4,
  format: formatCidr,
};

const V6: Family<bigint> = {
  parse: parseCidr6,
  masked: networkOf6,
  contains: cidr6Contains,
  overlaps: cidr6Overlaps,
  parseAddress: parseIPv6,
  format: formatCidr6,
};

/** moby daemon/network.go validateAddress: the gateway or an auxiliary address against its subnet. */
function addressError<A>(f: Family<A>, family: 4 | 6, subnet: { base: A; prefix: number }, addr: string) {
  if (isV6(addr) !== (family === 6)) return `parent subnet is an IPv${family} block`;
  const ip = f.parseAddress(addr);
  return ip !== undefined && !f.contains(subnet, ip)
    ? `parent subnet ${f.format(subnet)} doesn't contain this address`
    : undefined;
}

/** moby daemon/network.go validateIPRange, in its order: family, size, mask, overlap. */
function ipRangeErrors<A>(f: Family<A>, family: 4 | 6, subnet: { base: A; prefix: number }, text: string): string[] {
  if (isV6(text) !== (family === 6)) return [`invalid ip-range ${text}: parent subnet is an IPv${family} block`];
  const range = f.parse(text);
  if (!range) return [];
  const shown = f.format(range);
  const errs: string[] = [];
  if (range.prefix < subnet.prefix) {
    errs.push(`invalid ip-range ${shown}: CIDR block is bigger than its parent subnet ${f.format(subnet)}`);
  }
  const masked = f.masked(range);
  if (masked.base !== range.base) errs.push(`invalid ip-range ${shown}: it should be ${f.format(masked)}`);
  if (!f.overlaps(subnet, range)) {
    errs.push(`invalid ip-range ${shown}: parent subnet ${f.format(subnet)} doesn't contain ip-range`);
  }
  return errs;
}

function configErrors<A>(f: Family<A>, family: 4 | 6, cfg: IpamConfigRequest): string[] {
  const subnet = f.parse(cfg.subnet);
  if (!subnet) return [];
  const errs: string[] = [];
  const masked = f.masked(subnet);
  if (masked.base !== subnet.base) errs.push(`invalid subnet ${f.format(subnet)}: it should be ${f.format(masked)}`);
  if (cfg.ipRange) errs.push(...ipRangeErrors(f, family, subnet, cfg.ipRange));
  const gwErr = cfg.gateway ? addressError(f, family, subnet, cfg.gateway) : undefined;
  if (gwErr) errs.push(`invalid gateway ${cfg.gateway}: ${gwErr}`);
  for (const [name, aux] of Object.entries(cfg.auxAddresses ?? {})) {
    const err = addressError(f, family, subnet, aux);
    if (err) errs.push(`invalid auxiliary address ${name}: ${err}`);
  }
  return errs;
}

/** validateIpamConfig's problems with one config, each as its own line (for the editor's diagnostics). */
export function ipamConfigErrors(cfg: IpamConfigRequest, ipv6: boolean): string[] {
  if (!isV6(cfg.subnet)) return configErrors(V4, 4, cfg);
  return ipv6 ? configErrors(V6, 6, cfg) : [];
}

/**
 * moby daemon/network.go validateIpamConfig: every problem at once, framed `invalid network config:\n...` and
 * joined as moby's internal multierror.Join does (one error alone, or `* ` before each). IPv6 configs are skipped
 * when IPv6 is off.
 */
export function validateIpamConfig(configs: readonly IpamConfigRequest[], ipv6: boolean): void {
  const errs = configs.flatMap((cfg) => ipamConfigErrors(cfg, ipv6));
  if (errs.length === 0) return;
  const body = errs.length === 1 ? errs[0]! : `* ${errs.join('\n* ')}`;
  throw daemonError(`invalid network config:\n${body}`);
}

// --- addressing -------------------------------------------------------------------------------

function v4InUse(lab: Lab): Cidr[] {
  return [...lab.networks.values()].flatMap((n) =>
    n.subnets.map((s) => parseCidr(s.subnet)).filter((c): c is Cidr => c !== undefined),
  );
}

function v6InUse(lab: Lab): Cidr6[] {
  return [...lab.networks.values()].flatMap((n) =>
    n.subnets
      .map((s) => (isV6(s.subnet) ? parseCidr6(s.subnet) : undefined))
      .filter((c): c is Cidr6 => c !== undefined),
  );
}

/** moby libnetwork/netutils InferReservedNetworks: the host's on-link route is never handed out dynamically. */
function reserved(lab: Lab): Cidr[] {
  const eth0 = lab.hostProfile.eth0;
  const ip = parseIPv4(eth0.address);
  return ip === undefined ? [] : [networkOf({ base: ip, prefix: eth0.prefix })];
}

/** ipamapi ErrInvalidPool: no default pool can be split into the size `--subnet 0.0.0.0/N` asks for. */
const INVALID_POOL = 'invalid address pool';

/**
 * defaultipam allocatePredefinedPool with a prefix size (v29+, `--subnet 0.0.0.0/N`): the pools whose base is no
 * smaller than /N, each split into /N, first fit.
 */
function carvePredefined(taken: readonly Cidr[], prefix: number): Cidr {
  const pools = PREDEFINED_POOLS.filter((p) => p.prefix <= prefix);
  if (pools.length === 0) throw daemonError(INVALID_POOL);
  for (const pool of pools) {
    const step = cidrSize({ base: 0, prefix });
    for (let base = pool.base; base < pool.base + cidrSize(pool); base += step) {
      const candidate = { base, prefix };
      if (!taken.some((t) => cidrOverlaps(t, candidate))) return candidate;
    }
  }
  throw daemonError(NO_MORE_SUBNETS);
}

export const POOL_OVERLAPS = 'invalid pool request: Pool overlaps with other one on this address space';

/** Whether a requested IPv4 subnet overlaps one a network already has (RequestPool refuses it). */
export function v4PoolOverlaps(lab: Lab, subnet: Cidr): boolean {
  const masked = networkOf(subnet);
  return v4InUse(lab).some((u) => cidrOverlaps(u, masked));
}

/** RequestPool for IPv4: a user subnet must not overlap an allocated one; otherwise first fit. */
function allocateV4(lab: Lab, cfg: IpamConfigRequest | undefined): Cidr {
  const inUse = v4InUse(lab);
  const wanted = cfg ? parseCidr(cfg.subnet) : undefined;
  if (wanted && wanted.base !== 0) {
    if (v4PoolOverlaps(lab, wanted)) throw daemonError(POOL_OVERLAPS);
    return networkOf(wanted);
  }
  const taken = [...inUse, ...reserved(lab)];
  // allocator.go RequestPool: an unspecified address asks only for a size, and /0 for none.
  if (wanted && wanted.prefix > 0) return carvePredefined(taken, wanted.prefix);
  const next = nextPredefinedSubnet(taken);
  if (!next) throw daemonError(NO_MORE_SUBNETS);
  return next;
}

const ULA_PREFIX = 48;

/** deriveULABaseNetwork: fd00::/8 plus 40 bits from the host (here: the lab's seed) gives a /48. */
function ulaBase(lab: Lab): bigint {
  const rng = new Rng((lab.seed ^ 0x5bd1e995) >>> 0);
  const global = (BigInt(rng.next32()) << 8n) | BigInt(rng.below(256));
  return (0xfdn << 120n) | (global << 80n);
}

/**
 * RequestPool for IPv6: a user subnet must not overlap an allocated one. Otherwise the first free /64 (or the /N of
 * `--subnet ::/N`) of the host's ULA /48, the one IPv6 default pool (daemon.go deriveULABaseNetwork).
 */
function allocateV6(lab: Lab, cfg: IpamConfigRequest | undefined): Cidr6 {
  const inUse = v6InUse(lab);
  const wanted = cfg ? parseCidr6(cfg.subnet) : undefined;
  if (wanted && wanted.base !== 0n) {
    const masked = networkOf6(wanted);
    if (inUse.some((u) => cidr6Overlaps(u, masked))) {
      throw daemonError(POOL_OVERLAPS);
    }
    return masked;
  }
  const prefix = wanted && wanted.prefix > 0 ? wanted.prefix : 64;
  if (prefix < ULA_PREFIX) throw daemonError(INVALID_POOL);
  const base = ulaBase(lab);
  const step = 1n << BigInt(128 - prefix);
  const count = 1n << BigInt(prefix - ULA_PREFIX);
  for (let i = 0n; i < count; i++) {
    const candidate = { base: base + i * step, prefix };
    if (!inUse.some((u) => cidr6Overlaps(u, candidate))) return candidate;
  }
  throw daemonError(NO_MORE_SUBNETS);
}

/** Whether IPAM holds `ip` in the subnet's dynamic range (the network and broadcast addresses excepted). */
function inDynamicRange(subnet: Cidr, range: Cidr, ip: number): boolean {
  const edges = subnet.prefix < 31 && (ip === subnet.base || ip === subnet.base + cidrSize(subnet) - 1);
  return cidrContains(range, ip) && !edges;
}

/**
 * ipamAllocateVersion's auxiliary addresses: each must lie in the pool; one inside the dynamic range is reserved
 * there, so the gateway or an earlier auxiliary address holding it is `Address already in use`.
 */
function checkAuxAddresses(subnet: Cidr, range: Cidr, gateway: string, aux: Record<string, string>): void {
  const held = new Set<number>();
  const gw = gateway ? parseIPv4(gateway) : undefined;
  if (gw !== undefined) held.add(gw);
  for (const [name, value] of Object.entries(aux)) {
    const ip = parseIPv4(value);
    if (ip === undefined) continue;
    if (!cidrContains(subnet, ip)) {
      throw daemonError(`auxiliary address: (${name}:${value}) must belong to the master pool: ${formatCidr(subnet)}`);
    }
    if (!inDynamicRange(subnet, range, ip)) continue;
    if (held.has(ip))
      throw daemonError(`failed to allocate secondary ip address (${name}:${value}): Address already in use`);
    held.add(ip);
  }
}

/**
 * Subnets in inspect order (IPv4 first). macvlan/ipvlan get a gateway only when one is given (v29); so does a bridge
 * whose gateway mode is `isolated` (bridge GetSkipGwAlloc).
 */
export function allocateSubnets(
  lab: Lab,
  req: NetworkCreateRequest,
  skipGateway: { v4: boolean; v6: boolean },
  ipv4: boolean,
  ipv6: boolean,
): Subnet[] {
  const configs = req.ipam ?? [];
  const v4Configs = configs.filter((c) => !isV6(c.subnet));
  const v6Configs = configs.filter((c) => isV6(c.subnet));
  const subnets: Subnet[] = [];
  const aux = (cfg: IpamConfigRequest | undefined) =>
    cfg?.auxAddresses && Object.keys(cfg.auxAddresses).length > 0 ? { auxAddresses: { ...cfg.auxAddresses } } : {};
  if (ipv4) {
    for (const cfg of v4Configs.length > 0 ? v4Configs : [undefined]) {
      const subnet = allocateV4(lab, cfg);
      const range = cfg?.ipRange ? networkOf(parseCidr(cfg.ipRange)!) : undefined;
      const gateway = cfg?.gateway || (skipGateway.v4 ? '' : formatIPv4(subnet.base + 1));
      checkAuxAddresses(subnet, range ?? subnet, gateway, cfg?.auxAddresses ?? {});
      subnets.push({ subnet: formatCidr(subnet), gateway, ipRange: range ? formatCidr(range) : '', ...aux(cfg) });
    }
  }
  if (ipv6) {
    for (const cfg of v6Configs.length > 0 ? v6Configs : [undefined]) {
      const subnet = allocateV6(lab, cfg);
      const gateway = cfg?.gateway
        ? formatIPv6(parseIPv6(cfg.gateway)!)
        : skipGateway.v6
          ? ''
          : formatIPv6(subnet.base + 1n);
      subnets.push({
        subnet: formatCidr6(subnet),
        gateway,
        ipRange: cfg?.ipRange ? formatCidr6(networkOf6(parseCidr6(cfg.ipRange)!)) : '',
        ...aux(cfg),
      });
    }
  }
  return subnets;
}
