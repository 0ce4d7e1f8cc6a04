// What `GET /system/df` reports (moby daemon/disk_usage.go, Engine 29.0.0): counts, active counts,
// total and reclaimable bytes of images, containers, local volumes and build cache. The lab's
// figures: each image's catalogue disk usage, no layer shared between images (SharedSize 0), no
// writable-layer bytes in containers, empty volumes, no build cache.
import { imageContent } from '../catalog/images';
import { hostImages } from '../catalog/hostImages';
import { imageDigest } from '../catalog/imageMeta';
import type { Lab } from '../lab/lab';
import { volumeUsers } from './volumes';

export interface UsageLine {
  totalCount: number;
  activeCount: number;
  totalSize: number;
  reclaimable: number;
}

export interface DiskUsage {
  images: UsageLine;
  containers: UsageLine;
  volumes: UsageLine;
  buildCache: UsageLine;
}

export function diskUsage(lab: Lab): DiskUsage {
  // One image per ID (the containerd store's summaries), with the containers created from it.
  const byId = new Map<string, { size: number; containers: number }>();
  for (const i of hostImages(lab)) if (!byId.has(i.id)) byId.set(i.id, { size: i.diskUsage, containers: 0 });
  for (const c of lab.containers.values()) {
    const image = byId.get(imageDigest(imageContent(c)));
    if (image) image.containers++;
  }
  const imageTotal = [...byId.values()].reduce((sum, i) => sum + i.size, 0);
  const images: UsageLine = {
    totalCount: byId.size,
    activeCount: byId.size,
    totalSize: imageTotal,
    reclaimable: imageTotal,
  };
  // imageDiskUsage as 29.0.0 has it: an image without containers is not active, and its unique size
  // (Size - SharedSize) is taken off Reclaimable.
  for (const i of byId.values()) {
    if (i.containers > 0) continue;
    images.activeCount--;
    images.reclaimable -= i.size;
  }
  const containers = [...lab.containers.values()];
  // containerDiskUsage isActive: running (paused included) or restarting.
  const active = containers.filter((c) => c.state === 'running' || c.state === 'restarting').length;
  const volumes = [...lab.volumes.values()];
  const usedVolumes = volumes.filter((v) => volumeUsers(lab, v.name).length > 0).length;
  return {
    images,
    containers: { totalCount: containers.length, activeCount: active, totalSize: 0, reclaimable: 0 },
    volumes: { totalCount: volumes.length, activeCount: usedVolumes, totalSize: 0, reclaimable: 0 },
    buildCache: { totalCount: 0, activeCount: 0, totalSize: 0, reclaimable: 0 },
  };
}
