// `docker tag` by function (src/core/daemon/imageTag.ts), citing moby docker-v29.0.0
// daemon/containerd/image_tag.go TagImage: the target name moves to the source's content.
import * as assert from 'node:assert/strict';
import { hostImages } from '../../src/core/catalog/hostImages';
import { tagImage } from '../../src/core/daemon/imageTag';
import { replay } from './transcript';

describe('daemon image tag (moby daemon/containerd/image_tag.go TagImage)', () => {
  it('a name another image held now names the source (the old image loses it)', () => {
    const { lab } = replay(['docker pull -q nginx', 'docker pull -q busybox']);
    const nginx = hostImages(lab).find((i) => i.repoTag === 'nginx:latest')!.id;
    const before = lab.revision;
    tagImage(lab, 'nginx', 'busybox');
    assert.equal(hostImages(lab).find((i) => i.repoTag === 'busybox:latest')!.id, nginx);
    assert.ok(lab.revision > before);
  });
  it('an unknown source: No such image', () => {
    const { lab } = replay([]);
    assert.throws(() => tagImage(lab, 'nope', 'x'), { message: 'No such image: nope:latest' });
  });
});
