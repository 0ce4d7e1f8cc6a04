// busybox nslookup (the "big" one in the busybox image): asks the container's resolver
// (127.0.0.11 on user-defined networks, else the first nameserver of resolv.conf) for A and AAAA.
// /etc/hosts is not consulted; a dotless name is tried under each search domain only.
import { BUSYBOX_BANNER } from './busyboxBanner';
import { resolveName, reverseLookup, reverseLookup6, upstreamServer, usesEmbeddedDns } from '../../core/kernel/dns';
import { fileOwner, resolvConf } from '../../core/kernel/etcFiles';
import { formatIPv4, parseIPv4 } from '../../core/net/ipv4';
import { parseIPv6 } from '../../core/net/ipv6';
import type { ShellContext, ShellTool } from './context';

const USAGE = `${BUSYBOX_BANNER}\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n`;

/** resolv.conf's search list, else its domain, as add_query_with_search reads it. */
function searchDomains(sh: ShellContext): string[] {
  const text = sh.container ? resolvConf(sh.lab, sh.container) : sh.lab.hostProfile.resolvConf;
  const search = /^search\s+(.+)$/m.exec(text) ?? /^domain\s+(\S+)$/m.exec(text);
  return search
    ? search[1]!
        .trim()
        .split(/\s+/)
        .filter((d) => d !== '.')
    : [];
}

/** Docker's DNS never sets AA, and neither does a recursive upstream: every reply is non-authoritative. */
function answerBlock(name: string, addresses: string[]): string {
  return `Non-authoritative answer:\n${addresses.map((a) => `Name:\t${name}\nAddress: ${a}\n`).join('')}\n`;
}

/** nslookup.c qtypes, in their order (a -type= value matches case-insensitively). */
const QTYPES = ['SOA', 'NS', 'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'PTR', 'ANY'] as const;
type QType = (typeof QTYPES)[number];

/** Its options before HOST (index_in_substrings: exact names), then HOST [DNS_SERVER]. */
function parseArgs(argv: readonly string[]): { types: QType[]; args: string[] } | { error: string } {
  let i = 1;
  const picked = new Set<QType>();
  for (; i < argv.length && argv[i]!.startsWith('-'); i++) {
    const [option, value = ''] = argv[i]!.slice(1).split(/=(.*)/s, 2) as [string, string | undefined];
    if (option === 'type' || option === 'querytype') {
      const type = QTYPES.find((t) => t.toLowerCase() === value.toLowerCase());
      if (!type) return { error: `nslookup: invalid query type "${value}"\n` };
      picked.add(type);
    } else if (!['port', 'retry', 'debug', 't', 'timeout'].includes(option)) return { error: USAGE };
  }
  const args = argv.slice(i);
  if (args.length === 0 || args.length > 2) return { error: USAGE };
  // The queries go out in qtypes order, whatever the order of the options.
  return { types: QTYPES.filter((t) => picked.has(t)), args };
}

export const nslookupTool: ShellTool = (sh, argv) => {
  const parsed = parseArgs(argv);
  if ('error' in parsed) return { stdout: '', stderr: parsed.error, exitCode: 1 };
  const { args, types } = parsed;
  const name = args[0]!;
  const owner = sh.container ? fileOwner(sh.lab, sh.container) : undefined;
  const embedded = owner !== undefined && usesEmbeddedDns(sh.lab, owner);
  const server = args[1] ?? (embedded ? '127.0.0.11' : upstreamServer(sh.lab, sh.container));
  const noNetwork =
    owner !== undefined &&
    owner.networkMode !== 'host' &&
    !Object.values(owner.endpoints).some((ep) => ep.ip !== null || ep.ipv6);
  if (noNetwork && server !== '127.0.0.1') {
    return {
      stdout: '',
      stderr: `nslookup: can't connect to remote host (${server}): Network is unreachable\n`,
      exitCode: 1,
    };
  }
  const header = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  // Without -type, an address is a PTR query and a name an A and an AAAA query (make_ptr).
  if (types.length > 0) return queriesFor(sh, header, name, types, server);
  const literal = parseIPv4(name);
  if (literal !== undefined) {
    const arpa = `${name.split('.').reverse().join('.')}.in-addr.arpa`;
    const ptr = embedded && sh.container ? reverseLookup(sh.lab, sh.container, literal) : undefined;
    if (ptr)
      return { stdout: `${header}Non-authoritative answer:\n${arpa}\tname = ${ptr}\n\n`, stderr: '', exitCode: 0 };
    return { stdout: `${header}** server can't find ${arpa}: NXDOMAIN\n\n`, stderr: '', exitCode: 1 };
  }
  const literal6 = parseIPv6(name);
  if (literal6 !== undefined) {
    // The nibbles of the address, lowest first (busybox nslookup make_ptr; moby resolver.go ptrIPv6domain).
    const nibbles = literal6.toString(16).padStart(32, '0').split('').reverse().join('.');
    const arpa = `${nibbles}.ip6.arpa`;
    const ptr = embedded && sh.container ? reverseLookup6(sh.lab, sh.container, literal6) : undefined;
    if (ptr)
      return { stdout: `${header}Non-authoritative answer:\n${arpa}\tname = ${ptr}\n\n`, stderr: '', exitCode: 0 };
    return { stdout: `${header}** server can't find ${arpa}: NXDOMAIN\n\n`, stderr: '', exitCode: 1 };
  }
  // An A query and an AAAA query; a name with addresses of one family only gets an empty answer for the other
  // (moby network.go ResolveName), which busybox prints as a bare "Non-authoritative answer:" (parse_reply).
  return queriesFor(sh, header, name, ['A', 'AAAA'], server);
};

/**
 * One query per type for the name (under each search domain), each answered or NXDOMAIN. The embedded DNS answers A
 * and AAAA from the networks, and for any other type of a name it knows an empty answer (moby
 * resolver.go serveDNS: handleMXQuery and the like keep a container's name from going out);
 * anything else is NXDOMAIN, as the lab's upstream knows no records but addresses.
 */
function queriesFor(sh: ShellContext, header: string, name: string, types: QType[], server: string) {
  const domains = name.includes('.') ? [] : searchDomains(sh);
  const queries = domains.length > 0 ? domains.map((d) => `${name}.${d}`) : [name];
  let out = header;
  let found = false;
  for (const query of queries) {
    const answer = resolveName(sh.lab, sh.container, query, false);
    const usable =
      answer !== undefined && answer.via !== 'literal' && (answer.via !== 'embedded' || server === '127.0.0.11');
    for (const type of types) {
      if (!usable) {
        out += `** server can't find ${query}: NXDOMAIN\n\n`;
        continue;
      }
      found = true;
      const addresses = type === 'A' ? answer.ips.map(formatIPv4) : type === 'AAAA' ? (answer.ips6 ?? []) : [];
      out += answerBlock(query, addresses);
    }
  }
  return { stdout: out, stderr: '', exitCode: found ? 0 : 1 };
}
