// busybox `arp [-a] [-n] [-i IF] [HOST]` (networking/arp.c arp_show, arp_disp): the neighbour
// cache as `NAME (IP) at MAC [ether]  on DEV`; NAME is the reverse lookup (Docker's embedded DNS
// answers `<container>.<network>`) or `?`, and always `?` with -n. A filter that matches nothing
// says `No match found in N entries`.
import { reverseLookup } from '../../core/kernel/dns';
import { formatIPv4 } from '../../core/net/ipv4';
import { ok } from '../../core/lab/output';
import type { ShellTool } from './context';
import { neighbours } from './neighbours';

export const arpTool: ShellTool = (sh, argv) => {
  let numeric = false;
  let device = '';
  let host: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-i') device = argv[++i] ?? '';
    else if (a.startsWith('-')) numeric ||= a.includes('n');
    else host = a;
  }
  const all = neighbours(sh.lab, sh.netnsId);
  const shown = all.filter((n) => (!host || formatIPv4(n.ip) === host) && (!device || n.dev === device));
  let out = '';
  for (const n of shown) {
    const ip = formatIPv4(n.ip);
    const name = numeric || !sh.container ? '?' : (reverseLookup(sh.lab, sh.container, n.ip) ?? '?');
    // printf("%s (%s) at ", ...), "%s [%s] ", no flags, then " on %s\n".
    out += `${name} (${ip}) at ${n.mac} [ether]  on ${n.dev}\n`;
  }
  if (shown.length === 0 && (host || device)) out += `No match found in ${all.length} entries\n`;
  return ok(out);
};
