// Go's net/netip parse errors as their Error() texts, for what the CLI, compose and the editor pass
// to ParseAddr and ParsePrefix (netip.go parseAddr, ParsePrefix).
import { parseIPv4 } from './ipv4';
import { parseIPv6 } from './ipv6';

/** netip.ParseAddr's error text, or undefined for an address. */
export function parseAddrError(addr: string): string | undefined {
  const v6 = addr.includes(':');
  if (v6 ? parseIPv6(addr) !== undefined : parseIPv4(addr) !== undefined) return undefined;
  const fields = addr.split('.');
  let why = 'unable to parse IP';
  if (!v6 && /^[\d.]+$/.test(addr)) {
    if (fields.length < 4) why = 'IPv4 address too short';
    else if (fields.some((f) => Number(f) > 255)) why = 'IPv4 field has value >255';
  }
  return `ParseAddr(${JSON.stringify(addr)}): ${why}`;
}

/** netip.ParsePrefix's error text for what the CLI passes as --subnet. */
export function parsePrefixError(s: string): string | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return `netip.ParsePrefix(${JSON.stringify(s)}): no '/'`;
  const addr = s.slice(0, slash);
  const bits = s.slice(slash + 1);
  const addrErr = parseAddrError(addr);
  if (addrErr) return `netip.ParsePrefix(${JSON.stringify(s)}): ${addrErr}`;
  if (!/^\d+$/.test(bits))
    return `netip.ParsePrefix(${JSON.stringify(s)}): bad bits after slash: ${JSON.stringify(bits)}`;
  if (Number(bits) > (addr.includes(':') ? 128 : 32))
    return `netip.ParsePrefix(${JSON.stringify(s)}): prefix length out of range`;
  return undefined;
}
