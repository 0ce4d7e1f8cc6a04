// busybox `traceroute [-n] [-m MAX] HOST` (networking/traceroute.c): a header line, then per TTL
// "%2d" and, for each of 3 probes, "  NAME (IP)" when the replying address changes and
// "  X.XXX ms", or "  *" when nothing replies. A container's packets cross its bridge gateway (the
// host) first, then the LAN gateway; routers further out are shown as not answering.
import { BUSYBOX_BANNER } from './busyboxBanner';
import { reverseLookup } from '../../core/kernel/dns';
import { HOST_NETNS } from '../../core/lab/lab';
import { formatIPv4, parseIPv4 } from '../../core/net/ipv4';
import type { ShellTool } from './context';
import { ipv4Routes } from './routes';
import { probeTarget, rtt } from './target';

const PROBES = 3;

export const tracerouteTool: ShellTool = (sh, argv) => {
  let numeric = false;
  let maxTtl = 30;
  let host: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-m') maxTtl = Number(argv[++i]);
    else if (['-q', '-w', '-p', '-f', '-s', '-i', '-g', '-t', '-z'].includes(a)) i++;
    else if (a.startsWith('-')) numeric ||= a.includes('n');
    else host ??= a;
  }
  if (!host)
    return {
      stdout: '',
      stderr: `${BUSYBOX_BANNER}\n\nUsage: traceroute [-46IFlnrv] [-f 1ST_TTL] [-m MAXTTL] [-q PROBES] [-p PORT]\n`,
      exitCode: 1,
    };
  const target = probeTarget(sh, host);
  if (!target.ok) return { stdout: '', stderr: `traceroute: bad address '${host}'\n`, exitCode: 1 };
  const ip = formatIPv4(target.ip);
  let out = `traceroute to ${host} (${ip}), ${maxTtl} hops max, 46 byte packets\n`;
  if (target.result.failure === 'no-route')
    return { stdout: `${out} 1`, stderr: 'traceroute: sendto: Network is unreachable\n', exitCode: 1 };
  const label = (addr: number): string => {
    const dotted = formatIPv4(addr);
    if (numeric) return `  ${dotted}`;
    const name = sh.container ? reverseLookup(sh.lab, sh.container, addr) : undefined;
    return `  ${name ?? dotted} (${dotted})`;
  };
  // The routers that answer before the target: the bridge gateway (from a container), then the LAN gateway.
  const routers: number[] = [];
  const defaultRoute = ipv4Routes(sh).find((r) => r.prefix === 0);
  const onLink = ipv4Routes(sh).some(
    (r) => r.prefix > 0 && (r.dest ^ target.ip) >>> (32 - r.prefix) === 0 && r.gateway === null,
  );
  if (!onLink && defaultRoute?.gateway != null && defaultRoute.gateway !== target.ip) {
    routers.push(defaultRoute.gateway);
    const lanGateway = parseIPv4(sh.lab.hostProfile.eth0.gateway);
    if (sh.netnsId !== HOST_NETNS && lanGateway !== undefined && lanGateway !== target.ip && target.result.ttl < 63)
      routers.push(lanGateway);
  }
  const hops = target.result.ok ? 64 - target.result.ttl + 1 : maxTtl;
  const reachedHosts = target.result.ok ? [] : routers.slice(0, sh.netnsId === HOST_NETNS ? 0 : 1);
  for (let ttl = 1; ttl <= Math.min(hops, maxTtl); ttl++) {
    const isTarget = target.result.ok && ttl === hops;
    const addr = isTarget ? target.ip : target.result.ok ? routers[ttl - 1] : reachedHosts[ttl - 1];
    let line = String(ttl).padStart(2);
    if (addr === undefined) line += '  *'.repeat(PROBES);
    else {
      line += label(addr);
      for (let p = 0; p < PROBES; p++)
        line += `  ${rtt(p + ttl, isTarget ? target.result.ttl : ttl === 1 ? 64 : 62)} ms`;
    }
    out += `${line}\n`;
  }
  return { stdout: out, stderr: '', exitCode: 0 };
};
