// busybox ping: `ping [-4|-6] [-c N] [-W S] HOST` (and ping6, which is ping -6). Without -c the real one runs until
// interrupted; here 4. Both families print the same lines (ping.c print_stats_and_exit, unpack4, unpack6), with
// the hop limit in the ttl= field.
import { BUSYBOX_BANNER } from './busyboxBanner';
import type { ShellTool } from './context';
import { type Family, probeAddress, rtt } from './target';

export const pingTool: ShellTool = (sh, argv) => {
  let count = 4;
  let host: string | undefined;
  let family: Family = argv[0] === 'ping6' ? 6 : 'any';
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-4' || a === '-6') family = a === '-4' ? 4 : 6;
    else if (a === '-c') count = Number(argv[++i]);
    else if (/^-c\d+$/.test(a)) count = Number(a.slice(2));
    else if (a === '-W' || a === '-w' || a === '-s' || a === '-i') i++;
    else if (!a.startsWith('-')) host = a;
  }
  if (!host) return { stdout: '', stderr: `${BUSYBOX_BANNER}\n\nUsage: ping [OPTIONS] HOST\n`, exitCode: 1 };
  if (!Number.isInteger(count) || count < 1)
    return { stdout: '', stderr: `ping: invalid number '${argv[argv.indexOf('-c') + 1] ?? ''}'\n`, exitCode: 1 };
  const target = probeAddress(sh, host, undefined, family);
  if (!target.ok) return { stdout: '', stderr: `ping: bad address '${host}'\n`, exitCode: 1 };
  const ip = target.address;
  if (target.result.failure === 'no-route')
    return {
      stdout: `PING ${host} (${ip}): 56 data bytes\n`,
      stderr: 'ping: sendto: Network is unreachable\n',
      exitCode: 1,
    };
  let out = `PING ${host} (${ip}): 56 data bytes\n`;
  const times: number[] = [];
  if (target.result.ok) {
    for (let seq = 0; seq < count; seq++) {
      const t = rtt(seq, target.result.ttl);
      times.push(Number(t));
      out += `64 bytes from ${ip}: seq=${seq} ttl=${target.result.ttl} time=${t} ms\n`;
    }
  }
  out += `\n--- ${host} ping statistics ---\n`;
  const received = times.length;
  out += `${count} packets transmitted, ${received} packets received, ${Math.round(((count - received) / count) * 100)}% packet loss\n`;
  if (received > 0) {
    const min = Math.min(...times).toFixed(3);
    const max = Math.max(...times).toFixed(3);
    const avg = (times.reduce((a, b) => a + b, 0) / received).toFixed(3);
    out += `round-trip min/avg/max = ${min}/${avg}/${max} ms\n`;
  }
  return { stdout: out, stderr: '', exitCode: received > 0 ? 0 : 1 };
};
