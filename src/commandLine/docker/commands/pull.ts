// `docker pull IMAGE`: the lab's images are all present already, so a pull reports them up to date;
// anything outside the catalogue is a repository the registry does not have.
import { daemonError } from '../../../core/lab/errors';
import { lookupImage, normalizedReference, repositoryOf } from '../../../core/catalog/images';
import { stableHex } from '../../print/json';
import type { CommandContext } from '../context';
import { type Output, fail, ok } from '../../../core/lab/output';
import { errorText, arityError } from '../output';

export function pullCommand(_ctx: CommandContext, args: string[]): Output {
  const ref = args.find((a) => !a.startsWith('-'));
  const wrongCount = arityError(
    'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
    { kind: 'exact', n: 1 },
    args.filter((a) => !a.startsWith('-')).length,
  );
  if (wrongCount || !ref) return wrongCount ?? fail('', 1);
  const repo = repositoryOf(ref);
  if (!lookupImage(ref))
    return fail(
      errorText(daemonError(`pull access denied for ${repo}, repository does not exist or may require 'docker login'`)),
      1,
    );
  const full = normalizedReference(ref);
  const tag = full.slice(full.lastIndexOf(':') + 1);
  const path = repo.includes('/') ? repo : `library/${repo}`;
  return ok(
    [
      ...(ref === full ? [] : ['Using default tag: latest']),
      `${tag}: Pulling from ${path}`,
      `Digest: sha256:${stableHex(full, 64)}`,
      `Status: Image is up to date for ${full}`,
      `docker.io/${path}:${tag}`,
    ]
      .map((l) => `${l}\n`)
      .join(''),
  );
}
