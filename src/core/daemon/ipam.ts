// Address management like libnetwork's default IPAM: predefined pools split into subnets
// (lowest free subnet first) and, inside a subnet, the first free address.
import { type Cidr, cidrContains, cidrOverlaps, cidrSize, formatCidr, parseCidr } from '../net/ipv4';

/** daemon/libnetwork/ipamutils localScopeDefaultNetworks: base and split size, in order. */
const DEFAULT_POOLS: ReadonlyArray<{ base: string; size: number }> = [
  { base: '172.17.0.0/16', size: 16 },
  { base: '172.18.0.0/16', size: 16 },
  { base: '172.19.0.0/16', size: 16 },
  { base: '172.20.0.0/14', size: 16 },
  { base: '172.24.0.0/14', size: 16 },
  { base: '172.28.0.0/14', size: 16 },
  { base: '192.168.0.0/16', size: 20 },
];

/** The default pools' bases, in order: what `--subnet 0.0.0.0/N` carves its /N from. */
export const PREDEFINED_POOLS: readonly Cidr[] = DEFAULT_POOLS.map(({ base }) => parseCidr(base)!);

/** Every subnet the default pools can hand out, lowest first (31 of them). */
export const PREDEFINED_SUBNETS: readonly Cidr[] = DEFAULT_POOLS.flatMap(({ base, size }) => {
  const pool = parseCidr(base)!;
  const step = 2 ** (32 - size);
  const count = cidrSize(pool) / step;
  return Array.from({ length: count }, (_, i) => ({ base: pool.base + i * step, prefix: size }));
});

export const NO_MORE_SUBNETS = 'all predefined address pools have been fully subnetted';

/** The lowest predefined subnet that overlaps none of those in use (first fit). */
export function nextPredefinedSubnet(inUse: readonly Cidr[]): Cidr | undefined {
  return PREDEFINED_SUBNETS.find((candidate) => !inUse.some((used) => cidrOverlaps(candidate, used)));
}

/**
 * Addresses of one subnet. Offsets are relative to the subnet base; the network address and
 * (IPv4, not /31) the broadcast address are never handed out.
 */
export class SubnetAddresses {
  private readonly used = new Set<number>();
  /** No free offset is below this one inside the dynamic range. */
  private hint: number;
  private readonly first: number;
  private readonly last: number;

  constructor(
    readonly subnet: Cidr,
    readonly range: Cidr = subnet,
  ) {
    const size = cidrSize(subnet);
    const reserveEdges = subnet.prefix < 31;
    this.first = Math.max(range.base - subnet.base, reserveEdges ? 1 : 0);
    this.last = Math.min(range.base - subnet.base + cidrSize(range) - 1, reserveEdges ? size - 2 : size - 1);
    this.hint = this.first;
  }

  get label(): string {
    return formatCidr(this.subnet);
  }

  get usedCount(): number {
    return this.used.size;
  }

  contains(ip: number): boolean {
    return cidrContains(this.subnet, ip);
  }

  /** Inside the dynamic range (where RequestAddress can hold it). */
  inRange(ip: number): boolean {
    const offset = ip - this.subnet.base;
    return offset >= this.first && offset <= this.last;
  }

  isUsed(ip: number): boolean {
    return this.used.has(ip - this.subnet.base);
  }

  /** First free address of the dynamic range, or undefined when it is full. */
  allocate(): number | undefined {
    for (let offset = this.hint; offset <= this.last; offset++) {
      if (!this.used.has(offset)) {
        this.used.add(offset);
        this.hint = offset + 1;
        return this.subnet.base + offset;
      }
    }
    this.hint = this.last + 1;
    return undefined;
  }

  /** Claims a specific address; false when it is already taken. */
  reserve(ip: number): boolean {
    const offset = ip - this.subnet.base;
    if (this.used.has(offset)) return false;
    this.used.add(offset);
    return true;
  }

  release(ip: number): void {
    const offset = ip - this.subnet.base;
    if (this.used.delete(offset) && offset >= this.first && offset < this.hint) this.hint = offset;
  }
}
