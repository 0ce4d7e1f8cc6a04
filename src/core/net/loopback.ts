// Whether an address is a loopback one, as Go's net.IP.IsLoopback decides it (127.0.0.0/8, ::1):
// a port published there is reachable from the host only (moby's port mapper binds that address).
import { cidrContains, parseCidr, parseIPv4 } from './ipv4';
import { parseIPv6 } from './ipv6';

const LOOPBACK4 = parseCidr('127.0.0.0/8')!;

/** `text` as an address, IPv6 with or without the brackets of a `[::1]:80` host part. */
export function isLoopbackAddress(text: string): boolean {
  const v4 = parseIPv4(text);
  if (v4 !== undefined) return cidrContains(LOOPBACK4, v4);
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return parseIPv6(bare) === 1n;
}
