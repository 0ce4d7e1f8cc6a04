// `docker rmi` by function (src/core/daemon/imageDelete.ts), each row citing moby docker-v29.0.0
// daemon/containerd/image_delete.go (ImageDelete, deleteAll, checkImageDeleteConflict).
import * as assert from 'node:assert/strict';
import { hostImages } from '../../src/core/catalog/hostImages';
import { deleteImage } from '../../src/core/daemon/imageDelete';
import type { Lab } from '../../src/core/lab/lab';
import { replay } from './transcript';

function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

const idOf = (lab: Lab, repoTag: string) => hostImages(lab).find((i) => i.repoTag === repoTag)!.id;
const tags = (lab: Lab) => hostImages(lab).map((i) => i.repoTag);

describe('daemon image delete (moby daemon/containerd/image_delete.go)', () => {
  it('ImageDelete by name: only that image goes, a busybox container elsewhere does not block it', () => {
    const { lab } = replay([
      'docker pull -q nginx',
      'docker run -d --name bb busybox top',
      'docker run --name bb2 busybox true',
    ]);
    const id = idOf(lab, 'nginx:latest');
    const before = lab.revision;
    assert.deepEqual(deleteImage(lab, 'nginx', false), [{ untagged: 'nginx:latest' }, { deleted: id }]);
    assert.deepEqual(tags(lab), ['busybox:latest']);
    assert.ok(lab.revision > before);
  });
  it('ImageDelete by ID (sha256: prefix): deleteAll of that ID only; containers of other images do not conflict', () => {
    const { lab } = replay([
      'docker pull -q nginx',
      'docker run -d --name bb busybox top',
      'docker run --name bb2 busybox true',
    ]);
    const id = idOf(lab, 'nginx:latest');
    assert.deepEqual(deleteImage(lab, `sha256:${id.slice(7, 19)}`, false), [
      { untagged: 'nginx:latest' },
      { deleted: id },
    ]);
    assert.deepEqual(tags(lab), ['busybox:latest']);
  });
  it('ImageDelete by ID with -f: every name of that image, no other', () => {
    const { lab } = replay(['docker pull -q nginx', 'docker pull -q busybox', 'docker tag nginx web']);
    const id = idOf(lab, 'nginx:latest');
    assert.deepEqual(deleteImage(lab, id.slice(7, 19), true), [
      { untagged: 'nginx:latest' },
      { untagged: 'web:latest' },
      { deleted: id },
    ]);
    assert.deepEqual(tags(lab), ['busybox:latest']);
  });
  it('ImageDelete by name of an image with other names: untagReferences, the other names and images stay', () => {
    const { lab } = replay(['docker pull -q nginx', 'docker pull -q busybox', 'docker tag nginx web']);
    assert.deepEqual(deleteImage(lab, 'web', false), [{ untagged: 'web:latest' }]);
    assert.deepEqual(tags(lab).sort(), ['busybox:latest', 'nginx:latest']);
  });
  it('ImageDelete with -f while a container uses it: softImageDelete, the name goes', () => {
    const { lab } = replay(['docker pull -q nginx', 'docker run --name bb busybox true']);
    assert.deepEqual(deleteImage(lab, 'busybox', true), [{ untagged: 'busybox:latest' }]);
    assert.deepEqual(tags(lab), ['nginx:latest']);
  });
  it('checkImageDeleteConflict: a stopped container of the image, unforced, by ID', () => {
    const { lab } = replay([
      'docker pull -q nginx',
      'docker run -d --name web nginx',
      'docker run --name bb busybox true',
    ]);
    const id = idOf(lab, 'busybox:latest');
    const bb = [...lab.containers.values()].find((c) => c.name === 'bb')!;
    assert.equal(
      thrown(() => deleteImage(lab, id.slice(7, 19), false)),
      `conflict: unable to delete ${id.slice(7, 19)} (must be forced) - image is being used by stopped container ${bb.id.slice(0, 12)}`,
    );
  });
  it('ImageDelete: an ID prefix two images share is ambiguous', () => {
    const { lab } = replay(
      ['nginx', 'busybox', 'alpine', 'redis', 'httpd', 'postgres', 'mysql', 'mariadb', 'mongo', 'caddy', 'node'].map(
        (i) => `docker pull -q ${i}`,
      ),
    );
    const ids = hostImages(lab).map((i) => i.id.slice(7));
    const prefix = [...'0123456789abcdef'].find((h) => ids.filter((i) => i.startsWith(h)).length > 1);
    assert.ok(prefix !== undefined, `no shared first digit in ${ids.join(' ')}`);
    assert.equal(
      thrown(() => deleteImage(lab, prefix, false)),
      'ambiguous reference',
    );
  });
});
