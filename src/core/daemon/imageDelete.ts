// `docker rmi` / `docker image rm` as Engine 29's containerd image store decides it: moby
// daemon/containerd/image_delete.go ImageDelete (a name untags; the last name of an image deletes
// it unless a container uses it), deleteAll / imageDeleteHelper / checkImageDeleteConflict (an ID
// deletes every name, refused while a container uses it or, unforced, while several names hold it).
import { imageContent } from '../catalog/images';
import { type ImageSummary, hostImages } from '../catalog/hostImages';
import { familiarTagged, imageDigest } from '../catalog/imageMeta';
import { DockerError, daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import type { Container } from '../lab/model';
import { shortId } from '../lab/shortId';

/** One line of the reply (api/types/image DeleteResponse). */
export type DeleteRecord = { untagged: string } | { deleted: string };

/** The engine's imageDeleteConflict: a Conflict (409), printed with its reference and reason. */
export class ImageDeleteConflict extends DockerError {}

function conflict(reference: string, hard: boolean, message: string): ImageDeleteConflict {
  return new ImageDeleteConflict(
    'daemon',
    `conflict: unable to delete ${reference} (${hard ? 'cannot be forced' : 'must be forced'}) - ${message}`,
  );
}

/** stringid.TruncateID: the algorithm dropped, 12 characters kept. */
const truncateId = (id: string) => shortId(id.slice(id.indexOf(':') + 1));

/** The image ID a container was created from (Container.ImageID): kept when its name goes. */
const imageIdOf = (c: Container) => imageDigest(imageContent(c));

/** i.containers.First: the first container, in the store's order, that a test picks. */
function firstContainer(lab: Lab, test: (c: Container) => boolean): Container | undefined {
  for (const c of lab.containers.values()) if (test(c)) return c;
  return undefined;
}

/** Drops a name from the host: every reference it came in under (`nginx`, `nginx:latest`, ...). */
function untag(lab: Lab, repoTag: string): void {
  for (const [key, image] of [...lab.images]) if (familiarTagged(image.reference) === repoTag) lab.images.delete(key);
}

/** checkTruncatedID: a hex ID, whole or a prefix, with or without `sha256:`. */
const looksLikeId = (ref: string) => /^(sha256:)?[0-9a-f]{1,64}$/.test(ref);

/** The image's names and its deletion (deleteAll), after checkImageDeleteConflict for each name. */
function deleteAll(lab: Lab, id: string, all: ImageSummary[], force: boolean): DeleteRecord[] {
  const running = firstContainer(lab, (c) => c.state === 'running' && imageIdOf(c) === id);
  if (running) throw conflict(truncateId(id), true, `image is being used by running container ${shortId(running.id)}`);
  if (!force) {
    const stopped = firstContainer(lab, (c) => c.state !== 'running' && imageIdOf(c) === id);
    if (stopped)
      throw conflict(truncateId(id), false, `image is being used by stopped container ${shortId(stopped.id)}`);
    if (all.length > 1) throw conflict(truncateId(id), false, 'image is referenced in multiple repositories');
  }
  for (const image of all) untag(lab, image.repoTag);
  return [...all.map((i) => ({ untagged: i.repoTag })), { deleted: id }];
}

/** Removes an image by name or ID; the records the CLI prints, or the daemon's error. */
export function deleteImage(lab: Lab, ref: string, force: boolean): DeleteRecord[] {
  const images = hostImages(lab);
  const records = lab.batch(() => {
    if (looksLikeId(ref)) {
      const hex = ref.replace(/^sha256:/, '');
      const byId = images.filter((i) => i.id.slice('sha256:'.length).startsWith(hex));
      const ids = new Set(byId.map((i) => i.id));
      if (ids.size > 1) throw daemonError('ambiguous reference');
      const id = byId[0]?.id;
      // A name that only looks like an ID (`deadbeef`) is still looked up as one.
      if (id !== undefined)
        return deleteAll(
          lab,
          id,
          images.filter((i) => i.id === id),
          force,
        );
    }
    const repoTag = familiarTagged(ref);
    const named = images.find((i) => i.repoTag === repoTag);
    if (!named) throw daemonError(`No such image: ${repoTag}`);
    const all = images.filter((i) => i.id === named.id);
    // Other names hold the same image: only this one goes (untagReferences).
    if (all.length > 1) {
      untag(lab, repoTag);
      return [{ untagged: repoTag }];
    }
    const user = firstContainer(lab, (c) => imageIdOf(c) === named.id);
    if (user) {
      if (!force)
        throw conflict(
          repoTag,
          false,
          `container ${shortId(user.id)} is using its referenced image ${truncateId(named.id)}`,
        );
      // softImageDelete: the name goes, the content stays for the container (a dangling image the lab does not list).
      untag(lab, repoTag);
      return [{ untagged: repoTag }];
    }
    return deleteAll(lab, named.id, all, force);
  });
  lab.markChanged();
  return records;
}
