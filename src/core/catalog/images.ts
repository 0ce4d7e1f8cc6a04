// The built-in image catalogue: what each image exposes, runs by default, listens on, and which
// programs its filesystem has (busybox applets, a slim Debian userland, or a full toolbox).
import type { ListenStack, Protocol } from '../lab/model';
import type { LogStream, ProgramLog, ServerHost } from '../daemon/containerLogs';
import { nginxBindFailed, nginxStarted } from './nginxLogs';
import { httpdBindFailed, httpdStarted } from './httpdLogs';
import { redisBindFailed, redisStarted } from './redisLogs';
import { postgresBindFailed, postgresStarted } from './postgresLogs';
import { mysqlBindFailed, mysqlStarted } from './mysqlLogs';
import { mariadbBindFailed, mariadbStarted } from './mariadbLogs';
import { mongoBindFailed, mongoStarted } from './mongoLogs';
import { caddyStarted } from './caddyLogs';
import { own } from '../lab/own';

export interface ImageListener {
  port: number;
  proto: Protocol;
  /** The address families of its sockets, as `netstat -tln` shows them. */
  stack: ListenStack;
}

/** Programs in the image: busybox (busybox, alpine), slim Debian (most servers), or everything. */
export type Toolset = 'busybox' | 'busybox+curl' | 'debian' | 'debian+curl' | 'toolbox' | 'none';

/** Whether a toolset's shell and tools are busybox's (ash, applets). */
export const isBusybox = (t: Toolset | undefined): boolean => t === 'busybox' || t === 'busybox+curl';

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
  /** `docker logs` lines when its port is already bound in the namespace. */
  bindFailure: (port: number) => string;
  /** The stream the program writes its own messages to (redis and mongod log to stdout, postgres to stderr). */
  logStream: LogStream;
  /** Exit status of the default command on `docker stop` (SIGTERM, or SIGKILL after the grace period). */
  stopExitCode: number;
  /** Whether the default command needs a terminal or stdin to stay up (a shell or a REPL). */
  isShell: boolean;
  toolset: Toolset;
  /** What the default command prints and its status when it runs once and exits (hello-world). */
  oneShot?: { stdout: string; exitCode: number };
  /** Log lines once listening, and when a port is taken (replacing bindFailure), at lab time `now`. */
  startLog?: (now: number, host: ServerHost) => ProgramLog;
  bindFailureLog?: (now: number, port: number, host: ServerHost) => ProgramLog;
}

const shellImage = (program: string, toolset: Toolset): ImageInfo => ({
  entrypoint: [],
  cmd: [program],
  exposed: [],
  listens: [],
  program,
  bindFailure: () => '',
  logStream: 'stdout',
  stopExitCode: 137,
  isShell: true,
  toolset,
});

const server = (
  entrypoint: string[],
  cmd: string[],
  ports: number[],
  stack: ListenStack,
  program: string,
  toolset: Toolset,
  bindFailure: (port: number) => string,
  logStream: LogStream,
): ImageInfo => ({
  entrypoint,
  cmd,
  exposed: ports.map((p) => `${p}/tcp`),
  listens: ports.map((port) => ({ port, proto: 'tcp' as const, stack })),
  program,
  bindFailure,
  logStream,
  stopExitCode: 0,
  isShell: false,
  toolset,
});

const HELLO = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;

const inUse = (what: string) => (p: number) => `${what} ${p}: Address already in use`;

