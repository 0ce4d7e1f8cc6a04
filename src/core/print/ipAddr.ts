// busybox `ip addr` / `ip link` output for a namespace's interfaces.
import type { NetInterface } from '../interfaces';
import { formatIPv4, lastAddress, maskOf } from '../net/ipv4';

function flagWords(i: NetInterface): string {
  if (i.kind === 'loopback') return 'LOOPBACK,UP,LOWER_UP';
  const words = ['BROADCAST', 'MULTICAST', 'UP'];
  if (i.lowerUp) words.push('LOWER_UP');
  else words.splice(0, 0, 'NO-CARRIER');
  return words.join(',');
}

function header(i: NetInterface): string {
  const name = i.peerIndex ? `${i.name}@if${i.peerIndex}` : i.name;
  const qdisc = i.kind === 'loopback' ? 'noqueue qlen 1000' : i.kind === 'ether' ? 'pfifo_fast qlen 1000' : 'noqueue ';
  const state = i.kind === 'bridge' && !i.lowerUp ? 'state DOWN ' : '';
  return `${i.index}: ${name}: <${flagWords(i)}> mtu ${i.mtu} qdisc ${qdisc}${state}`;
}

function linkLine(i: NetInterface): string {
  return i.kind === 'loopback'
    ? '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00'
    : `    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff`;
}

export function ipLink(list: NetInterface[]): string {
  return list.map((i) => `${header(i)}\n${linkLine(i)}\n`).join('');
}

export function ipAddr(list: NetInterface[], ipv6Loopback: boolean): string {
  return list.map((i) => {
    const lines = [header(i), linkLine(i)];
    if (i.ipv4) {
      const addr = `${formatIPv4(i.ipv4.address)}/${i.ipv4.prefix}`;
      if (i.kind === 'loopback') lines.push(`    inet ${addr} scope host lo`);
      else {
        const brd = formatIPv4(lastAddress({ base: (i.ipv4.address & maskOf(i.ipv4.prefix)) >>> 0, prefix: i.ipv4.prefix }));
        lines.push(`    inet ${addr} brd ${brd} scope global ${i.name}`);
      }
      lines.push('       valid_lft forever preferred_lft forever');
    }
    for (const a of i.ipv6) {
      lines.push(`    inet6 ${a.address}/${a.prefix} scope ${a.scope} ${a.scope === 'global' ? 'flags 02 ' : ''}`);
      lines.push('       valid_lft forever preferred_lft forever');
    }
    if (i.kind === 'loopback' && ipv6Loopback) {
      lines.push('    inet6 ::1/128 scope host ');
      lines.push('       valid_lft forever preferred_lft forever');
    }
    return `${lines.join('\n')}\n`;
  }).join('');
}
