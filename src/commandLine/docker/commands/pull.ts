// `docker pull [-q] [-a] NAME[:TAG|@DIGEST]`: docker/cli cli/command/image/pull.go runPull, over
// the simulated registry. The progress is what jsonstream.Display prints for a client that is not
// a terminal: moby daemon/containerd/image_pull.go pullTag sends `TAG: Pulling from PATH` and one
// `Pulling fs layer` per layer, progress.go sends `Download complete` and `Pull complete` (the
// `Downloading`/`Extracting` bars are dropped off a terminal), then `Digest:` and the status.
import { daemonError } from '../../../core/lab/errors';
import { repositoryOf } from '../../../core/catalog/images';
import { resolvePull } from '../../../core/catalog/registry';
import { familiarTagged, imageDigest, layerDigests } from '../../../core/catalog/imageMeta';
import { tagOf } from '../../../core/catalog/imageTags';
import type { Lab } from '../../../core/lab/lab';
import type { CommandContext } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { type Output, fail, ok } from '../../../core/lab/output';
import { errorText } from '../output';

export const PULL: CommandSpec = {
  usage: 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
  arity: { kind: 'exact', n: 1 },
  flags: [
    { name: 'all-tags', short: 'a', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'disable-content-trust', type: 'bool' },
    { name: 'platform', type: 'string' },
  ],
};

/** reference.ParseNormalizedNamed(...).String(): `nginx` → `docker.io/library/nginx`, tag kept. */
export function fullyQualified(reference: string): string {
  const repo = repositoryOf(reference);
  const rest = reference.slice(repo.length);
  const firstPart = repo.split('/')[0]!;
  const hasRegistry =
    repo.includes('/') && (firstPart.includes('.') || firstPart.includes(':') || firstPart === 'localhost');
  const path = hasRegistry ? repo : repo.includes('/') ? `docker.io/${repo}` : `docker.io/library/${repo}`;
  return `${path}${rest}`;
}

/** Whether the host already has this image under the same familiar name and tag. */
export function hasImage(lab: Lab, reference: string): boolean {
  const wanted = familiarTagged(reference);
  for (const image of lab.images.values()) if (familiarTagged(image.reference) === wanted) return true;
  return false;
}

/** The daemon's progress messages for pulling a catalogue image, as a non-terminal client prints them. */
export function pullProgress(lab: Lab, reference: string): string[] {
  const fq = fullyQualified(reference);
  const tag = tagOf(reference) ?? reference.slice(reference.indexOf('@') + 1);
  const path = fq.slice(fq.indexOf('/') + 1).replace(/[:@].*$/, '');
  const present = hasImage(lab, reference);
  const layers = present ? [] : layerDigests(reference).map((d) => d.slice('sha256:'.length, 'sha256:'.length + 12));
  return [
    `${tag}: Pulling from ${path}`,
    ...layers.map((id) => `${id}: Pulling fs layer`),
    ...layers.map((id) => `${id}: Download complete`),
    ...layers.map((id) => `${id}: Pull complete`),
    `Digest: ${imageDigest(reference)}`,
    present
      ? `Status: Image is up to date for ${familiarTagged(reference)}`
      : `Status: Downloaded newer image for ${familiarTagged(reference)}`,
  ];
}

export function pullCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(PULL, args);
  if (p.output) return p.output;
  const { flags } = p;
  const ref = flags.positionals[0]!;
  const nameOnly = !ref.includes('@') && tagOf(ref) === 'latest' && !ref.slice(ref.lastIndexOf('/') + 1).includes(':');
  if (flags.bools.has('all-tags') && !nameOnly) return fail("tag can't be used with --all-tags/-a\n", 1);
  const answer = resolvePull(ref);
  if (!answer.ok) return fail(errorText(daemonError(answer.message)), 1);
  const quiet = flags.bools.has('quiet');
  const lines = [
    ...(nameOnly && !quiet ? ['Using default tag: latest'] : []),
    ...(quiet ? [] : pullProgress(ctx.lab, ref)),
    fullyQualified(nameOnly ? `${ref}:latest` : ref),
  ];
  ctx.lab.addImage(ref);
  ctx.lab.markChanged();
  return ok(lines.map((l) => `${l}\n`).join(''));
}
