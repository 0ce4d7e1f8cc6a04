// IPv6 addresses as 128-bit bigints, and CIDR blocks over them: enough for `--ipv6` networks
// (ULA /64s, user subnets) and Go's netip text form (RFC 5952 zero compression).

export interface Cidr6 {
  readonly base: bigint;
  readonly prefix: number;
}

const ALL = (1n << 128n) - 1n;

/** Parses `fd00::1`, `2001:db8:0:0::/..`-style text (no zone, no embedded IPv4); undefined if invalid. */
export function parseIPv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:]+$/.test(text) || !text.includes(':')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): string[] | undefined => {
    if (part === '') return [];
    const list = part.split(':');
    return list.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g)) ? list : undefined;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...Array<string>(missing).fill('0'), ...tail];
  return all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** Go's netip form: lowercase, no leading zeros, the longest run (≥2) of zero groups as `::`. */
export function formatIPv6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (gs: number[]) => gs.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLen))}`;
}

export function parseCidr6(text: string): Cidr6 | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const base = parseIPv6(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (base === undefined || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  return prefix > 128 ? undefined : { base, prefix };
}

export function mask6(prefix: number): bigint {
  return prefix === 0 ? 0n : (ALL << BigInt(128 - prefix)) & ALL;
}

export function networkOf6(c: Cidr6): Cidr6 {
  return { base: c.base & mask6(c.prefix), prefix: c.prefix };
}

export function formatCidr6(c: Cidr6): string {
  return `${formatIPv6(c.base)}/${c.prefix}`;
}

export function cidr6Contains(c: Cidr6, ip: bigint): boolean {
  return (ip & mask6(c.prefix)) === (c.base & mask6(c.prefix));
}

export function cidr6Overlaps(a: Cidr6, b: Cidr6): boolean {
  const m = mask6(Math.min(a.prefix, b.prefix));
  return (a.base & m) === (b.base & m);
}
