// The PORTS column of `docker ps` and the lines of `docker port`.
import type { Container } from '../../core/lab/model';
import { parsePortKey } from '../../core/daemon/portBindings';
import { isContainerMode } from '../../core/daemon/networkMode';

const hostAddress = (ip: string) => (ip.includes(':') ? `[${ip}]` : ip);

function sortedKeys(keys: string[]): string[] {
  return [...keys].sort((a, b) => {
    const pa = parsePortKey(a);
    const pb = parsePortKey(b);
    return pa.port - pb.port || pa.proto.localeCompare(pb.proto);
  });
}

interface ApiPort {
  ip: string;
  privatePort: number;
  publicPort: number;
  type: string;
}

/** The API's port list: one entry per binding, or one without IP for a port only exposed. */
function apiPorts(c: Container): ApiPort[] {
  const out: ApiPort[] = [];
  for (const key of new Set([...c.exposedPorts, ...Object.keys(c.ports)])) {
    const { port, proto } = parsePortKey(key);
    const bindings = c.ports[key] ?? [];
    if (bindings.length === 0) out.push({ ip: '', privatePort: port, publicPort: 0, type: proto });
    for (const b of bindings)
      out.push({ ip: b.hostIp, privatePort: port, publicPort: Number(b.hostPort), type: proto });
  }
  return out;
}

/** docker/cli comparePorts: private port, then host IP, then public port, then protocol. */
function comparePorts(a: ApiPort, b: ApiPort): number {
  if (a.privatePort !== b.privatePort) return a.privatePort - b.privatePort;
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  if (a.publicPort !== b.publicPort) return a.publicPort - b.publicPort;
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}

function formGroup(key: string, first: number, last: number): string {
  const slash = key.lastIndexOf('/');
  const ip = slash < 0 ? '' : key.slice(0, slash);
  const type = slash < 0 ? key : key.slice(slash + 1);
  const range = first === last ? String(first) : `${first}-${last}`;
  return ip ? `${hostAddress(ip)}:${range}->${range}/${type}` : `${range}/${type}`;
}

/**
 * The PORTS column (docker/cli formatter.DisplayablePorts): ports published on the same number
 * and exposed ports group into ranges and come first, other mappings follow one by one.
 */
export function portsColumn(c: Container): string {
  if (c.state !== 'running') return '';
  if (c.networkMode === 'host' || c.networkMode === 'none' || isContainerMode(c.networkMode)) return '';
  const groups = new Map<string, { first: number; last: number }>();
  const order: string[] = [];
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const p of apiPorts(c).sort(comparePorts)) {
    let key = p.type;
    if (p.ip !== '') {
      if (p.publicPort !== p.privatePort) {
        hostMappings.push(`${hostAddress(p.ip)}:${p.publicPort}->${p.privatePort}/${p.type}`);
        continue;
      }
      key = `${p.ip}/${p.type}`;
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: p.privatePort, last: p.privatePort });
      order.push(key);
    } else if (p.privatePort === group.last + 1) {
      group.last = p.privatePort;
    } else {
      result.push(formGroup(key, group.first, group.last));
      groups.set(key, { first: p.privatePort, last: p.privatePort });
    }
  }
  for (const key of order) {
    const g = groups.get(key)!;
    result.push(formGroup(key, g.first, g.last));
  }
  return [...result, ...hostMappings].join(', ');
}

/** `docker port C [PORT]`: `80/tcp -> 0.0.0.0:8080` lines. */
export function portLines(c: Container, only?: string): string[] {
  const lines: string[] = [];
  for (const key of sortedKeys(Object.keys(c.ports))) {
    if (only && key !== only) continue;
    for (const b of c.ports[key]!)
      lines.push(only ? `${hostAddress(b.hostIp)}:${b.hostPort}` : `${key} -> ${hostAddress(b.hostIp)}:${b.hostPort}`);
  }
  return lines;
}
