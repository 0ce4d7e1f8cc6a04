// `netstat -tln` / `ss -tln`: sockets listening in the shell's namespace; in the host's
// namespace also docker-proxy for each published port.
import { hostPid } from '../../core/kernel/processes';
import { HOST_NETNS } from '../../core/lab/lab';
import { usesEmbeddedDns } from '../../core/kernel/dns';
import { fileOwner } from '../../core/kernel/etcFiles';
import type { Listener } from '../../core/lab/model';
import type { ShellContext, ShellTool } from './context';

interface Row {
  proto: string;
  /** An AF_INET6 socket (/proc/net/tcp6), listed after the IPv4 ones. */
  v6: boolean;
  local: string;
  program: string;
  /** The container whose process holds the socket (empty: the host's, or the daemon's). */
  containerId: string;
}

/**
 * A listener's sockets: 0.0.0.0 for ipv4 and pair, [::] for pair and dual. busybox prints "tcp" for both families;
 * the host's net-tools netstat prints "tcp6" for an AF_INET6 socket.
 */
function listenerRows(sh: ShellContext, l: Listener): Row[] {
  const stack = l.stack ?? 'ipv4';
  const base = { program: l.program, containerId: l.containerId };
  const list: Row[] = [];
  if (stack !== 'dual') list.push({ ...base, proto: l.proto, v6: false, local: `0.0.0.0:${l.port}` });
  if (stack !== 'ipv4')
    list.push({ ...base, proto: sh.container ? l.proto : `${l.proto}6`, v6: true, local: `:::${l.port}` });
  return list;
}

function rows(sh: ShellContext): Row[] {
  const list: Row[] = sh.lab.listeners.filter((l) => l.netnsId === sh.netnsId).flatMap((l) => listenerRows(sh, l));
  if (sh.netnsId === HOST_NETNS) {
    for (const [key, bindings] of sh.lab.hostPorts) {
      const [proto, port] = key.split('/');
      for (const b of bindings)
        list.push({
          proto: b.hostIp.includes(':') ? `${proto}6` : proto!,
          v6: b.hostIp.includes(':'),
          local: b.hostIp.includes(':') ? `:::${port}` : `${b.hostIp}:${port}`,
          program: 'docker-proxy',
          containerId: '',
        });
    }
  }
  const owner = sh.container ? fileOwner(sh.lab, sh.container) : undefined;
  if (owner && usesEmbeddedDns(sh.lab, owner))
    list.push({ proto: 'tcp', v6: false, local: '127.0.0.11:46617', program: 'dockerd', containerId: '' });
  // do_info reads /proc/net/tcp before /proc/net/tcp6.
  return list.sort((a, b) => Number(a.v6) - Number(b.v6) || a.local.localeCompare(b.local));
}

/**
 * busybox netstat.c prg_cache_get: `-p` shows "PID/argv0" (at most 19 characters) for sockets of
 * processes this one can see, "-" otherwise: a container sees its own processes (its main process
 * is PID 1), not those of a namespace it joined nor the host's; the host sees them all.
 */
function owner(sh: ShellContext, r: Row): string {
  if (sh.container) return r.containerId === sh.container.id ? `1/${r.program}`.slice(0, 19) : '-';
  const pid = hostPid(r.containerId);
  return `${r.containerId === '' ? pid + Number(r.local.split(':').pop()) : pid}/${r.program}`.slice(0, 19);
}

export const netstatTool: ShellTool = (sh, argv) => {
  const opts = argv.slice(1).filter((a) => a.startsWith('-'));
  const udp = opts.some((a) => a.includes('u'));
  const tcp = opts.some((a) => a.includes('t')) || !udp;
  const programs = opts.some((a) => a.includes('p'));
  const list = rows(sh).filter((r) => (tcp && r.proto.startsWith('tcp')) || (udp && r.proto.startsWith('udp')));
  // FMT_NET_CONN_HEADER / FMT_NET_CONN_DATA ("%s   %6lu %6lu %-23s %-23s %-12s") and PROGNAME_BANNER.
  let out = `Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       ${programs ? 'PID/Program name    ' : ''}\n`;
  for (const r of list) {
    const foreign = r.v6 ? ':::*' : '0.0.0.0:*';
    const state = (r.proto.startsWith('tcp') ? 'LISTEN' : '').padEnd(12);
    // busybox prints the proto as "%s   " (always tcp/udp); net-tools as "%-4s  " (tcp6): the same columns.
    out += `${r.proto.padEnd(4)}       0      0 ${r.local.padEnd(23)} ${foreign.padEnd(23)} ${state}${programs ? owner(sh, r) : ''}\n`;
  }
  return { stdout: out, stderr: '', exitCode: 0 };
};

export const ssTool: ShellTool = (sh) => {
  let out = 'Netid State  Recv-Q Send-Q Local Address:Port  Peer Address:Port\n';
  for (const r of rows(sh)) {
    const [addr, port] = [r.local.slice(0, r.local.lastIndexOf(':')), r.local.slice(r.local.lastIndexOf(':') + 1)];
    out += `${r.proto.replace('6', '').padEnd(5)} LISTEN 0      4096   ${`${addr === '::' ? '[::]' : addr}:${port}`.padEnd(18)} ${r.v6 ? '[::]:*' : '0.0.0.0:*'}\n`;
  }
  return { stdout: out, stderr: '', exitCode: 0 };
};
