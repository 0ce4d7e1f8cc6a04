// HostConfig.NetworkMode helpers, after the engine's container.NetworkMode methods.

export function isContainerMode(mode: string): boolean {
  return mode === 'container' || mode.startsWith('container:');
}

/** The part after `container:`; empty for a bare `container`. */
export function containerModeTarget(mode: string): string {
  return mode.startsWith('container:') ? mode.slice('container:'.length) : '';
}

/** Default means the default bridge on Linux. */
export function isDefaultMode(mode: string): boolean {
  return mode === '' || mode === 'default';
}

export function isUserDefined(mode: string): boolean {
  return !isDefaultMode(mode) && mode !== 'bridge' && mode !== 'host' && mode !== 'none' && !isContainerMode(mode);
}

/** What a tree or a hover calls the mode: bridge, host, none, container or a network name. */
export function modeKind(mode: string): 'bridge' | 'host' | 'none' | 'container' | 'user-defined' {
  if (isDefaultMode(mode) || mode === 'bridge') return 'bridge';
  if (mode === 'host') return 'host';
  if (mode === 'none') return 'none';
  if (isContainerMode(mode)) return 'container';
  return 'user-defined';
}
