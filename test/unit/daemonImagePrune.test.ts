// `docker image prune -a` by function (src/core/daemon/imagePrune.ts), each row citing moby
// docker-v29.0.0 daemon/containerd/image_prune.go (pruneUnused, filterImagesUsedByContainers, pruneAll).
import * as assert from 'node:assert/strict';
import { hostImages } from '../../src/core/catalog/hostImages';
import { pruneUnusedImages } from '../../src/core/daemon/imagePrune';
import { replay } from './transcript';

const none = { labels: [], notLabels: [] };

describe('daemon image prune (moby daemon/containerd/image_prune.go)', () => {
  it('pruneUnused: sorted by the store name (docker.io/library/redis before docker.io/nicolaka/netshoot), used ones kept', () => {
    const { lab } = replay([
      'docker pull -q nicolaka/netshoot',
      'docker pull -q nginx',
      'docker pull -q busybox',
      'docker pull -q redis',
      'docker run -d --name web alpine sleep 100',
    ]);
    const before = lab.revision;
    const report = pruneUnusedImages(lab, none);
    assert.deepEqual(
      report.records.filter((r) => 'untagged' in r),
      [
        { untagged: 'busybox:latest' },
        { untagged: 'nginx:latest' },
        { untagged: 'redis:latest' },
        { untagged: 'nicolaka/netshoot:latest' },
      ],
    );
    assert.deepEqual(
      hostImages(lab).map((i) => i.repoTag),
      ['alpine:latest'],
    );
    assert.ok(lab.revision > before, 'the lab changed');
  });
  it('pruneUnused: nothing to prune leaves the lab as it was', () => {
    const { lab } = replay(['docker run -d --name web alpine sleep 100']);
    const before = lab.revision;
    assert.deepEqual(pruneUnusedImages(lab, none), { records: [], reclaimed: 0 });
    assert.equal(lab.revision, before);
  });
});
