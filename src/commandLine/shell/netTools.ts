// `ifconfig` and `ip addr|link` over the interfaces of the namespace the shell is in.
import { fail, ok } from '../../core/lab/output';
import { namespaceInterfaces } from '../../core/kernel/interfaces';
import { HOST_NETNS } from '../../core/lab/lab';
import { gatewayEndpoint } from '../../core/kernel/defaultRoute';
import { ifconfig } from '../print/ifconfig';
import { ipAddr, ipAddrOneline, ipLink } from '../print/ipAddr';
import { formatIPv4 as fmt, networkOf } from '../../core/net/ipv4';
import type { ShellTool } from './context';
import { own } from '../../core/lab/own';

/**
 * lo keeps ::1 in every namespace (Docker disables IPv6 only on the ethN of IPv4-only networks),
 * except with --network none, where the docs say no IPv6 loopback address is configured.
 */
export function hasIPv6Loopback(sh: Parameters<ShellTool>[0]): boolean {
  if (sh.netnsId === HOST_NETNS) return true;
  const ns = sh.lab.namespaces.get(sh.netnsId);
  const owner = ns ? sh.lab.containers.get(ns.owner) : undefined;
  return owner?.networkMode !== 'none';
}

export const ifconfigTool: ShellTool = (sh, argv) => {
  const list = namespaceInterfaces(sh.lab, sh.netnsId);
  const all = argv.includes('-a');
  const name = argv.slice(1).find((a) => !a.startsWith('-'));
  if (name) {
    const one = list.filter((i) => i.name === name);
    if (one.length === 0) return fail(`ifconfig: ${name}: error fetching interface information: Device not found\n`);
    return ok(ifconfig(one, hasIPv6Loopback(sh), true));
  }
  return ok(ifconfig(list, hasIPv6Loopback(sh), all));
};

const IP_OBJECTS: Record<string, 'addr' | 'link' | 'route'> = {
  a: 'addr',
  ad: 'addr',
  addr: 'addr',
  address: 'addr',
  l: 'link',
  li: 'link',
  link: 'link',
  r: 'route',
  ro: 'route',
  route: 'route',
};

export const ipTool: ShellTool = (sh, argv) => {
  const oneline = argv.includes('-o');
  const args = argv.slice(1).filter((a) => a !== '-o' && a !== '-4');
  const object = own(IP_OBJECTS, args[0] ?? '');
  if (!object) {
    return fail(
      args.length === 0
        ? 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n'
        : `ip: unknown object ${args[0]}\n`,
    );
  }
  let list = namespaceInterfaces(sh.lab, sh.netnsId);
  const dev = args.indexOf('dev');
  const named = dev >= 0 ? args[dev + 1] : args[1] === 'show' ? args[2] : undefined;
  if (named) {
    list = list.filter((i) => i.name === named);
    if (list.length === 0) return fail(`ip: can't find device '${named}'\n`);
  }
  if (object === 'link') return ok(ipLink(list));
  if (object === 'addr') {
    const v4only = argv.includes('-4');
    const shown = v4only ? list.map((i) => ({ ...i, ipv6: [] })) : list;
    return ok(
      oneline ? ipAddrOneline(shown, !v4only && hasIPv6Loopback(sh)) : ipAddr(shown, !v4only && hasIPv6Loopback(sh)),
    );
  }
  return ok(routeLines(sh));
};

function routeLines(sh: Parameters<ShellTool>[0]): string {
  const list = namespaceInterfaces(sh.lab, sh.netnsId).filter((i) => i.ipv4 && i.kind !== 'loopback');
  if (sh.netnsId === HOST_NETNS) {
    const p = sh.lab.hostProfile.eth0;
    // The kernel dumps routes in ascending order of destination.
    const net = (i: (typeof list)[number]) => networkOf({ base: i.ipv4!.address, prefix: i.ipv4!.prefix }).base;
    const routes = list.sort((a, b) => net(a) - net(b));
    return [`default via ${p.gateway} dev eth0 `, ...routes.map((i) => routeFor(i.ipv4!, i.name))].join('\n') + '\n';
  }
  const ns = sh.lab.namespaces.get(sh.netnsId);
  const owner = ns?.alive ? sh.lab.containers.get(ns.owner) : undefined;
  const withGw = owner ? gatewayEndpoint(sh.lab, owner)?.[1] : undefined;
  const lines: string[] = [];
  if (withGw) lines.push(`default via ${fmt(withGw.gateway!)} dev ${withGw.ifname} `);
  for (const i of list) lines.push(routeFor(i.ipv4!, i.name));
  return lines.map((l) => `${l}\n`).join('');
}

function routeFor(a: { address: number; prefix: number }, dev: string): string {
  return `${fmt(networkOf({ base: a.address, prefix: a.prefix }).base)}/${a.prefix} dev ${dev} scope link  src ${fmt(a.address)} `;
}
