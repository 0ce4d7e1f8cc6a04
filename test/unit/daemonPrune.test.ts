// The prune endpoints by function (src/core/daemon/prune.ts), citing moby docker-v29.0.0
// daemon/prune.go (ContainerPrune, getUntilFromPruneFilters) and daemon/volume/service VolumesPrune.
import * as assert from 'node:assert/strict';
import { pruneAnonymousVolumes, pruneContainers, pruneFilterKeeps } from '../../src/core/daemon/prune';
import { replay } from './transcript';

const none = { labels: [], notLabels: [] };

describe('daemon prune (moby daemon/prune.go)', () => {
  it('ContainerPrune until: created.After(until) is kept, created at until goes', () => {
    assert.equal(pruneFilterKeeps({ ...none, until: 100 }, null, 100), true);
    assert.equal(pruneFilterKeeps({ ...none, until: 100 }, null, 101), false);
  });
  it('ContainerPrune: a running container stays', () => {
    const { lab } = replay(['docker run -d --name up busybox top', 'docker run --name done busybox true']);
    const done = [...lab.containers.values()].find((c) => c.name === 'done')!.id;
    assert.deepEqual(pruneContainers(lab, none), [done]);
    assert.deepEqual(
      [...lab.containers.values()].map((c) => c.name),
      ['up'],
    );
  });
  it('VolumesPrune: an anonymous volume a container uses stays; an unused one goes and the lab changes', () => {
    const { lab } = replay([
      'docker run -d --name up -v /data busybox top',
      'docker run --name done -v /scratch busybox true',
      'docker rm done',
    ]);
    const used = [...lab.containers.values()][0]!.mounts![0]!.name!;
    const before = lab.revision;
    const gone = pruneAnonymousVolumes(lab, none);
    assert.equal(gone.length, 1);
    assert.notEqual(gone[0], used);
    assert.deepEqual([...lab.volumes.keys()], [used]);
    assert.ok(lab.revision > before);
    const after = lab.revision;
    assert.deepEqual(pruneAnonymousVolumes(lab, none), []);
    assert.equal(lab.revision, after, 'nothing pruned, nothing changed');
  });
});
