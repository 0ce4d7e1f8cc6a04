// The images on the simulated host, as the daemon's image list summarises them (moby
// daemon/containerd/image_list.go Images: one summary per image, containers counted, newest
// build first).
import type { Lab } from '../lab/lab';
import { familiarTagged, imageDigest, imageMeta } from './imageMeta';
import { imageBaseName, imageContent, lookupImage } from './images';

export interface ImageSummary {
  /** `nginx:latest`. */
  repoTag: string;
  repository: string;
  tag: string;
  /** The image ID, which the containerd store makes the index digest. */
  id: string;
  created: number;
  diskUsage: number;
  contentSize: number;
  /** Containers created from it, running or not. */
  containers: number;
  /** When it arrived on the host. */
  pulledAt: number;
  /** A reference of its content (the tag's source for a `docker tag` name), for the catalogue's lookups. */
  reference: string;
}

export function hostImages(lab: Lab): ImageSummary[] {
  const byTag = new Map<string, ImageSummary>();
  for (const image of lab.images.values()) {
    const repoTag = familiarTagged(image.reference);
    if (byTag.has(repoTag)) continue;
    // A `docker tag` name shows its source's content under its own name (the same ID).
    const content = image.source ?? image.reference;
    const meta = imageMeta(content);
    const repository = imageBaseName(image.reference);
    byTag.set(repoTag, {
      repoTag,
      repository,
      tag: repoTag.slice(repository.length + 1),
      id: imageDigest(content),
      created: meta.created,
      diskUsage: meta.diskUsage,
      contentSize: meta.contentSize,
      containers: 0,
      pulledAt: image.pulledAt,
      reference: content,
    });
  }
  // ImageSummary.Containers counts per image, so every name of an image in use says so (docker/cli
  // cli/command/image/tree.go marks each tag's row from the image's count).
  const perId = new Map<string, number>();
  for (const c of lab.containers.values()) {
    const id = imageDigest(imageContent(c));
    perId.set(id, (perId.get(id) ?? 0) + 1);
  }
  for (const summary of byTag.values()) summary.containers = perId.get(summary.id) ?? 0;
  return [...byTag.values()].sort((a, b) => b.created - a.created || a.repoTag.localeCompare(b.repoTag));
}

/**
 * What a container created from `ref` runs (moby daemon/create.go GetImage): the source of a `docker tag`
 * name, or the image an ID names; undefined when `ref` is a catalogue image as it is. The tags are
 * checked first, so a tag that reuses a catalogue name (`docker tag busybox nginx:mine`) runs its source.
 */
export function contentSource(lab: Lab, ref: string): string | undefined {
  const tagged = familiarTagged(ref);
  for (const image of lab.images.values())
    if (image.source !== undefined && familiarTagged(image.reference) === tagged) return image.source;
  if (lookupImage(ref)) return undefined;
  const found = findHostImage(lab, ref);
  return found && familiarTagged(found.reference) !== tagged ? found.reference : undefined;
}

/** Finds an image by `name[:tag]`, full or short ID, or digest reference, as `docker image inspect` does. */
export function findHostImage(lab: Lab, ref: string): ImageSummary | undefined {
  return findImageIn(hostImages(lab), ref);
}

/** findHostImage over a list already made, for callers that look up many references at once. */
export function findImageIn(images: readonly ImageSummary[], ref: string): ImageSummary | undefined {
  const hex = ref.replace(/^sha256:/, '');
  if (/^[0-9a-f]{1,64}$/.test(hex)) {
    const byId = images.find((i) => i.id.slice('sha256:'.length).startsWith(hex));
    if (byId) return byId;
  }
  if (ref.includes('@')) {
    const digest = ref.slice(ref.indexOf('@') + 1);
    return images.find((i) => i.repository === imageBaseName(ref) && i.id === digest);
  }
  return images.find((i) => i.repoTag === familiarTagged(ref));
}
