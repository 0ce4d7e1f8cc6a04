// The PORTS column of `docker ps` and the lines of `docker port`.
import type { Container } from '../model';
import { parsePortKey } from '../portBindings';

const hostAddress = (ip: string) => (ip.includes(':') ? `[${ip}]` : ip);

function sortedKeys(keys: string[]): string[] {
  return [...keys].sort((a, b) => {
    const pa = parsePortKey(a);
    const pb = parsePortKey(b);
    return pa.port - pb.port || pa.proto.localeCompare(pb.proto);
  });
}

/** `0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`, or `80/tcp` for a port only exposed. */
export function portsColumn(c: Container): string {
  if (c.state !== 'running') return '';
  if (c.networkMode === 'host' || c.networkMode === 'none' || c.networkMode.startsWith('container:')) return '';
  const keys = sortedKeys([...new Set([...c.exposedPorts, ...Object.keys(c.ports)])]);
  const v4: string[] = [];
  const v6: string[] = [];
  const bare: string[] = [];
  for (const key of keys) {
    const bindings = c.ports[key] ?? [];
    if (bindings.length === 0) bare.push(key);
    for (const b of bindings) (b.hostIp.includes(':') ? v6 : v4).push(`${hostAddress(b.hostIp)}:${b.hostPort}->${key}`);
  }
  const mapped: string[] = [];
  for (let i = 0; i < Math.max(v4.length, v6.length); i++) {
    if (v4[i]) mapped.push(v4[i]!);
    if (v6[i]) mapped.push(v6[i]!);
  }
  return [...mapped, ...bare].join(', ');
}

/** `docker port C [PORT]`: `80/tcp -> 0.0.0.0:8080` lines. */
export function portLines(c: Container, only?: string): string[] {
  const lines: string[] = [];
  for (const key of sortedKeys(Object.keys(c.ports))) {
    if (only && key !== only) continue;
    for (const b of c.ports[key]!) lines.push(only ? `${hostAddress(b.hostIp)}:${b.hostPort}` : `${key} -> ${hostAddress(b.hostIp)}:${b.hostPort}`);
  }
  return lines;
}
