// The engine's pause, unpause and kill of a container, which `docker pause|unpause|kill` and
// `docker compose pause|unpause|kill` both ask for: moby daemon/pause.go containerPause (not
// running, already paused, restarting), daemon/unpause.go containerUnpause (capitalised, by ID),
// daemon/kill.go (SIGKILL: the main process exits 137, a paused one too).
import { daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import type { Container } from '../lab/model';
import { exitContainer } from './containerStop';

export function pauseContainer(c: Container): void {
  if (c.state === 'restarting')
    throw daemonError(`Container ${c.id} is restarting, wait until the container is running`);
  if (c.state !== 'running') throw daemonError(`container ${c.id} is not running`);
  if (c.paused) throw daemonError(`container ${c.id} is already paused`);
  c.paused = true;
}

export function unpauseContainer(c: Container): void {
  if (!c.paused) throw daemonError(`Container ${c.id} is not paused`);
  c.paused = false;
}

/** ref: the name as the client gave it, which the engine's refusal repeats. */
export function killContainer(lab: Lab, c: Container, ref: string): void {
  if (c.state !== 'running') throw daemonError(`cannot kill container: ${ref}: container ${c.id} is not running`);
  c.paused = false;
  exitContainer(lab, c, 137);
}
