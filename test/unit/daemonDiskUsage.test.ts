// `docker system df` figures by function (src/core/daemon/diskUsage.ts), citing moby docker-v29.0.0
// daemon/disk_usage.go (containerDiskUsage isActive, volume usage by RefCount).
import * as assert from 'node:assert/strict';
import { diskUsage } from '../../src/core/daemon/diskUsage';
import { replay } from './transcript';

describe('daemon disk usage (moby daemon/disk_usage.go)', () => {
  it('containers: running and restarting are active, exited ones not', () => {
    const { lab } = replay([
      'docker run -d --name up busybox top',
      'docker run -d --name flap busybox top',
      'docker run --name done busybox true',
    ]);
    [...lab.containers.values()].find((c) => c.name === 'flap')!.state = 'restarting';
    assert.deepEqual(diskUsage(lab).containers, { totalCount: 3, activeCount: 2, totalSize: 0, reclaimable: 0 });
  });
  it('volumes: only those a container references are active', () => {
    const { lab } = replay(['docker volume create idle', 'docker run -d --name db -v data:/data busybox top']);
    assert.deepEqual(diskUsage(lab).volumes, { totalCount: 2, activeCount: 1, totalSize: 0, reclaimable: 0 });
  });
});
