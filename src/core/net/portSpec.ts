// `-p`/`--publish` and `--expose` values, parsed like go-connections' nat.ParsePortSpec.
import type { PortBinding } from '../lab/model';
import { parseIPv4 } from './ipv4';

export class PortSpecError extends Error {}

const PROTOS = ['tcp', 'udp', 'sctp'];

/** "8000-8010" → [8000, 8010]; throws the caller's message when it is not a port or range. */
function portRange(text: string, message: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) throw new PortSpecError(message);
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535) throw new PortSpecError(message);
  if (end < start) throw new PortSpecError(`invalid range specified for port: ${text}`);
  return [start, end];
}

function splitParts(raw: string): [string, string, string] {
  let rest = raw;
  let ip = '';
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close > 0 && rest[close + 1] === ':') {
      ip = rest.slice(1, close);
      rest = rest.slice(close + 2);
      const colon = rest.indexOf(':');
      return colon < 0 ? [ip, '', rest] : [ip, rest.slice(0, colon), rest.slice(colon + 1)];
    }
  }
  const parts = rest.split(':');
  if (parts.length === 1) return ['', '', parts[0]!];
  if (parts.length === 2) return ['', parts[0]!, parts[1]!];
  if (parts.length === 3) return [parts[0]!, parts[1]!, parts[2]!];
  // An unbracketed IPv6 host address: everything before the last two parts.
  return [parts.slice(0, -2).join(':'), parts[parts.length - 2]!, parts[parts.length - 1]!];
}

function validIP(ip: string): boolean {
  if (parseIPv4(ip) !== undefined) return true;
  return /^[0-9a-fA-F:]+$/.test(ip) && ip.includes(':') && (ip.match(/::/g) ?? []).length <= 1;
}

export interface PublishedPorts {
  exposed: string[];
  bindings: Record<string, PortBinding[]>;
}

/** One `-p` value into exposed keys ("80/tcp") and bindings. */
export function parsePublish(raw: string): PublishedPorts {
  const [ip, hostPort, containerPart] = splitParts(raw);
  const slash = containerPart.indexOf('/');
  const containerPort = slash < 0 ? containerPart : containerPart.slice(0, slash);
  const proto = slash < 0 ? 'tcp' : containerPart.slice(slash + 1);
  if (ip !== '' && !validIP(ip)) throw new PortSpecError(`invalid IP address: ${ip}`);
  if (containerPort === '') throw new PortSpecError(`no port specified: ${raw}<empty>`);
  const [start, end] = portRange(containerPort, `invalid containerPort: ${containerPort}`);
  let hostStart = 0;
  let hostEnd = 0;
  if (hostPort !== '') [hostStart, hostEnd] = portRange(hostPort, `invalid hostPort: ${hostPort}`);
  if (hostPort !== '' && end - start !== hostEnd - hostStart && end !== start) {
    throw new PortSpecError(`invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
  }
  if (!PROTOS.includes(proto.toLowerCase())) throw new PortSpecError(`invalid proto: ${proto}`);
  const out: PublishedPorts = { exposed: [], bindings: {} };
  for (let p = start; p <= end; p++) {
    const key = `${p}/${proto.toLowerCase()}`;
    let hp = '';
    if (hostPort !== '')
      hp = start === end && hostStart !== hostEnd ? `${hostStart}-${hostEnd}` : String(hostStart + (p - start));
    out.exposed.push(key);
    (out.bindings[key] ??= []).push({ hostIp: ip, hostPort: hp });
  }
  return out;
}

/** One `--expose` value ("80", "8000-9000/udp") into exposed keys. */
export function parseExpose(raw: string): string[] {
  const slash = raw.indexOf('/');
  const ports = slash < 0 ? raw : raw.slice(0, slash);
  const proto = slash < 0 ? 'tcp' : raw.slice(slash + 1);
  let range: [number, number];
  try {
    range = portRange(ports, `invalid range format for --expose: ${raw}, error: invalid port: ${ports}`);
  } catch (e) {
    const inner = e instanceof Error ? e.message : String(e);
    throw new PortSpecError(
      inner.startsWith('invalid range specified')
        ? `invalid range format for --expose: ${raw}, error: ${inner}`
        : inner,
    );
  }
  const out: string[] = [];
  for (let p = range[0]; p <= range[1]; p++) out.push(`${p}/${proto}`);
  return out;
}
