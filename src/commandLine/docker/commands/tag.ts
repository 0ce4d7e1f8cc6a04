// `docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]` / `docker image tag`: docker/cli
// cli/command/image/tag.go (ExactArgs(2), flags end at the first argument), moby client
// image_tag.go (both references parsed, no digest in the target) before the daemon tags.
import { tagImage } from '../../../core/daemon/imageTag';
import { type Output, fail, ok } from '../../../core/lab/output';
import type { CommandContext } from '../context';
import { errorText, guard } from '../output';
import { type CommandSpec, prologue } from '../prologue';
import { referenceFormatError } from '../referenceFormat';

export const TAG: CommandSpec = {
  usage: 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  arity: { kind: 'exact', n: 2 },
  flags: [],
  interspersed: false,
};
export const IMAGE_TAG: CommandSpec = { ...TAG, usage: 'docker image tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]' };

function tag(ctx: CommandContext, args: string[], spec: CommandSpec): Output {
  const p = prologue(spec, args);
  if (p.output) return p.output;
  const [source, target] = p.flags.positionals as [string, string];
  for (const ref of [source, target]) {
    const why = referenceFormatError(ref);
    if (why !== undefined)
      return fail(`error parsing reference: ${JSON.stringify(ref)} is not a valid repository/tag: ${why}\n`);
  }
  if (target.includes('@')) return fail('refusing to create a tag with a digest reference\n');
  return guard(
    () => {
      tagImage(ctx.lab, source, target);
      return ok();
    },
    (e) => fail(errorText(e), 1),
  );
}

export const tagCommand = (ctx: CommandContext, args: string[]): Output => tag(ctx, args, TAG);
export const imageTagCommand = (ctx: CommandContext, args: string[]): Output => tag(ctx, args, IMAGE_TAG);