const CATALOGUE: Record<string, ImageInfo> = {
  busybox: shellImage('sh', 'busybox'),
  alpine: shellImage('/bin/sh', 'busybox'),
  ubuntu: shellImage('/bin/bash', 'debian'),
  debian: shellImage('bash', 'debian'),
  node: { ...shellImage('node', 'debian+curl'), entrypoint: ['docker-entrypoint.sh'] },
  python: shellImage('python3', 'debian+curl'),
  'nicolaka/netshoot': shellImage('zsh', 'toolbox'),
  'hello-world': {
    ...shellImage('/hello', 'none'),
    isShell: false,
    stopExitCode: 0,
    oneShot: { stdout: HELLO, exitCode: 0 },
  },
  nginx: {
    ...server(
      ['/docker-entrypoint.sh'],
      ['nginx', '-g', 'daemon off;'],
      [80],
      // default.conf's `listen 80;` and the `listen [::]:80;` 10-listen-on-ipv6-by-default.sh adds (nginx docker-entrypoint.d).
      'pair',
      'nginx',
      'debian+curl',
      (p) => `nginx: [emerg] bind() to 0.0.0.0:${p} failed (98: Address already in use)`,
      // error_log /var/log/nginx/error.log, a link to /dev/stderr (the nginx image's Dockerfile).
      'stderr',
    ),
    startLog: nginxStarted,
    bindFailureLog: nginxBindFailed,
  },
  httpd: {
    ...server(
      [],
      ['httpd-foreground'],
      [80],
      // httpd.conf `Listen 80`: one [::] socket that takes IPv4 too (APR, v4-mapped on Linux).
      'dual',
      'httpd',
      'debian',
      (p) => `(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:${p}`,
      // ErrorLog /proc/self/fd/2 (the httpd image's httpd.conf).
      'stderr',
    ),
    startLog: httpdStarted,
    bindFailureLog: httpdBindFailed,
  },
  redis: {
    ...server(
      ['docker-entrypoint.sh'],
      ['redis-server'],
      [6379],
      // redis.conf's default `bind * -::*`: 0.0.0.0 and [::] (the image runs without a config file).
      'pair',
      'redis-server',
      'debian',
      (p) => `# Warning: Could not create server TCP listening socket *:${p}: bind: Address in use`,
      // logfile "": redis logs to standard output.
      'stdout',
    ),
    startLog: redisStarted,
    bindFailureLog: redisBindFailed,
  },
  postgres: {
    ...server(
      ['docker-entrypoint.sh'],
      ['postgres'],
      [5432],
      // The image's listen_addresses = '*': a socket per family (postgres StreamServerPort).
      'pair',
      'postgres',
      'debian',
      (p) =>
        `LOG:  could not bind IPv4 address "0.0.0.0": Address in use\nWARNING:  could not create listen socket for "*"\nFATAL:  could not create any TCP/IP sockets (port ${p})`,
      // log_destination = 'stderr'.
      'stderr',
    ),
    startLog: postgresStarted,
    bindFailureLog: postgresBindFailed,
  },
  mysql: {
    ...server(
      ['docker-entrypoint.sh'],
      ['mysqld'],
      [3306, 33060],
      // bind_address = '*' (and mysqlx_bind_address): one [::] socket for both families.
      'dual',
      'mysqld',
      'debian',
      (p) =>
        `[ERROR] [MY-010262] [Server] Can't start server: Bind on TCP/IP port: Address already in use\n[ERROR] [MY-010257] [Server] Do you already have another mysqld server running on port: ${p} ?`,
      // log_error unset in the image: the error log is stderr.
      'stderr',
    ),
    startLog: mysqlStarted,
    bindFailureLog: mysqlBindFailed,
  },
  mariadb: {
    ...server(
      ['docker-entrypoint.sh'],
      ['mariadbd'],
      [3306],
      // No bind-address: one [::] socket for both families.
      'dual',
      'mariadbd',
      'debian',
      (p) =>
        `[ERROR] Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use\n[ERROR] Do you already have another server running on port: ${p} ?`,
      // log_error unset in the image: the error log is stderr.
      'stderr',
    ),
    startLog: mariadbStarted,
    bindFailureLog: mariadbBindFailed,
  },
  mongo: {
    ...server(
      ['docker-entrypoint.sh'],
      ['mongod'],
      [27017],
      // The entrypoint's --bind_ip_all without --ipv6: 0.0.0.0 only.
      'ipv4',
      'mongod',
      'debian',
      (p) =>
        `{"s":"E","c":"NETWORK","msg":"Failed to set up listener","attr":{"error":{"code":9001,"codeName":"SocketException","errmsg":"Address already in use"}}} (port ${p})`,
      // mongod logs to stdout without --logpath.
      'stdout',
    ),
    startLog: mongoStarted,
    bindFailureLog: mongoBindFailed,
  },
  memcached: server(
    ['docker-entrypoint.sh'],
    ['memcached'],
    [11211],
    // No -l: every address getaddrinfo(AI_PASSIVE) gives, 0.0.0.0 and [::] (memcached server_sockets).
    'pair',
    'memcached',
    'debian',
    inUse('failed to listen on TCP port'),
    // memcached prints its errors on stderr.
    'stderr',
  ),
  rabbitmq: server(
    ['docker-entrypoint.sh'],
    ['rabbitmq-server'],
    [5672],
    // listeners.tcp.default = 5672: one dual-stack [::] socket.
    'dual',
    'beam.smp',
    'debian',
    inUse('failed to start Ranch listener on port'),
    // the image's log.console = true: the console log is stdout.
    'stdout',
  ),
  traefik: server(
    ['/entrypoint.sh'],
    ['traefik'],
    [80],
    // Go's net.Listen("tcp", ":80"): one dual-stack [::] socket.
    'dual',
    'traefik',
    'busybox',
    (p) =>
      `error while building entryPoint web: error preparing server: error opening listener: listen tcp :${p}: bind: address already in use`,
    // traefik's log.filePath unset: stdout.
    'stdout',
  ),
  caddy: {
    ...server(
      [],
      ['caddy', 'run', '--config', '/etc/caddy/Caddyfile', '--adapter', 'caddyfile'],
      [80],
      // Go's net.Listen("tcp", ":80"): one dual-stack [::] socket.
      'dual',
      'caddy',
      'busybox',
      (p) =>
        `Error: loading initial config: loading new config: http app module: start: listening on :${p}: listen tcp :${p}: bind: address already in use`,
      // caddy's default logger writes to stderr.
      'stderr',
    ),
    startLog: caddyStarted,
  },
};

/** The images the simulated registry has, in catalogue order (what a picker offers). */
export const CATALOGUE_IMAGES: readonly string[] = Object.keys(CATALOGUE);

