// `docker image <verb>`: docker/cli cli/command/image/cmd.go newImageCommand, for the verbs the lab
// simulates (ls/list, inspect, pull, rm, tag, prune); `image inspect` follows cli/command/image/inspect.go.
import { findHostImage } from '../../../core/catalog/hostImages';
import { own } from '../../../core/lab/own';
import type { Output } from '../../../core/lab/output';
import { TemplateError, templateParsingError, executeTemplate } from '../../print/goTemplate';
import { imageInspectObject, imageTemplateView } from '../../print/imageInspect';
import { type JsonValue, goJson, indentedArray } from '../../print/json';
import type { CommandContext, DockerHandler } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { imageLsCommand } from './images';
import { pullCommand } from './pull';
import { inspectFormat } from './inspect';
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
  const format = flags.strings.get('format') ?? '';
  const { nodes, output } = inspectFormat(format);
  if (output) return output;
  const found: JsonValue[] = [];
  const errors: string[] = [];
  let text = '';
  for (const ref of flags.positionals) {
    const image = findHostImage(ctx.lab, ref);
    if (image === undefined) {
      errors.push(`Error response from daemon: No such image: ${ref}`);
      continue;
    }
    if (!nodes) found.push(imageInspectObject(image));
    else {
      // inspect.TemplateInspector: the typed response first, then the raw JSON when that fails.
      try {
        text += `${executeTemplate(format, nodes, imageTemplateView(image))}\n`;
      } catch {
        try {
          text += `${executeTemplate(format, nodes, imageInspectObject(image))}\n`;
        } catch (e) {
          if (!(e instanceof TemplateError)) throw e;
          errors.push(templateParsingError(e));
        }
      }
    }
  }
  const stdout = nodes ? (text === '' ? '\n' : text) : format === 'json' ? `${goJson(found)}\n` : indentedArray(found);
  return { stdout, stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '', exitCode: errors.length > 0 ? 1 : 0 };
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
