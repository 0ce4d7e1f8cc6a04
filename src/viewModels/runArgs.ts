// What a create command asks for, per network mode, and the `docker run` argv it amounts to. The
// argv goes to the lab as words (LabStore.runArgv): no quoting, and the same command a learner
// would type.
import { lookupImage } from '../core/catalog/images';
import type { ModeKind } from '../core/daemon/networkMode';

/** The network modes a container can be created in (core's ModeKind: user-defined is a network you created). */
export type CreateMode = ModeKind;

export const CREATE_MODES: readonly CreateMode[] = ['bridge', 'host', 'none', 'container', 'user-defined'];

export interface RunRequest {
  mode: CreateMode;
  image: string;
  /** Empty or absent: Docker generates one. */
  name?: string;
  /** container mode: whose namespace to join. */
  target?: string;
  /** user-defined mode: the network. */
  network?: string;
  /** `-p` values. */
  ports?: readonly string[];
  /** `--network-alias` values. */
  aliases?: readonly string[];
  /** `--ip`. */
  ip?: string;
}

/**
 * What each mode lets a container have besides its image and name: published ports need a
 * namespace of its own, aliases and static addresses a user-defined network (moby
 * daemon/container_operations.go validateEndpointSettings, validateNetContainerMode).
 */
export const MODE_OFFERS: Readonly<Record<CreateMode, { ports: boolean; aliases: boolean; ip: boolean }>> = {
  bridge: { ports: true, aliases: false, ip: false },
  host: { ports: false, aliases: false, ip: false },
  none: { ports: false, aliases: false, ip: false },
  container: { ports: false, aliases: false, ip: false },
  'user-defined': { ports: true, aliases: true, ip: true },
};

/** `--network` for each mode. */
const NETWORK_OF: Readonly<Record<CreateMode, (r: RunRequest) => string>> = {
  bridge: () => 'bridge',
  host: () => 'host',
  none: () => 'none',
  container: (r) => `container:${r.target ?? ''}`,
  'user-defined': (r) => r.network ?? '',
};

export const isCreateMode = (mode: unknown): mode is CreateMode =>
  typeof mode === 'string' && (CREATE_MODES as readonly string[]).includes(mode);

/** A flag before each value: `-p 80 -p 443`. */
export const flagEach = (flag: string, values: readonly string[] = []): string[] => values.flatMap((v) => [flag, v]);

export function runArgv(r: RunRequest): string[] {
  // A shell image's main process needs a terminal and stdin, or it exits at once (docker run -dit).
  const detach = lookupImage(r.image)?.isShell ? '-dit' : '-d';
  return [
    'docker',
    'run',
    detach,
    ...(r.name ? ['--name', r.name] : []),
    '--network',
    NETWORK_OF[r.mode](r),
    ...flagEach('-p', r.ports),
    ...flagEach('--network-alias', r.aliases),
    ...(r.ip ? ['--ip', r.ip] : []),
    r.image,
  ];
}
