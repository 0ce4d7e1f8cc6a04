// `ifconfig` and `ip addr|link` over the interfaces of the namespace the shell is in.
import { BUSYBOX_BANNER } from './busyboxBanner';
import { fail, ok } from '../../core/lab/output';
import { namespaceInterfaces } from '../../core/kernel/interfaces';
import { HOST_NETNS } from '../../core/lab/lab';
import { ifconfig } from '../print/ifconfig';
import { ipAddr, ipAddrOneline, ipLink } from '../print/ipAddr';
import { ipRoute4, ipRoute6 } from '../print/ipRoute';
import { ipv4Routes, ipv6Routes } from './routes';
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

/** `-4`, `-6`, `-f inet|inet6`, `-family ...` (busybox ip.c ip_parse_common_args): the family filter. */
function familyOf(argv: string[]): { family: 0 | 4 | 6; rest: string[] } {
  let family: 0 | 4 | 6 = 0;
  const rest: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-4') family = 4;
    else if (a === '-6') family = 6;
    else if (a === '-f' || a === '-family') {
      const f = argv[++i];
      family = f === 'inet6' ? 6 : f === 'inet' ? 4 : family;
    } else if (a !== '-o' && a !== '-oneline') rest.push(a);
  }
  return { family, rest };
}

export const ipTool: ShellTool = (sh, argv) => {
  const oneline = argv.includes('-o') || argv.includes('-oneline');
  const { family, rest: args } = familyOf(argv);
  const object = own(IP_OBJECTS, args[0] ?? '');
  if (!object) {
    return fail(
      args.length === 0
        ? `${BUSYBOX_BANNER}\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n`
        : `ip: unknown object ${args[0]}\n`,
    );
  }
  let list = namespaceInterfaces(sh.lab, sh.netnsId);
  const dev = args.indexOf('dev');
  const named = dev >= 0 ? args[dev + 1] : args[1] === 'show' ? args[2] : undefined;
  if (named && object !== 'route') {
    list = list.filter((i) => i.name === named);
    if (list.length === 0) return fail(`ip: can't find device '${named}'\n`);
  }
  if (object === 'link') return ok(ipLink(list));
  if (object === 'addr') {
    const loopback6 = family !== 4 && hasIPv6Loopback(sh);
    return ok(oneline ? ipAddrOneline(list, loopback6, family) : ipAddr(list, loopback6, family));
  }
  const routes = family === 6 ? ipRoute6(ipv6Routes(sh)) : ipRoute4(ipv4Routes(sh));
  return ok(named ? routes.filter((l) => l.includes(` dev ${named} `)).join('') : routes.join(''));
};
