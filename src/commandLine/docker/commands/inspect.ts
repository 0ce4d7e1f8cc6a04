// `docker inspect [-f FMT] [--type T] NAME...` and `docker container inspect`, following CLI 29's
// inspect.Inspect: JSON array by default, `-f json` compact, otherwise a Go template per object.
import { DockerError } from '../../../core/lab/errors';
import type { Lab } from '../../../core/lab/lab';
import { containerTemplateView, inspectContainer } from '../../print/inspectContainer';
import { type JsonValue, goJson, indentedArray } from '../../print/json';
import { networkInspectObject } from '../../print/networkInspect';
import { imageInspectObject, imageTemplateView } from '../../print/imageInspect';
import { volumeJson } from './volume';
import { findHostImage } from '../../../core/catalog/hostImages';
import type { CommandContext } from '../context';
import type { FlagSpec } from '../flags';
import { TemplateError, executeTemplate, type parseTemplate, templateParsingError } from '../../print/goTemplate';
import { inspectFormat } from '../inspectEach';
import { type Output, fail } from '../../../core/lab/output';
import { type CommandSpec, prologue } from '../prologue';

/** One inspectable object: the JSON the daemon sends, and the CLI's typed view templates run on first. */
interface Found {
  raw: JsonValue;
  view: JsonValue;
}

/** Looks a reference up as one kind of object; undefined when there is none. Throws DockerError for other failures. */
type Finder = (lab: Lab, ref: string) => Found | undefined;

/**
 * Object kinds in the CLI's autodetect order (docker/cli cli/command/system/inspect.go inspectAll):
 * container, image, network, volume; a not-found answer skips to the next kind (isErrSkippable). The lab has
 * no plugins or swarm objects, so those kinds never match.
 */
const KINDS: Array<{ type: string; find: Finder; notFound: (ref: string) => string; sizeSupported?: boolean }> = [
  {
    type: 'container',
    find: (lab, ref) => {
      const c = lab.findContainer(ref);
      return c && { raw: inspectContainer(lab, c), view: containerTemplateView(lab, c) };
    },
    notFound: (ref) => `Error response from daemon: No such container: ${ref}`,
    sizeSupported: true,
  },
  {
    // An image pulled so far (Lab.images); the typed view has the config's omitted fields at their zero values.
    type: 'image',
    find: (lab, ref) => {
      const image = findHostImage(lab, ref);
      if (!image) return undefined;
      return { raw: imageInspectObject(image), view: imageTemplateView(image) };
    },
    notFound: (ref) => `Error response from daemon: No such image: ${ref}`,
  },
  {
    type: 'network',
    find: (lab, ref) => {
      const n = lab.findNetwork(ref);
      if (!n) return undefined;
      const json = networkInspectObject(lab, n);
      return { raw: json, view: json };
    },
    notFound: (ref) => `Error response from daemon: network ${ref} not found`,
  },
  {
    type: 'volume',
    find: (lab, ref) => {
      const v = lab.volumes.get(ref);
      if (!v) return undefined;
      const json = volumeJson(v);
      return { raw: json, view: json };
    },
    notFound: (ref) => `Error response from daemon: get ${ref}: no such volume`,
  },
];

const ALL_TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];

const FLAGS: FlagSpec[] = [
  { name: 'format', short: 'f', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'size', short: 's', type: 'bool' },
];

function lookup(lab: Lab, ref: string, type: string, warnings: string[], size: boolean): Found | string {
  for (const kind of KINDS) {
    if (type !== '' && kind.type !== type) continue;
    const found = kind.find(lab, ref);
    if (found) {
      // inspectAll: `-s` on an object without a size prints a warning and inspects it anyway.
      if (size && kind.sizeSupported !== true) warnings.push(`WARNING: --size ignored for ${kind.type}`);
      return found;
    }
    if (type !== '') return kind.notFound(ref);
  }
  // CLI 29 system/inspect.go inspectAll: lower-case, without the old `Error: ` prefix.
  return `error: no such object: ${ref}`;
}

/** TemplateInspector: typed view first; on an execution error, the raw JSON with missingkey=error. */
function render(text: string, nodes: ReturnType<typeof parseTemplate>, found: Found): string {
  try {
    return executeTemplate(text, nodes, found.view);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    try {
      return executeTemplate(text, nodes, found.raw);
    } catch (e2) {
      if (e2 instanceof TemplateError) throw new TemplateError(templateParsingError(e2));
      throw e2;
    }
  }
}

export const INSPECT: CommandSpec = {
  usage: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
  arity: { kind: 'min', n: 1 },
  flags: FLAGS,
};
export const CONTAINER_INSPECT: CommandSpec = {
  usage: 'docker container inspect [OPTIONS] CONTAINER [CONTAINER...]',
  arity: { kind: 'min', n: 1 },
  flags: FLAGS.filter((f) => f.name !== 'type'),
};

function run(ctx: CommandContext, args: string[], containerOnly: boolean): Output {
  const p = prologue(containerOnly ? CONTAINER_INSPECT : INSPECT, args);
  if (p.output) return p.output;
  const { flags } = p;
  const type = containerOnly ? 'container' : (flags.strings.get('type') ?? '');
  if (flags.strings.has('type') && type === '')
    return fail(`type is empty: must be one of "${ALL_TYPES.join('", "')}"\n`, 1);
  if (type !== '' && !ALL_TYPES.includes(type))
    return fail(`unknown type: "${type}": must be one of "${ALL_TYPES.join('", "')}"\n`, 1);
  const format = flags.strings.get('format') ?? '';
  const { nodes, output } = inspectFormat(format);
  if (output) return output;
  const errors: string[] = [];
  const warnings: string[] = [];
  const size = flags.bools.has('size');
  const found: Found[] = [];
  let text = '';
  for (const ref of flags.positionals) {
    let result: Found | string;
    try {
      result = lookup(ctx.lab, ref, type, warnings, size);
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      result = e.source === 'daemon' ? `Error response from daemon: ${e.message}` : e.message;
    }
    if (typeof result === 'string') {
      errors.push(result);
      continue;
    }
    if (!nodes) {
      found.push(result);
      continue;
    }
    try {
      text += `${render(format, nodes, result)}\n`;
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      errors.push(e.message);
    }
  }
  let stdout: string;
  if (nodes) stdout = text === '' ? '\n' : text;
  else if (format === 'json') stdout = `${goJson(found.map((f) => f.raw))}\n`;
  else stdout = indentedArray(found.map((f) => f.raw));
  const stderr = [...warnings, ...errors].map((l) => `${l}\n`).join('');
  return { stdout, stderr, exitCode: errors.length > 0 ? 1 : 0 };
}

export const inspectCommand = (ctx: CommandContext, args: string[]): Output => run(ctx, args, false);
export const containerInspectCommand = (ctx: CommandContext, args: string[]): Output => run(ctx, args, true);
