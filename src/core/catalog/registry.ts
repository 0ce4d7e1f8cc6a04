// The simulated registry's answer to a pull: the image, or the error the daemon reports.
import { lookupImage, repositoryOf } from './images';
import { tagExists } from './imageTags';
import { familiarTagged } from './imageMeta';

export type RegistryAnswer = { ok: true } | { ok: false; message: string };

/**
 * moby daemon/internal/distribution/errors.go: a repository the registry lacks is `pull access
 * denied for REPO, repository does not exist or may require 'docker login'` (translatePullError);
 * a tag it lacks is `manifest for NAME:TAG not found: manifest unknown: manifest unknown`
 * (notFoundError.Error wraps the registry's errcode.Error, whose Error() is the code's text, then
 * the registry's message, which Docker Hub also words "manifest unknown"; the reference in its
 * familiar form).
 */
export function resolvePull(reference: string): RegistryAnswer {
  if (!lookupImage(reference))
    return {
      ok: false,
      message: `pull access denied for ${repositoryOf(reference)}, repository does not exist or may require 'docker login'`,
    };
  if (!tagExists(reference))
    return {
      ok: false,
      message: `manifest for ${familiarTagged(reference)} not found: manifest unknown: manifest unknown`,
    };
  return { ok: true };
}
