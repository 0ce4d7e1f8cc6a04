// The DOM contract's ids (graph.ts header), built in one place for the graph and the trace.
import type { Protocol } from '../../core/lab/model';

/** A namespace as `readlink /proc/self/ns/net` prints it. */
export const namespaceId = (netnsId: number): string => `net:[${netnsId}]`;

/** `eth0@net:[4026532200]`. */
export const interfaceId = (ifname: string, netnsId: number): string => `${ifname}@${namespaceId(netnsId)}`;

/** `0.0.0.0:8080`, `[::]:8080`: a host binding as docker port prints it. */
export function bindingText(hostIp: string, hostPort: string | number): string {
  const ip = hostIp === '' ? '0.0.0.0' : hostIp;
  return ip.includes(':') ? `[${ip}]:${hostPort}` : `${ip}:${hostPort}`;
}

/** A published port, by its host side: `0.0.0.0:8080/tcp`. */
export const publishedId = (hostIp: string, hostPort: string | number, proto: string): string =>
  `${bindingText(hostIp, hostPort)}/${proto}`;

/**
 * A listening socket: `0.0.0.0:80/tcp@net:[N]`. The lab's listeners bind the wildcard address
 * (what nginx, nc -l and the images' servers do by default).
 */
export const listeningId = (port: number, proto: Protocol, netnsId: number): string =>
  `0.0.0.0:${port}/${proto}@${namespaceId(netnsId)}`;

export const linkId = (from: string, to: string): string => `${from}->${to}`;
