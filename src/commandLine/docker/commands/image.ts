// `docker image <verb>`: docker/cli cli/command/image/cmd.go newImageCommand, for the verbs the lab
// simulates (ls/list, inspect, pull); `image inspect` follows cli/command/image/inspect.go.
import { findHostImage } from '../../../core/catalog/hostImages';
import { own } from '../../../core/lab/own';
import { type Output, fail } from '../../../core/lab/output';
import { TemplateError, templateParsingError, executeTemplate } from '../../print/goTemplate';
import { imageInspectObject, imageTemplateView } from '../../print/imageInspect';
import { type JsonValue, goJson, indentedArray } from '../../print/json';
import type { CommandContext, DockerHandler } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { imageLsCommand } from './images';
import { pullCommand } from './pull';
import { inspectFormat } from './inspect';

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
};

export function imageCommand(ctx: CommandContext, args: string[]): Output {
  const [verb, ...rest] = args;
  if (verb === undefined)
    return fail(
      "Usage:  docker image COMMAND\n\nManage images\n\nRun 'docker image COMMAND --help' for more information on a command.\n",
      0,
    );
  const handler = own(VERBS, verb);
  if (!handler)
    return fail(`docker: unknown command: docker image ${verb}\n\nRun 'docker image --help' for more information\n`, 1);
  return handler(ctx, rest);
}
