// A container's state as the tree shows it: the contextValue menus match, the icon and its colour,
// and the state words of `docker ps` (Docker's own, untranslated).
import { type ModeKind, modeKind } from '../../core/daemon/networkMode';
import type { Container } from '../../core/lab/model';
import type { RowIcon } from './rows';

/** The three states the menus know (package.json: `viewItem =~ /^container\.running/` ...). */
export type MenuState = 'running' | 'paused' | 'stopped';

export function menuState(c: Container): MenuState {
  if (c.state === 'running' || c.state === 'restarting') return c.paused ? 'paused' : 'running';
  return 'stopped';
}

export const containerContextValue = (c: Container): string => `container.${menuState(c)}`;

/** The glyph says the mode (a host-mode container's is the host's house); the colour the state. */
const MODE_ICONS: Readonly<Record<ModeKind, string>> = {
  bridge: 'vm',
  'user-defined': 'vm-connect',
  host: 'home',
  none: 'circle-slash',
  container: 'link',
};

const STATE_ICONS: Readonly<Record<MenuState, { glyph?: string; color: string }>> = {
  running: { color: 'charts.green' },
  paused: { glyph: 'debug-pause', color: 'charts.yellow' },
  stopped: { color: 'disabledForeground' },
};

export function containerIcon(c: Container): RowIcon {
  const state = STATE_ICONS[menuState(c)];
  return { id: state.glyph ?? MODE_ICONS[modeKind(c.networkMode)], color: state.color };
}

/** `''` while running, else `paused`, `exited (137)`, `created`, ... (docker ps STATUS, lower-cased). */
export function stateText(c: Container): string {
  if (c.state === 'running') return c.paused ? 'paused' : '';
  if (c.state === 'exited') return `exited (${c.exitCode})`;
  return c.state;
}

/**
 * The main process ended in the same second it started (a server whose port was taken, a shell
 * without a TTY, a one-shot command), or runc could not start it: the tooltip then says why.
 */
export function exitedOnStart(c: Container): boolean {
  if (c.state === 'created') return c.exitCode !== 0;
  return c.state === 'exited' && c.finishedAt === c.startedAt;
}
