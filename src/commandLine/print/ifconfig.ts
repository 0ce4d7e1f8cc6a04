// busybox `ifconfig` output for a namespace's interfaces.
import type { NetInterface } from '../../core/kernel/interfaces';
import { formatIPv4, formatMask, lastAddress, networkOf } from '../../core/net/ipv4';

function flags(i: NetInterface): string {
  const words = ['UP'];
  if (i.kind === 'loopback') words.push('LOOPBACK');
  else words.push('BROADCAST');
  if (i.lowerUp) words.push('RUNNING');
  if (i.kind !== 'loopback') words.push('MULTICAST');
  return words.join(' ');
}

export function ifconfigBlock(i: NetInterface, ipv6Loopback: boolean): string {
  const pad = ' '.repeat(10);
  const lines: string[] = [];
  const encap = i.kind === 'loopback' ? 'Local Loopback  ' : `Ethernet  HWaddr ${i.mac.toUpperCase()}  `;
  // busybox networking/interface.c ife_print: printf("%-9s Link encap:%s  ", name, ...): a space after long names too.
  lines.push(`${i.name.padEnd(9)} Link encap:${encap}`);
  if (i.ipv4) {
    const addr = formatIPv4(i.ipv4.address);
    const mask = formatMask(i.ipv4.prefix);
    if (i.kind === 'loopback') lines.push(`${pad}inet addr:${addr}  Mask:${mask}`);
    else
      lines.push(
        `${pad}inet addr:${addr}  Bcast:${formatIPv4(lastAddress(networkOf({ base: i.ipv4.address, prefix: i.ipv4.prefix })))}  Mask:${mask}`,
      );
  }
  for (const a of i.ipv6)
    lines.push(`${pad}inet6 addr: ${a.address}/${a.prefix} Scope:${a.scope === 'global' ? 'Global' : 'Link'}`);
  if (i.kind === 'loopback' && ipv6Loopback) lines.push(`${pad}inet6 addr: ::1/128 Scope:Host`);
  lines.push(`${pad}${flags(i)}  MTU:${i.mtu}  Metric:1`);
  lines.push(`${pad}RX packets:0 errors:0 dropped:0 overruns:0 frame:0`);
  lines.push(`${pad}TX packets:0 errors:0 dropped:0 overruns:0 carrier:0`);
  lines.push(`${pad}collisions:0 txqueuelen:${i.kind === 'loopback' ? 1000 : 0} `);
  lines.push(`${pad}RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)`);
  return `${lines.join('\n')}\n\n`;
}

/** Plain `ifconfig` lists only interfaces that are up; `-a` lists all. */
export function ifconfig(list: NetInterface[], ipv6Loopback: boolean, all: boolean): string {
  return list
    .filter((i) => all || i.up)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((i) => ifconfigBlock(i, ipv6Loopback))
    .join('');
}
