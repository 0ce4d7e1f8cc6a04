// busybox nslookup: asks the container's resolver (127.0.0.11 on user-defined networks, else
// the upstream server from resolv.conf). /etc/hosts is not consulted, as with the real tool.
import { ipv6Answers, resolveName, reverseLookup, upstreamServer } from '../dns';
import { isUserDefined } from '../networkMode';
import { fileOwner } from '../etcFiles';
import { formatIPv4, parseIPv4 } from '../net/ipv4';
import type { ShellTool } from './context';

export const nslookupTool: ShellTool = (sh, argv) => {
  const args = argv.slice(1).filter((a) => !a.startsWith('-'));
  const name = args[0];
  if (!name) return { stdout: '', stderr: 'BusyBox v1.37.0 multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n', exitCode: 1 };
  const owner = sh.container ? fileOwner(sh.lab, sh.container) : undefined;
  const embedded = owner !== undefined && Object.keys(owner.endpoints).some((n) => isUserDefined(n));
  const server = args[1] ?? (embedded ? '127.0.0.11' : upstreamServer(sh.lab, sh.container));
  const header = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  const literal = parseIPv4(name);
  if (literal !== undefined) {
    const ptr = embedded && sh.container ? reverseLookup(sh.lab, sh.container, literal) : undefined;
    const arpa = `${name.split('.').reverse().join('.')}.in-addr.arpa`;
    if (ptr) return { stdout: `${header}${arpa}\tname = ${ptr}\n\n`, stderr: '', exitCode: 0 };
    return { stdout: header, stderr: `** server can't find ${arpa}: NXDOMAIN\n\n`, exitCode: 1 };
  }
  const found = resolveName(sh.lab, sh.container, name, false);
  const usable = found !== undefined && (found.via !== 'embedded' || server === '127.0.0.11');
  if (!found || !usable || found.via === 'literal') {
    const noNetwork = owner !== undefined && owner.networkMode !== 'host' && !Object.values(owner.endpoints).some((ep) => ep.ip !== null);
    if (noNetwork) {
      return { stdout: '', stderr: `;; connection timed out; no servers could be reached\n\n`, exitCode: 1 };
    }
    return { stdout: header, stderr: `** server can't find ${name}: NXDOMAIN\n\n`, exitCode: 1 };
  }
  const lines = found.ips.map((ip) => `Name:\t${name}\nAddress: ${formatIPv4(ip)}\n`).join('');
  // busybox asks for A and AAAA; Docker's DNS answers AAAA for endpoints with IPv6.
  const v6 = found.via === 'embedded' ? ipv6Answers(sh.lab, found.ips) : [];
  const v6Lines = v6.length > 0 ? `\n${v6.map((a) => `Name:\t${name}\nAddress: ${a}\n`).join('')}` : '';
  return { stdout: `${header}${found.via === 'upstream' ? 'Non-authoritative answer:\n' : ''}${lines}${v6Lines}\n`, stderr: '', exitCode: 0 };
};
