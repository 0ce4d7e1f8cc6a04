// `docker image <verb>`: docker/cli cli/command/image/cmd.go newImageCommand, for the verbs the lab
// simulates (ls/list, inspect, pull, rm, tag, prune); `image inspect` follows cli/command/image/inspect.go.
import { findHostImage } from '../../../core/catalog/hostImages';
import { own } from '../../../core/lab/own';
import type { Output } from '../../../core/lab/output';
import { imageInspectObject, imageTemplateView } from '../../print/imageInspect';
import type { CommandContext, DockerHandler } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { imageLsCommand } from './images';
import { pullCommand } from './pull';
import { inspectEach } from '../inspectEach';
import { imageRmCommand } from './rmi';
import { imageTagCommand } from './tag';
import { imagePruneCommand } from './prune';
import { type ManagementGroup, groupAnswer } from '../managementGroup';

export const IMAGE_INSPECT: CommandSpec = {
  usage: 'docker image inspect [OPTIONS] IMAGE [IMAGE...]',
  arity: { kind: 'min', n: 1 },
  flags: [
    { name: 'format', short: 'f', type: 'string' },
    { name: 'platform', type: 'string' },
  ],
};

export function imageInspectCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(IMAGE_INSPECT, args);
  if (p.output) return p.output;
  const { flags } = p;
  return inspectEach(flags.strings.get('format') ?? '', flags.positionals, (ref) => {
    const image = findHostImage(ctx.lab, ref);
    return image
      ? { raw: imageInspectObject(image), typed: imageTemplateView(image) }
      : `Error response from daemon: No such image: ${ref}`;
  });
}

const VERBS: Record<string, DockerHandler> = {
  ls: imageLsCommand,
  list: imageLsCommand,
  inspect: imageInspectCommand,
  pull: pullCommand,
  rm: imageRmCommand,
  remove: imageRmCommand,
  rmi: imageRmCommand,
  tag: imageTagCommand,
  prune: imagePruneCommand,
};

/** cli/command/image/cmd.go newImageCommand: every verb with its Short (rm's aliases rmi, remove). */
export const IMAGE_GROUP: ManagementGroup = {
  path: 'docker image',
  short: 'Manage images',
  verbs: [
    { name: 'build', short: 'Build an image from a Dockerfile' },
    { name: 'history', short: 'Show the history of an image' },
    { name: 'import', short: 'Import the contents from a tarball to create a filesystem image' },
    { name: 'inspect', short: 'Display detailed information on one or more images' },
    { name: 'load', short: 'Load an image from a tar archive or STDIN' },
    { name: 'ls', short: 'List images' },
    { name: 'prune', short: 'Remove unused images' },
    { name: 'pull', short: 'Download an image from a registry' },
    { name: 'push', short: 'Upload an image to a registry' },
    { name: 'rm', short: 'Remove one or more images' },
    { name: 'save', short: 'Save one or more images to a tar archive (streamed to STDOUT by default)' },
    { name: 'tag', short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE' },
  ],
};

export function imageCommand(ctx: CommandContext, args: string[]): Output {
  const [verb, ...rest] = args;
  const handler = verb === undefined ? undefined : own(VERBS, verb);
  const answer = groupAnswer(IMAGE_GROUP, verb, handler !== undefined);
  if (answer) return answer;
  return handler!(ctx, rest);
}
