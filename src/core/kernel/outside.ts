// The world beyond the host's gateway: a few well-known names and what answers there.
import { parseIPv4 } from '../net/ipv4';

interface RemoteHost {
  name: string;
  ip: string;
  /** TCP ports that accept connections, with what an HTTP GET gets back. */
  http: number[];
  /** Hops from the Docker host, for ping's TTL. */
  hops: number;
}

const REMOTE_HOSTS: readonly RemoteHost[] = [
  { name: 'example.com', ip: '93.184.215.14', http: [80, 443], hops: 12 },
  { name: 'www.example.com', ip: '93.184.215.14', http: [80, 443], hops: 12 },
  { name: 'google.com', ip: '142.250.74.46', http: [80, 443], hops: 9 },
  { name: 'www.google.com', ip: '142.250.74.36', http: [80, 443], hops: 9 },
  { name: 'docker.com', ip: '141.193.213.10', http: [80, 443], hops: 11 },
  { name: 'registry-1.docker.io', ip: '54.236.113.205', http: [443], hops: 14 },
  { name: 'dns.google', ip: '8.8.8.8', http: [443], hops: 8 },
  { name: 'one.one.one.one', ip: '1.1.1.1', http: [80, 443], hops: 7 },
];

/** Upstream DNS for a name outside the lab, or undefined (NXDOMAIN). */
export function resolveOutside(name: string): number | undefined {
  const host = REMOTE_HOSTS.find((h) => h.name === name.toLowerCase().replace(/\.$/, ''));
  return host ? parseIPv4(host.ip) : undefined;
}

const byIp = (ip: number) => REMOTE_HOSTS.find((h) => parseIPv4(h.ip) === ip);

/** Private, loopback, link-local and reserved ranges are never "the internet". */
export function isPublic(ip: number): boolean {
  const a = ip >>> 24;
  const b = (ip >>> 16) & 255;
  if (a === 10 || a === 127 || a === 0 || a >= 224) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 169 && b === 254) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  return true;
}

/** Any public address answers ping; known hosts also answer on their ports. */
export function outsideHops(ip: number): number {
  return byIp(ip)?.hops ?? 10;
}

/** Public resolvers, which also take DNS over TCP on port 53 (RFC 7766). */
const RESOLVERS = ['8.8.8.8', '8.8.4.4', '1.1.1.1'];

export function outsideListens(ip: number, port: number): boolean {
  if (byIp(ip)?.http.includes(port)) return true;
  // A known host's own ports are not the whole answer: dns.google (8.8.8.8) serves DNS as well as HTTPS.
  return port === 53 && RESOLVERS.some((r) => parseIPv4(r) === ip);
}
