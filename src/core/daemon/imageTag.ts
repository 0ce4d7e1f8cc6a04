// `docker tag SOURCE TARGET` / `docker image tag`: moby daemon/containerd/image_tag.go TagImage: the
// source resolved (No such image), then the target name set to the same content, replacing any
// image that name held before.
import { findHostImage } from '../catalog/hostImages';
import { familiarTagged } from '../catalog/imageMeta';
import { daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';

export function tagImage(lab: Lab, source: string, target: string): void {
  const image = findHostImage(lab, source);
  if (!image) throw daemonError(`No such image: ${familiarTagged(source)}`);
  const repoTag = familiarTagged(target);
  lab.batch(() => {
    for (const [key, held] of [...lab.images]) if (familiarTagged(held.reference) === repoTag) lab.images.delete(key);
    lab.images.set(repoTag, { reference: repoTag, pulledAt: lab.now, source: image.reference });
    lab.markChanged();
  });
}
