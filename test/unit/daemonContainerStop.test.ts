// The end of a container's main process in the daemon (src/core/daemon/containerStop.ts), called
// directly: moby docker-v29.0.0 daemon/monitor.go handleContainerExit (only a running or restarting
// container exits; its exit code and time are recorded once), daemon/oci_linux.go WithNamespaces
// (a namespace lives while its owner runs; joiners keep a stale one), daemon/delete.go containerRm
// and cleanupContainer (a running or restarting container is refused without force).
import * as assert from 'node:assert/strict';
import { exitContainer, removeContainer } from '../../src/core/daemon/containerStop';
import { replay } from './transcript';

describe('a container exits in the daemon (daemon/containerStop)', () => {
  it('the namespace goes with its owner when nobody runs in it, though other containers run elsewhere', () => {
    const { lab } = replay(['docker run -d --name own busybox top', 'docker run -d --name other busybox top']);
    const own = lab.getContainer('own');
    const id = own.netnsId!;
    exitContainer(lab, own, 137);
    assert.equal(lab.namespaces.has(id), false);
    assert.equal(lab.namespaces.has(lab.getContainer('other').netnsId!), true);
  });

  it('a joiner keeps the stale namespace its owner left, until it exits too', () => {
    const { lab } = replay([
      'docker run -d --name own busybox top',
      'docker run -d --name joi --network container:own busybox top',
    ]);
    const own = lab.getContainer('own');
    const id = own.netnsId!;
    exitContainer(lab, own, 137);
    assert.deepEqual(lab.namespaces.get(id), { id, owner: own.id, alive: false });
    exitContainer(lab, lab.getContainer('joi'), 137);
    assert.equal(lab.namespaces.has(id), false);
  });

  it("a joiner's exit leaves its owner's namespace alive", () => {
    const { lab } = replay([
      'docker run -d --name own busybox top',
      'docker run -d --name joi --network container:own busybox top',
    ]);
    const own = lab.getContainer('own');
    exitContainer(lab, lab.getContainer('joi'), 137);
    assert.deepEqual(lab.namespaces.get(own.netnsId!), { id: own.netnsId, owner: own.id, alive: true });
  });

  it("a host-network container's exit leaves the host namespace", () => {
    const { lab } = replay(['docker run -d --network host --name hn busybox top']);
    const host = lab.getContainer('hn').netnsId!;
    exitContainer(lab, lab.getContainer('hn'), 137);
    assert.deepEqual(lab.namespaces.get(host), { id: host, owner: 'host', alive: true });
  });

  it('an exited container does not exit again: its code and time stay', () => {
    const { lab } = replay(['docker run -d --name c1 busybox top', 'docker stop c1']);
    const c = lab.getContainer('c1');
    lab.tick(5);
    exitContainer(lab, c, 1);
    assert.deepEqual([c.state, c.exitCode, c.finishedAt], ['exited', 137, lab.now - 5]);
  });

  it('a restarting container exits', () => {
    const { lab } = replay(['docker run -d --name c1 busybox top']);
    const c = lab.getContainer('c1');
    c.state = 'restarting';
    exitContainer(lab, c, 2);
    assert.deepEqual([c.state, c.exitCode], ['exited', 2]);
  });

  it('rm of a restarting container without force is refused in its state (delete.go cleanupContainer)', () => {
    const { lab } = replay(['docker run -d --name c1 busybox top']);
    const c = lab.getContainer('c1');
    c.state = 'restarting';
    assert.throws(() => removeContainer(lab, 'c1', false), {
      message:
        'cannot remove container "c1": container is restarting: stop the container before removing or force remove',
    });
    assert.equal(lab.containers.has(c.id), true);
  });

  it('rm of an exited container tells the views the lab changed', () => {
    const { lab } = replay(['docker run -d --name c1 busybox top', 'docker stop c1']);
    let changes = 0;
    lab.onDidChange(() => changes++);
    removeContainer(lab, 'c1', false);
    assert.equal(changes, 1);
  });
});
