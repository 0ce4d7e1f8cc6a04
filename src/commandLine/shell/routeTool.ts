// busybox `route [-n] [-e]` (networking/route.c bb_displayroutes): the IPv4 table from
// /proc/net/route. Without -n, INET_rresolve names 0.0.0.0 `default` as a destination and `*` as
// a gateway; other addresses stay numeric (no network names, and the bridge gateway has no PTR).
import { formatIPv4, formatMask } from '../../core/net/ipv4';
import { ok } from '../../core/lab/output';
import type { ShellTool } from './context';
import { ipv4Routes } from './routes';

export const routeTool: ShellTool = (sh, argv) => {
  const flags = argv.slice(1).filter((a) => a.startsWith('-'));
  const numeric = flags.some((f) => f.includes('n'));
  const netstatFormat = flags.some((f) => f.includes('e'));
  let out = `Kernel IP routing table\nDestination     Gateway         Genmask         Flags ${netstatFormat ? '  MSS Window  irtt' : 'Metric Ref    Use'} Iface\n`;
  for (const r of ipv4Routes(sh)) {
    const dest = r.prefix === 0 && !numeric ? 'default' : formatIPv4(r.dest);
    const gateway = r.gateway === null ? (numeric ? '0.0.0.0' : '*') : formatIPv4(r.gateway);
    // set_flags: U always, G with a gateway.
    const routeFlags = r.gateway === null ? 'U' : 'UG';
    // printf("%-15.15s %-15.15s %-16s%-6s", ...) then "%-6d %-2d %7d %s\n" (or "%5d %-5d %6d %s\n" with -e).
    out += `${dest.slice(0, 15).padEnd(15)} ${gateway.slice(0, 15).padEnd(15)} ${formatMask(r.prefix).padEnd(16)}${routeFlags.padEnd(6)}`;
    out += netstatFormat
      ? `${'0'.padStart(5)} ${'0'.padEnd(5)} ${'0'.padStart(6)} ${r.dev}\n`
      : `${'0'.padEnd(6)} ${'0'.padEnd(2)} ${'0'.padStart(7)} ${r.dev}\n`;
  }
  return ok(out);
};
