// glibc's `getent hosts [KEY...]` (nss/getent.c hosts_keys, print_hosts) on the host and in Debian
// images: a name goes through gethostbyname2, AF_INET6 first and then AF_INET, each over nsswitch's
// `hosts: files dns` (the /etc/hosts line that names it, else the resolver); an address through
// gethostbyaddr. Every address prints on its own line as "%-15s %s" and the line's other names.
// Without a key the hosts file is listed. A key not found is status 2.
import { etcHosts } from '../../core/kernel/etcFiles';
import { type HostsLine, parseHostsFile } from '../../core/kernel/hostsFile';
import { resolveName, reverseLookup } from '../../core/kernel/dns';
import { formatIPv4, parseIPv4 } from '../../core/net/ipv4';
import { formatIPv6, parseIPv6 } from '../../core/net/ipv6';
import type { ShellContext, ShellTool } from './context';

function hostsLines(sh: ShellContext): HostsLine[] {
  return parseHostsFile(sh.container ? etcHosts(sh.lab, sh.container) : sh.lab.hostProfile.etcHosts);
}

const line = (address: string, names: readonly string[]) => `${address.padEnd(15)} ${names.join(' ')}\n`;

/**
 * gethostent: the file's IPv4 lines; glibc's files backend reads ::1 as 127.0.0.1 for IPv4
 * (nss_files/files-hosts.c LINE_PARSER) and skips the other IPv6 lines.
 */
function listing(lines: readonly HostsLine[]): string {
  return lines
    .filter((l) => l.family === 4 || l.address === '::1')
    .map((l) => line(l.family === 4 ? l.address : '127.0.0.1', l.names))
    .join('');
}

/** gethostbyname2 for one family: the first hosts line (files), else the resolver's answer (dns). */
function byName(sh: ShellContext, lines: readonly HostsLine[], key: string, family: 4 | 6): string {
  const wanted = key.toLowerCase();
  const fromFile = lines.find((l) => l.family === family && l.names.some((n) => n.toLowerCase() === wanted));
  if (fromFile) return line(fromFile.address, fromFile.names);
  const answer = resolveName(sh.lab, sh.container, key, false);
  const addresses = family === 6 ? (answer?.ips6 ?? []) : (answer?.ips ?? []).map(formatIPv4);
  return addresses.map((a) => line(a, [key])).join('');
}

/** gethostbyaddr: the hosts line with that address, else the embedded DNS's PTR for a container's address. */
function byAddress(sh: ShellContext, lines: readonly HostsLine[], address: string): string {
  const fromFile = lines.find((l) => l.address === address);
  if (fromFile) return line(fromFile.address, fromFile.names);
  const v4 = parseIPv4(address);
  const name = v4 !== undefined && sh.container ? reverseLookup(sh.lab, sh.container, v4) : undefined;
  return name ? line(address, [name]) : '';
}

/** The databases getent knows (nss/getent.c databases[]); only hosts is modelled, the others find nothing. */
const DATABASES = new Set([
  'ahosts',
  'ahostsv4',
  'ahostsv6',
  'aliases',
  'ethers',
  'group',
  'gshadow',
  'hosts',
  'initgroups',
  'netgroup',
  'networks',
  'passwd',
  'protocols',
  'rpc',
  'services',
  'shadow',
]);

const TRY = "Try `getent --help' or `getent --usage' for more information.\n";

export const getentTool: ShellTool = (sh, argv) => {
  const [database, ...keys] = argv.slice(1);
  if (database === undefined) return { stdout: '', stderr: `getent: wrong number of arguments\n${TRY}`, exitCode: 1 };
  if (!DATABASES.has(database)) return { stdout: '', stderr: `Unknown database: ${database}\n${TRY}`, exitCode: 1 };
  if (database !== 'hosts') return { stdout: '', stderr: '', exitCode: 2 };
  const lines = hostsLines(sh);
  if (keys.length === 0) return { stdout: listing(lines), stderr: '', exitCode: 0 };
  let stdout = '';
  let missing = false;
  for (const key of keys) {
    const literal =
      parseIPv4(key) !== undefined ? key : parseIPv6(key) !== undefined ? formatIPv6(parseIPv6(key)!) : '';
    const found = literal ? byAddress(sh, lines, literal) : byName(sh, lines, key, 6) || byName(sh, lines, key, 4);
    if (found === '') missing = true;
    stdout += found;
  }
  return { stdout, stderr: '', exitCode: missing ? 2 : 0 };
};
