// Looking a container or network up while asking the user: an ambiguous ID prefix is not an
// answer yet (the docker command run afterwards says so in the daemon's words), so it reads as
// "not found" here instead of throwing.
import { DockerError } from '../core/lab/errors';

export function findQuietly<T>(find: () => T | undefined): T | undefined {
  try {
    return find();
  } catch (e) {
    if (e instanceof DockerError) return undefined;
    throw e;
  }
}
