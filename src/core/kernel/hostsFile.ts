// hosts(5): one address and its names per line, text from a "#" to the end of the line a comment.
// Read by the resolver (dns.ts) and by getent (glibc's files backend).
import { formatIPv4, parseIPv4 } from '../net/ipv4';
import { formatIPv6, parseIPv6 } from '../net/ipv6';

export interface HostsLine {
  /** The address in its canonical text form. */
  address: string;
  family: 4 | 6;
  /** The IPv4 address as a number (family 4 only). */
  v4?: number;
  names: string[];
}

/** The file's lines that hold an address and at least one name, in file order. */
export function parseHostsFile(text: string): HostsLine[] {
  const out: HostsLine[] = [];
  for (const line of text.split('\n')) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!address || names.length === 0) continue;
    const v4 = parseIPv4(address);
    const v6 = v4 === undefined ? parseIPv6(address) : undefined;
    if (v4 !== undefined) out.push({ address: formatIPv4(v4), family: 4, v4, names });
    else if (v6 !== undefined) out.push({ address: formatIPv6(v6), family: 6, names });
  }
  return out;
}
