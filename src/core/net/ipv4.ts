// IPv4 addresses as unsigned 32-bit numbers, and CIDR blocks over them.

export interface Cidr {
  readonly base: number;
  readonly prefix: number;
}

const DOTTED = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parses a dotted quad; undefined when it is not one (Go's net.ParseIP is as strict). */
export function parseIPv4(text: string): number | undefined {
  const m = DOTTED.exec(text);
  if (!m) return undefined;
  let value = 0;
  for (let i = 1; i <= 4; i++) {
    const part = m[i]!;
    if (part.length > 1 && part.startsWith('0')) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

export function formatIPv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function cidrSize(c: Cidr): number {
  return 2 ** (32 - c.prefix);
}

/** Parses `a.b.c.d/n`; keeps host bits so callers can report "it should be ...". */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const base = parseIPv4(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (base === undefined || !/^\d{1,2}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > 32) return undefined;
  return { base, prefix };
}

export function networkOf(c: Cidr): Cidr {
  return { base: (c.base & maskOf(c.prefix)) >>> 0, prefix: c.prefix };
}

export function formatCidr(c: Cidr): string {
  return `${formatIPv4(c.base)}/${c.prefix}`;
}

/** netip.Prefix.Contains: compares the network bits only, so an unmasked prefix holds its own network. */
export function cidrContains(c: Cidr, ip: number): boolean {
  const mask = maskOf(c.prefix);
  return (ip & mask) >>> 0 === (c.base & mask) >>> 0;
}

export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  const prefix = Math.min(a.prefix, b.prefix);
  const mask = maskOf(prefix);
  return (a.base & mask) >>> 0 === (b.base & mask) >>> 0;
}

export function lastAddress(c: Cidr): number {
  return c.base + cidrSize(c) - 1;
}

/** `255.255.0.0` style mask, as ifconfig prints it. */
export function formatMask(prefix: number): string {
  return formatIPv4(maskOf(prefix));
}
