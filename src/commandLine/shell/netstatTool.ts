// `netstat -tln` / `ss -tln`: sockets listening in the shell's namespace; in the host's
// namespace also docker-proxy for each published port.
import { HOST_NETNS } from '../../core/lab/lab';
import { usesEmbeddedDns } from '../../core/kernel/dns';
import { fileOwner } from '../../core/kernel/etcFiles';
import type { ShellContext, ShellTool } from './context';

interface Row {
  proto: string;
  local: string;
  program: string;
}

function rows(sh: ShellContext): Row[] {
  const list: Row[] = sh.lab.listeners
    .filter((l) => l.netnsId === sh.netnsId)
    .map((l) => ({ proto: l.proto, local: `0.0.0.0:${l.port}`, program: l.program }));
  if (sh.netnsId === HOST_NETNS) {
    for (const [key, bindings] of sh.lab.hostPorts) {
      const [proto, port] = key.split('/');
      for (const b of bindings)
        list.push({
          proto: b.hostIp.includes(':') ? `${proto}6` : proto!,
          local: b.hostIp.includes(':') ? `:::${port}` : `${b.hostIp}:${port}`,
          program: 'docker-proxy',
        });
    }
  }
  const owner = sh.container ? fileOwner(sh.lab, sh.container) : undefined;
  if (owner && usesEmbeddedDns(sh.lab, owner))
    list.push({ proto: 'tcp', local: '127.0.0.11:46617', program: 'dockerd' });
  return list.sort((a, b) => a.local.localeCompare(b.local));
}

export const netstatTool: ShellTool = (sh, argv) => {
  const udp = argv.slice(1).some((a) => a.startsWith('-') && a.includes('u'));
  const tcp = argv.slice(1).some((a) => a.startsWith('-') && a.includes('t')) || !udp;
  const list = rows(sh).filter((r) => (tcp && r.proto.startsWith('tcp')) || (udp && r.proto.startsWith('udp')));
  let out =
    'Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \n';
  for (const r of list) {
    const foreign = r.proto.endsWith('6') ? ':::*' : '0.0.0.0:*';
    out += `${r.proto.padEnd(5)}       0      0 ${r.local.padEnd(23)} ${foreign.padEnd(23)} ${r.proto.startsWith('tcp') ? 'LISTEN' : '      '}      \n`;
  }
  return { stdout: out, stderr: '', exitCode: 0 };
};

export const ssTool: ShellTool = (sh) => {
  let out = 'Netid State  Recv-Q Send-Q Local Address:Port  Peer Address:Port\n';
  for (const r of rows(sh)) {
    const [addr, port] = [r.local.slice(0, r.local.lastIndexOf(':')), r.local.slice(r.local.lastIndexOf(':') + 1)];
    out += `${r.proto.replace('6', '').padEnd(5)} LISTEN 0      4096   ${`${addr === '::' ? '[::]' : addr}:${port}`.padEnd(18)} ${'0.0.0.0:*'}\n`;
  }
  return { stdout: out, stderr: '', exitCode: 0 };
};
