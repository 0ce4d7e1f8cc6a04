// `docker image prune -a` (and `docker system prune -a`) as Engine 29's containerd image store runs
// it: moby daemon/containerd/image_prune.go pruneUnused (every name the filters allow, less the
// names containers were created from: filterImagesUsedByContainers), then pruneAll (each name
// untagged; once no name holds the image, its index and manifest are listed as deleted and its
// blobs counted as reclaimed). Every image on the lab's host has a name, so without -a (dangling
// only) nothing is pruned.
import { hostImages } from '../catalog/hostImages';
import { familiarTagged, platformManifest } from '../catalog/imageMeta';
import { imageBaseName } from '../catalog/images';
import type { Lab } from '../lab/lab';
import type { DeleteRecord } from './imageDelete';
import { type PruneFilter, pruneFilterKeeps } from './prune';

export interface ImagePruneReport {
  records: DeleteRecord[];
  /** Bytes of the blobs deleted (the images' content). */
  reclaimed: number;
}

/** The store's name for an image: `docker.io/library/nginx:latest`, which pruneUnused sorts by. */
const storeName = (repoTag: string) => {
  const repo = imageBaseName(repoTag);
  return `docker.io/${repo.includes('/') ? repo : `library/${repo}`}${repoTag.slice(repo.length)}`;
};

export function pruneUnusedImages(lab: Lab, f: PruneFilter): ImagePruneReport {
  const images = hostImages(lab);
  const inUse = new Set([...lab.containers.values()].map((c) => familiarTagged(c.image)));
  // The lab's images carry no labels; `until` compares when the name arrived on the host.
  const doomed = images
    .filter((i) => !inUse.has(i.repoTag) && pruneFilterKeeps(f, null, i.pulledAt))
    .sort((a, b) => (storeName(a.repoTag) < storeName(b.repoTag) ? -1 : 1));
  const records: DeleteRecord[] = [];
  let reclaimed = 0;
  lab.batch(() => {
    for (const image of doomed) {
      for (const [key, held] of [...lab.images])
        if (familiarTagged(held.reference) === image.repoTag) lab.images.delete(key);
      records.push({ untagged: image.repoTag });
      if (hostImages(lab).some((i) => i.id === image.id)) continue;
      records.push({ deleted: image.id }, { deleted: platformManifest(image.reference).digest });
      reclaimed += image.contentSize;
    }
    if (doomed.length > 0) lab.markChanged();
  });
  return { records, reclaimed };
}
