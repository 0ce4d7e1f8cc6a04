// busybox `ip addr` / `ip link` output for a namespace's interfaces.
import type { NetInterface } from '../../core/kernel/interfaces';
import { formatIPv4, lastAddress, networkOf } from '../../core/net/ipv4';

function flagWords(i: NetInterface): string {
  if (i.kind === 'loopback') return 'LOOPBACK,UP,LOWER_UP';
  const words = ['BROADCAST', 'MULTICAST', 'UP'];
  if (i.lowerUp) words.push('LOWER_UP');
  else words.splice(0, 0, 'NO-CARRIER');
  // The peer of a veth (or the parent of a macvlan) lives in another namespace.
  if (i.peerIndex) words.push('M-DOWN');
  return words.join(',');
}

/** busybox print_linkinfo: mtu, qdisc, master, operstate, then a non-zero queue length. */
function header(i: NetInterface): string {
  const name = i.linkName ? `${i.name}@${i.linkName}` : i.peerIndex ? `${i.name}@if${i.peerIndex}` : i.name;
  const qdisc = i.kind === 'ether' && !i.linkName ? 'pfifo_fast' : 'noqueue';
  const state = i.kind === 'loopback' ? 'UNKNOWN' : i.lowerUp ? 'UP' : 'DOWN';
  const master = i.master ? `master ${i.master} ` : '';
  const qlen = i.kind === 'loopback' || i.kind === 'ether' ? 'qlen 1000' : '';
  return `${i.index}: ${name}: <${flagWords(i)}> mtu ${i.mtu} qdisc ${qdisc} ${master}state ${state} ${qlen}`;
}

function linkLine(i: NetInterface): string {
  return i.kind === 'loopback'
    ? '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00'
    : `    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff`;
}

export function ipLink(list: NetInterface[]): string {
  return list.map((i) => `${header(i)}\n${linkLine(i)}\n`).join('');
}

/** Each address as its two lines (the address, then its lifetimes). */
function addressLines(i: NetInterface, ipv6Loopback: boolean): string[] {
  const lines: string[] = [];
  if (i.ipv4) {
    const addr = `${formatIPv4(i.ipv4.address)}/${i.ipv4.prefix}`;
    if (i.kind === 'loopback') lines.push(`    inet ${addr} scope host lo`);
    else {
      const brd = formatIPv4(lastAddress(networkOf({ base: i.ipv4.address, prefix: i.ipv4.prefix })));
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
  return lines;
}

export function ipAddr(list: NetInterface[], ipv6Loopback: boolean): string {
  return list.map((i) => `${[header(i), linkLine(i), ...addressLines(i, ipv6Loopback)].join('\n')}\n`).join('');
}

/** `ip -o addr`: one line per address, `index: name    inet ...\       valid_lft ...`. */
export function ipAddrOneline(list: NetInterface[], ipv6Loopback: boolean): string {
  const out: string[] = [];
  for (const i of list) {
    const lines = addressLines(i, ipv6Loopback);
    for (let n = 0; n < lines.length; n += 2)
      out.push(`${i.index}: ${i.name}    ${lines[n]!.trim()}\\${lines[n + 1]!}`);
  }
  return out.map((l) => `${l}\n`).join('');
}
