// The built-in image catalogue: what each image exposes, runs by default, and listens on.
import type { Protocol } from './model';
import { own } from './own';

export interface ImageListener {
  port: number;
  proto: Protocol;
}

export interface ImageInfo {
  /** Config.Entrypoint + Config.Cmd as `docker ps` shows them. */
  entrypoint: string[];
  cmd: string[];
  /** EXPOSE ports, e.g. "80/tcp". */
  exposed: string[];
  /** What the default command listens on once started. */
  listens: ImageListener[];
  /** Program name used in logs and `netstat -p`. */
  program: string;
  /** `docker logs` line when its port is already bound in the namespace. */
  bindFailure: (port: number) => string;
  /** Exit status of the default command on `docker stop` (SIGTERM, or SIGKILL after the grace period). */
  stopExitCode: number;
  /** Whether the default command needs a terminal or stdin to stay up (a shell). */
  isShell: boolean;
}

const shellImage = (program: string): ImageInfo => ({
  entrypoint: [],
  cmd: [program],
  exposed: [],
  listens: [],
  program,
  bindFailure: () => '',
  stopExitCode: 137,
  isShell: true,
});

const server = (
  entrypoint: string[],
  cmd: string[],
  port: number,
  program: string,
  bindFailure: (port: number) => string,
): ImageInfo => ({
  entrypoint,
  cmd,
  exposed: [`${port}/tcp`],
  listens: [{ port, proto: 'tcp' }],
  program,
  bindFailure,
  stopExitCode: 0,
  isShell: false,
});

const CATALOGUE: Record<string, ImageInfo> = {
  busybox: shellImage('sh'),
  alpine: shellImage('/bin/sh'),
  ubuntu: shellImage('/bin/bash'),
  debian: shellImage('bash'),
  nginx: server(['/docker-entrypoint.sh'], ['nginx', '-g', 'daemon off;'], 80, 'nginx',
    (p) => `nginx: [emerg] bind() to 0.0.0.0:${p} failed (98: Address already in use)`),
  httpd: server([], ['httpd-foreground'], 80, 'httpd',
    (p) => `(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:${p}`),
  redis: server(['docker-entrypoint.sh'], ['redis-server'], 6379, 'redis-server',
    (p) => `# Warning: Could not create server TCP listening socket *:${p}: bind: Address in use`),
  postgres: server(['docker-entrypoint.sh'], ['postgres'], 5432, 'postgres',
    (p) => `LOG:  could not bind IPv4 address "0.0.0.0": Address in use\nWARNING:  could not create listen socket for "*"\nFATAL:  could not create any TCP/IP sockets (port ${p})`),
  mysql: server(['docker-entrypoint.sh'], ['mysqld'], 3306, 'mysqld',
    (p) => `[ERROR] [MY-010262] [Server] Can't start server: Bind on TCP/IP port: Address already in use\n[ERROR] [MY-010257] [Server] Do you already have another mysqld server running on port: ${p} ?`),
  traefik: server(['/entrypoint.sh'], ['traefik'], 80, 'traefik',
    (p) => `error while building entryPoint web: error preparing server: error opening listener: listen tcp :${p}: bind: address already in use`),
};

/** `nginx:1.27-alpine`, `docker.io/library/nginx` → `nginx`. */
export function imageBaseName(reference: string): string {
  const withoutDigest = reference.split('@')[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const repo = withoutDigest.slice(lastSlash + 1);
  const colon = repo.indexOf(':');
  return colon < 0 ? repo : repo.slice(0, colon);
}

export function lookupImage(reference: string): ImageInfo | undefined {
  return own(CATALOGUE, imageBaseName(reference));
}

export function knownImages(): string[] {
  return Object.keys(CATALOGUE);
}
