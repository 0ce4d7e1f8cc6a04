// `docker compose images [-q] [--format table|json] [SERVICE...]` (docker/compose
// cmd/compose/images.go runImages, pkg/compose/images.go Images): the image of each of the
// project's containers (one-off ones included, stopped ones too), by container name; the image as
// the engine inspects it (ID, size, platform, build time). An image no longer on the host is shown
// with what the container knows of it (containerImageSummary).
import { findHostImage } from '../../../../core/catalog/hostImages';
import { imageDigest } from '../../../../core/catalog/imageMeta';
import { imageBaseName } from '../../../../core/catalog/images';
import { ComposeError } from '../../../../compose/errors';
import type { Output } from '../../../../core/lab/output';
import { humanDuration } from '../../../print/duration';
import { goTime } from '../../../print/goTime';
import { humanSize } from '../../../print/humanSize';
import { truncateId } from '../../../print/imageList';
import { type JsonObject, goJson } from '../../../print/json';
import { formatTable } from '../../../print/table';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { type Globals, type Printer, byName, projectContainers, serviceOf, toProjectName } from './shared';

interface ImageRow {
  container: string;
  id: string;
  repository: string;
  tag: string;
  /** platforms.Format: `linux/amd64`, empty when the image is gone. */
  platform: string;
  size: number;
  /** Build time (seconds), undefined when the image is gone. */
  created?: number;
  /** When the tag arrived (seconds), undefined when the image is gone. */
  lastTagTime?: number;
  repoTag: string;
}

function rows(ctx: CommandContext, g: Globals, p: Printer, services: readonly string[]): ImageRow[] {
  const project = toProjectName(g, p).toLowerCase();
  return projectContainers(ctx.lab, project)
    .filter((c) => services.length === 0 || services.includes(serviceOf(c)))
    .sort(byName)
    .map((c) => {
      const image = findHostImage(ctx.lab, c.image);
      const repository = imageBaseName(c.image);
      if (!image)
        return {
          container: c.name,
          id: imageDigest(c.image),
          repository,
          tag: c.image.slice(repository.length + 1),
          platform: '',
          size: 0,
          repoTag: c.image,
        };
      return {
        container: c.name,
        id: image.id,
        repository: image.repository,
        tag: image.tag,
        platform: 'linux/amd64',
        size: image.contentSize,
        created: image.created,
        lastTagTime: image.pulledAt,
        repoTag: image.repoTag,
      };
    });
}

function jsonOf(r: ImageRow): JsonObject {
  return {
    ID: r.id,
    ContainerName: r.container,
    Repository: r.repository,
    Tag: r.tag,
    Platform: r.platform,
    Size: r.size,
    // Created is a pointer with omitempty; LastTagTime omitzero.
    ...(r.created === undefined ? {} : { Created: goTime(r.created, `created ${r.repoTag}`) }),
    ...(r.lastTagTime === undefined ? {} : { LastTagTime: goTime(r.lastTagTime, `tagged ${r.repoTag}`) }),
  };
}

export function listImages(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const list = rows(ctx, g, p, flags.positionals);
  if (flags.bools.has('quiet')) {
    const ids = [...new Set(list.map((r) => r.id.replace(/^[^:]*:/, '')))];
    p.stdout += ids.map((id) => `${id}\n`).join('');
    return p.out();
  }
  const format = flags.strings.get('format') ?? 'table';
  if (format === 'json') {
    // formatter.ToJSON of a nil slice when there is no container, then Fprintln.
    p.stdout += `${list.length === 0 ? 'null' : goJson(list.map(jsonOf))}\n\n`;
    return p.out();
  }
  switch (format.toLowerCase()) {
    case 'table':
    case 'pretty':
    case '':
      // formatter.PrintPrettySection: tabwriter minwidth 20, padding 3.
      p.stdout += formatTable(
        [
          ['CONTAINER', 'REPOSITORY', 'TAG', 'PLATFORM', 'IMAGE ID', 'SIZE', 'CREATED'],
          ...list.map((r) => [
            r.container,
            r.repository || '<none>',
            r.tag || '<none>',
            r.platform,
            truncateId(r.id),
            humanSize(r.size),
            r.created === undefined ? 'N/A' : `${humanDuration(ctx.lab.now - r.created)} ago`,
          ]),
        ],
        20,
        3,
      );
      return p.out();
    default:
      throw new ComposeError(`format value "${format}" could not be parsed: parsing failed`);
  }
}
