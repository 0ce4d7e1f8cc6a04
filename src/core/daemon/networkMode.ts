// HostConfig.NetworkMode helpers, after the engine's container.NetworkMode methods
// (moby api/types/container/hostconfig_unix.go), and the predefined networks' names.

/** The networks every engine has from the start (moby daemon/network IsPredefined, less `default`). */
export const PREDEFINED_NAMES: readonly string[] = ['bridge', 'host', 'none'];

/** daemon/network IsPredefined on Linux: bridge, host, none and default. */
export function isPredefinedName(name: string): boolean {
  return name === 'default' || PREDEFINED_NAMES.includes(name);
}

export function isContainerMode(mode: string): boolean {
  return mode === 'container' || mode.startsWith('container:');
}

const CONTAINER_PREFIX = 'container:';

/** The name or ID after `container:`; empty for a bare `container` and for every other mode. */
export function containerModeTarget(mode: string): string {
  return mode.startsWith(CONTAINER_PREFIX) ? mode.slice(CONTAINER_PREFIX.length) : '';
}

/** The mode that joins `ref`'s namespace: `container:<ref>`. */
export function containerMode(ref: string): string {
  return `${CONTAINER_PREFIX}${ref}`;
}

/** Default means the default bridge on Linux. */
export function isDefaultMode(mode: string): boolean {
  return mode === '' || mode === 'default';
}

export function isUserDefined(mode: string): boolean {
  return !isDefaultMode(mode) && !PREDEFINED_NAMES.includes(mode) && !isContainerMode(mode);
}

export type ModeKind = 'bridge' | 'host' | 'none' | 'container' | 'user-defined';

/** What a tree or a hover calls the mode: bridge, host, none, container or a network name. */
export function modeKind(mode: string): ModeKind {
  if (isDefaultMode(mode) || mode === 'bridge') return 'bridge';
  if (mode === 'host') return 'host';
  if (mode === 'none') return 'none';
  if (isContainerMode(mode)) return 'container';
  return 'user-defined';
}