/** `nginx:1.27-alpine`, `docker.io/library/nginx` → `nginx`; `nicolaka/netshoot:v0.13` → `nicolaka/netshoot`. */
const baseNames = new Map<string, string>();

export function imageBaseName(reference: string): string {
  let cached = baseNames.get(reference);
  if (cached === undefined) {
    cached = computeBaseName(reference);
    if (baseNames.size < 10_000) baseNames.set(reference, cached);
  }
  return cached;
}

function computeBaseName(reference: string): string {
  let repo = reference.split('@')[0]!;
  const lastSlash = repo.lastIndexOf('/');
  const colon = repo.indexOf(':', lastSlash + 1);
  if (colon >= 0) repo = repo.slice(0, colon);
  return repo.replace(/^(docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/)/, '').replace(/^library\//, '');
}

/** The catalogue reference of what a container runs: a `docker tag` name's source, else its image. */
export const imageContent = (c: { image: string; imageSource?: string }): string => c.imageSource ?? c.image;

/**
 * The official images' Alpine variants (`nginx:alpine`, `redis:7-alpine`, `postgres:alpine3.20`): built on
 * Alpine, so busybox's shell and applets instead of Debian's userland. nginx's alpine Dockerfile adds curl
 * (nginxinc/docker-nginx mainline/alpine/Dockerfile "apk add --no-cache curl ca-certificates"); alpine-slim does not.
 */
const ALPINE_TAG = /(?:^|-)alpine/;

function variantToolset(repository: string, tag: string, info: ImageInfo): Toolset {
  if (!ALPINE_TAG.test(tag) || (info.toolset !== 'debian' && info.toolset !== 'debian+curl')) return info.toolset;
  return repository === 'nginx' && !tag.includes('slim') ? 'busybox+curl' : 'busybox';
}

/** Shells look an image up on every command, so each reference is resolved once (null: not in the catalogue). */
const looked = new Map<string, ImageInfo | null>();

export function lookupImage(reference: string): ImageInfo | undefined {
  let cached = looked.get(reference);
  if (cached === undefined) {
    cached = resolveImage(reference) ?? null;
    if (looked.size < 10_000) looked.set(reference, cached);
  }
  return cached ?? undefined;
}

function resolveImage(reference: string): ImageInfo | undefined {
  const repository = imageBaseName(reference);
  const info = own(CATALOGUE, repository);
  if (!info) return undefined;
  const tag = /:([^/:@]+)(?:@|$)/.exec(reference)?.[1] ?? '';
  const toolset = variantToolset(repository, tag, info);
  return toolset === info.toolset ? info : { ...info, toolset };
}

/** The reference as the CLI names it when pulling: a missing tag means `:latest`. */
export function normalizedReference(reference: string): string {
  if (reference.includes('@')) return reference;
  const lastSlash = reference.lastIndexOf('/');
  return reference.indexOf(':', lastSlash + 1) >= 0 ? reference : `${reference}:latest`;
}

/** The repository part of a reference (what a pull error names). */
export function repositoryOf(reference: string): string {
  const noDigest = reference.split('@')[0]!;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.indexOf(':', lastSlash + 1);
  return colon < 0 ? noDigest : noDigest.slice(0, colon);
}

// busybox has no getent applet (glibc's libc-bin ships it in Debian).
// dig and host are bind-tools, which only the toolbox image (netshoot) installs.
const BUSYBOX_MISSING = new Set(['bash', 'curl', 'getent', 'dig', 'host']);
const DEBIAN_HAS = new Set([
  'sh',
  'bash',
  'cat',
  'echo',
  'printf',
  'env',
  'true',
  'false',
  'grep',
  'head',
  'tail',
  'sort',
  'wc',
  'uniq',
  'cut',
  'tr',
  'ls',
  'rm',
  'mkdir',
  'touch',
  'hostname',
  'readlink',
  'sleep',
  'pwd',
  'xargs',
  'getent',
]);

/** Programs only some images ship, whatever their userland: the server's own client. */
const IMAGE_PROGRAMS: Record<string, readonly string[]> = {
  // The redis image installs redis-cli next to redis-server (docker-library/redis Dockerfile: make install).
  'redis-cli': ['redis'],
};

/** Whether a program exists in the image's filesystem (unknown images: assume a shell userland). */
export function imageHasProgram(reference: string, program: string): boolean {
  const only = own(IMAGE_PROGRAMS, program);
  if (only) return only.includes(imageBaseName(reference));
  const toolset = lookupImage(reference)?.toolset ?? 'debian';
  switch (toolset) {
    case 'busybox':
      return !BUSYBOX_MISSING.has(program);
    case 'busybox+curl':
      return !BUSYBOX_MISSING.has(program) || program === 'curl';
    case 'debian':
      return DEBIAN_HAS.has(program);
    case 'debian+curl':
      return DEBIAN_HAS.has(program) || program === 'curl';
    case 'toolbox':
      return true;
    case 'none':
      return false;
  }
}
