// busybox nslookup (the "big" one in the busybox image): asks the container's resolver
// (127.0.0.11 on user-defined networks, else the first nameserver of resolv.conf) for A and AAAA.
// /etc/hosts is not consulted; a dotless name is tried under each search domain only.
import { resolveName, reverseLookup, reverseLookup6, upstreamServer, usesEmbeddedDns } from '../../core/kernel/dns';
import { fileOwner, resolvConf } from '../../core/kernel/etcFiles';
import { formatIPv4, parseIPv4 } from '../../core/net/ipv4';
import { parseIPv6 } from '../../core/net/ipv6';
import type { ShellContext, ShellTool } from './context';

const USAGE = 'BusyBox v1.37.0 multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n';

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

export const nslookupTool: ShellTool = (sh, argv) => {
  const args = argv.slice(1).filter((a) => !a.startsWith('-'));
  const name = args[0];
  if (!name) return { stdout: '', stderr: USAGE, exitCode: 1 };
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
  const domains = name.includes('.') ? [] : searchDomains(sh);
  const queries = domains.length > 0 ? domains.map((d) => `${name}.${d}`) : [name];
  let out = header;
  let found = false;
  for (const query of queries) {
    const answer = resolveName(sh.lab, sh.container, query, false);
    const usable =
      answer !== undefined && answer.via !== 'literal' && (answer.via !== 'embedded' || server === '127.0.0.11');
    if (!usable) {
      // One NXDOMAIN line per query sent (A and AAAA).
      out += `** server can't find ${query}: NXDOMAIN\n\n`.repeat(2);
      continue;
    }
    found = true;
    // An A query and an AAAA query; a name with addresses of one family only gets an empty answer for the other
    // (moby network.go ResolveName), which busybox prints as a bare "Non-authoritative answer:" (parse_reply).
    out += answerBlock(query, answer.ips.map(formatIPv4));
    out += answerBlock(query, answer.ips6 ?? []);
  }
  return { stdout: out, stderr: '', exitCode: found ? 0 : 1 };
};
