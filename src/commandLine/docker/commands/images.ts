// `docker images` / `docker image ls|list`: docker/cli cli/command/image/list.go runImages. The
// default is CLI 29's tree view; `-q`, `--no-trunc`, `--digests` and `--format` use the classic
// formatter (shouldUseTree), whose default table is `REPOSITORY TAG IMAGE ID CREATED SIZE`.
import { type ImageSummary, hostImages } from '../../../core/catalog/hostImages';
import { FILTER_FLAG } from '../filterFlag';
import { familiarTagged } from '../../../core/catalog/imageMeta';
import { imageBaseName } from '../../../core/catalog/images';
import { own } from '../../../core/lab/own';
import { type Output, fail } from '../../../core/lab/output';
import { TemplateError, executeTemplate, parseTemplate, templateParsingError } from '../../print/goTemplate';
import { IMAGE_HEADERS, imageFields, imageTree } from '../../print/imageList';
import { goJson, goMap } from '../../print/json';
import { formatTable } from '../../print/table';
import type { CommandContext } from '../context';
import type { FlagSpec } from '../flags';
import { type CommandSpec, prologue } from '../prologue';

const FLAGS: FlagSpec[] = [
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'all', short: 'a', type: 'bool' },
  { name: 'no-trunc', type: 'bool' },
  { name: 'digests', type: 'bool' },
  { name: 'format', type: 'string' },
  FILTER_FLAG,
  { name: 'tree', type: 'bool' },
];

export const IMAGES: CommandSpec = {
  usage: 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
  arity: { kind: 'range', min: 0, max: 1 },
  flags: FLAGS,
};
export const IMAGE_LS: CommandSpec = { ...IMAGES, usage: 'docker image ls [OPTIONS] [REPOSITORY[:TAG]]' };

const DEFAULT_TABLE =
  'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const DIGEST_TABLE =
  'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';

/** The `docker image` verbs printAmbiguousHint knows: `docker images ls` finds none and hints. */
const IMAGE_VERBS = new Set([
  'build',
  'history',
  'import',
  'inspect',
  'list',
  'load',
  'ls',
  'prune',
  'pull',
  'push',
  'rm',
  'save',
  'tag',
]);

/** The `reference` filter: path.Match over the familiar name, and over `name:tag` when the pattern has a tag. */
function matchesReference(image: ImageSummary, pattern: string): boolean {
  const glob = new RegExp(
    `^${pattern
      .split('')
      .map((ch) => (ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );
  const hasTag = pattern.slice(pattern.lastIndexOf('/') + 1).includes(':');
  if (hasTag) return glob.test(image.repoTag) || image.repoTag === familiarTagged(pattern);
  return glob.test(image.repository) || image.repository === imageBaseName(pattern);
}

/** CLI formatter preFormat: `table` dropped, `\t` and `\n` made real. */
function prepare(format: string): { table: boolean; body: string } {
  const table = format.startsWith('table');
  const body = (table ? format.slice('table'.length) : format).trim().replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  return { table, body };
}

function formatted(images: ImageSummary[], format: string, now: number, noTrunc: boolean, digests: boolean): string {
  const fields = images.map((i) => {
    const f = imageFields(i, now, noTrunc);
    return digests || format.includes('{{.Digest}}') ? { ...f, Digest: i.id } : f;
  });
  if (format === 'json') return fields.map((f) => `${goJson(goMap(Object.entries(f)))}\n`).join('');
  const { table, body } = prepare(format);
  const nodes = parseTemplate(body);
  const lines = fields.map((f) => executeTemplate(body, nodes, f));
  if (!table) return lines.map((l) => `${l}\n`).join('');
  const header = executeTemplate(
    body,
    nodes,
    Object.fromEntries(Object.keys(IMAGE_HEADERS).map((k) => [k, own(IMAGE_HEADERS, k)!])),
  );
  return formatTable([header, ...lines].map((l) => l.split('\t')));
}

function list(ctx: CommandContext, args: string[], spec: CommandSpec, calledAsImages: boolean): Output {
  const p = prologue(spec, args);
  if (p.output) return p.output;
  const { flags } = p;
  const quiet = flags.bools.has('quiet');
  const noTrunc = flags.bools.has('no-trunc');
  const digests = flags.bools.has('digests');
  const format = flags.strings.get('format') ?? '';
  const tree = flags.bools.has('tree');
  // shouldUseTree: the flags the tree does not support yet.
  if (tree) {
    if (quiet) return fail('--quiet is not yet supported with --tree\n', 1);
    if (noTrunc) return fail('--no-trunc is not yet supported with --tree\n', 1);
    if (digests) return fail('--show-digest is not yet supported with --tree\n', 1);
    if (format !== '') return fail('--format is not yet supported with --tree\n', 1);
  }
  const match = flags.positionals[0];
  const patterns = [
    ...(flags.lists.get('filter') ?? [])
      .filter((f) => f.startsWith('reference='))
      .map((f) => f.slice('reference='.length)),
    ...(match === undefined ? [] : [match]),
  ];
  const images = hostImages(ctx.lab).filter((i) => patterns.every((pattern) => matchesReference(i, pattern)));
  const hint =
    images.length === 0 && match !== undefined && calledAsImages && IMAGE_VERBS.has(match)
      ? `No images found matching "${match}": did you mean "docker image ${match}"?\n`
      : '';
  if (!quiet && !noTrunc && !digests && format === '') return { stdout: imageTree(images), stderr: hint, exitCode: 0 };
  const source =
    format === '' || format === 'table' ? (quiet ? '{{.ID}}' : digests ? DIGEST_TABLE : DEFAULT_TABLE) : format;
  try {
    const withDigest =
      source.startsWith('table') && digests && !source.includes('{{.Digest}}') ? `${source}\t{{.Digest}}` : source;
    return { stdout: formatted(images, withDigest, ctx.lab.now, noTrunc, digests), stderr: hint, exitCode: 0 };
  } catch (e) {
    if (e instanceof TemplateError) return fail(`${templateParsingError(e)}\n`, 1);
    throw e;
  }
}

export const imagesCommand = (ctx: CommandContext, args: string[]): Output => list(ctx, args, IMAGES, true);
export const imageLsCommand = (ctx: CommandContext, args: string[]): Output => list(ctx, args, IMAGE_LS, false);
