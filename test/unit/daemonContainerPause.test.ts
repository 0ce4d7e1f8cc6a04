// Pause, unpause and kill in the daemon (src/core/daemon/containerPause.ts), called directly so that
// states the session cannot reach (a restarting container) are covered too: moby docker-v29.0.0
// daemon/pause.go containerPause (not running, already paused, errContainerIsRestarting in
// daemon/errors.go), daemon/unpause.go containerUnpause, daemon/kill.go (SIGKILL: exit 137).
import * as assert from 'node:assert/strict';
import { killContainer, pauseContainer, unpauseContainer } from '../../src/core/daemon/containerPause';
import type { Container } from '../../src/core/lab/model';
import { replay } from './transcript';

interface Row {
  id: string;
  /** Brings the running container `p1` into the state under test. */
  setup: (c: Container) => void;
  act: 'pause' | 'unpause';
  /** The refusal (ID replaced with ID), or null when it succeeds. */
  error: string | null;
  paused: boolean;
}

const ROWS: Row[] = [
  { id: 'pause a running container', setup: () => {}, act: 'pause', error: null, paused: true },
  {
    // daemon/errors.go errContainerIsRestarting.
    id: 'pause a restarting container',
    setup: (c) => (c.state = 'restarting'),
    act: 'pause',
    error: 'Container ID is restarting, wait until the container is running',
    paused: false,
  },
  {
    // pause.go: GetRunningTask fails, errNotRunning "container %s is not running".
    id: 'pause an exited container',
    setup: (c) => (c.state = 'exited'),
    act: 'pause',
    error: 'container ID is not running',
    paused: false,
  },
  {
    id: 'pause a created container',
    setup: (c) => (c.state = 'created'),
    act: 'pause',
    error: 'container ID is not running',
    paused: false,
  },
  {
    id: 'pause a paused container',
    setup: (c) => (c.paused = true),
    act: 'pause',
    error: 'container ID is already paused',
    paused: true,
  },
  // unpause.go containerUnpause: "Container %s is not paused", capitalised.
  {
    id: 'unpause a running container',
    setup: () => {},
    act: 'unpause',
    error: 'Container ID is not paused',
    paused: false,
  },
  { id: 'unpause a paused container', setup: (c) => (c.paused = true), act: 'unpause', error: null, paused: false },
];

describe('pause, unpause and kill in the daemon (daemon/containerPause)', () => {
  for (const r of ROWS) {
    it(r.id, () => {
      const { lab } = replay(['docker run -d --name p1 busybox top']);
      const c = lab.getContainer('p1');
      r.setup(c);
      const act = () => (r.act === 'pause' ? pauseContainer(c) : unpauseContainer(c));
      if (r.error === null) act();
      else assert.throws(act, { message: r.error.replace('ID', c.id) });
      assert.equal(c.paused === true, r.paused);
    });
  }

  it('kill of an exited container names it as given (kill.go)', () => {
    const { lab } = replay(['docker run -d --name p1 busybox top', 'docker stop p1']);
    const c = lab.getContainer('p1');
    assert.throws(() => killContainer(lab, c, 'p1'), {
      message: `cannot kill container: p1: container ${c.id} is not running`,
    });
  });

  it('kill of a paused container: exit 137, no longer paused', () => {
    const { lab } = replay(['docker run -d --name p1 busybox top', 'docker pause p1']);
    const c = lab.getContainer('p1');
    killContainer(lab, c, 'p1');
    assert.deepEqual([c.state, c.exitCode, c.paused === true], ['exited', 137, false]);
  });
});
