// The image a container list shows: moby daemon/list.go refreshImage. A container keeps the
// reference it was created from while that reference still resolves to the image it runs; once the
// reference is gone (`docker rmi`) or names another image (`docker tag` moved it), the list shows
// the image's ID instead.
import { findImageIn, hostImages } from '../catalog/hostImages';
import { imageDigest } from '../catalog/imageMeta';
import { imageContent } from '../catalog/images';
import type { Lab } from '../lab/lab';
import type { Container } from '../lab/model';

/** Resolves every container's listed image against one snapshot of the host's images. */
export function listedImages(lab: Lab): (c: Container) => string {
  const images = hostImages(lab);
  const resolved = new Map<string, string | undefined>();
  return (c) => {
    const id = imageDigest(imageContent(c));
    if (c.image === id) return c.image;
    if (!resolved.has(c.image)) resolved.set(c.image, findImageIn(images, c.image)?.id);
    return resolved.get(c.image) === id ? c.image : id;
  };
}
