// busybox nc: `nc -l -p PORT` binds a listener in the current namespace (it keeps running in
// the background of the lab); `nc HOST PORT` connects, `-z` only probes.
import { BUSYBOX_BANNER } from './busyboxBanner';
import { bindListener } from '../../core/kernel/listeners';
import { ncListenPort } from '../../core/daemon/mainProcess';
import type { ShellTool } from './context';
import { probeAddress } from './target';
import { ncConversation } from './ncConversation';

export const ncTool: ShellTool = (sh, argv) => {
  const listen = ncListenPort(argv);
  if (listen) {
    const ok = bindListener(sh.lab, {
      netnsId: sh.netnsId,
      containerId: sh.container?.id ?? 'host',
      proto: listen.proto,
      port: listen.port,
      program: 'nc',
      // nc_bloaty.c without -s: xsocket_type(AF_UNSPEC) tries AF_INET6 first, one [::] socket for both families.
      stack: 'dual',
    });
    return ok
      ? { stdout: '', stderr: '', exitCode: 0 }
      : { stdout: '', stderr: 'nc: bind: Address in use\n', exitCode: 1 };
  }
  const udp = argv.some((a) => /^-[a-z]*u/.test(a));
  const positional = argv
    .slice(1)
    .filter((a, i, all) => !a.startsWith('-') && !['-w', '-W', '-s', '-p'].includes(all[i - 1] ?? ''));
  const [host, portText] = positional;
  if (!host || !portText)
    return {
      stdout: '',
      stderr: `${BUSYBOX_BANNER}\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n`,
      exitCode: 1,
    };
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return { stdout: '', stderr: `nc: bad port '${portText}'\n`, exitCode: 1 };
  const target = probeAddress(sh, host, { port, proto: udp ? 'udp' : 'tcp' });
  if (!target.ok) return { stdout: '', stderr: `nc: bad address '${host}'\n`, exitCode: 1 };
  // xmalloc_sockaddr2dotted: `[addr]:port` for IPv6; xconnect names only an IPv4 peer in its error.
  const dotted = target.family === 6 ? `[${target.address}]:${port}` : `${target.address}:${port}`;
  const cannot =
    target.family === 6 ? "can't connect to remote host" : `can't connect to remote host (${target.address})`;
  // busybox's nc (nc_bloaty): -z only probes; -v reports an open port, a closed one just fails.
  const zero = argv.some((a) => /^-[a-z]*z/.test(a));
  const verbose = argv.some((a) => /^-[a-z]*v/.test(a));
  if (zero) {
    if (target.result.ok || udp)
      return { stdout: '', stderr: verbose ? `${host} (${dotted}) open\n` : '', exitCode: 0 };
    return { stdout: '', stderr: '', exitCode: 1 };
  }
  if (udp) return { stdout: '', stderr: '', exitCode: 0 };
  if (target.result.ok) {
    const answer = ncConversation(sh, target.result, sh.stdin ?? '', {
      host,
      address: target.address,
      family: target.family,
      port,
    });
    return { stdout: answer, stderr: '', exitCode: 0 };
  }
  if (target.result.failure === 'refused')
    return { stdout: '', stderr: `nc: ${cannot}: Connection refused\n`, exitCode: 1 };
  if (target.result.failure === 'no-route')
    return { stdout: '', stderr: `nc: ${cannot}: Network is unreachable\n`, exitCode: 1 };
  return { stdout: '', stderr: 'nc: timeout\n', exitCode: 1 };
};
