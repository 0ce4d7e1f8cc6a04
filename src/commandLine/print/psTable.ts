// `docker ps` in the CLI's default table format.
import type { Container } from '../../core/lab/model';
import { containerHealth, isEnabled } from '../../core/daemon/health';
import type { Lab } from '../../core/lab/lab';
import { humanDuration } from './duration';
import { portsColumn } from './ports';
import { formatTable } from './table';
import { shortId } from '../../core/lab/shortId';
import { imageBaseName, imageContent } from '../../core/catalog/images';
import { imageDigest } from '../../core/catalog/imageMeta';
import { listedImages } from '../../core/daemon/listedImage';

const HEADER = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];

/** docker/cli formatter.Ellipsis: keep maxLength runes, the last one an ellipsis. */
export function ellipsis(text: string, maxLength: number): string {
  const runes = [...text];
  return runes.length <= maxLength ? text : `${runes.slice(0, maxLength - 1).join('')}…`;
}

/** moby stringid.TruncateID: the part after an algorithm prefix, cut to 12. */
const truncateId = (id: string): string => id.slice(id.indexOf(':') + 1).slice(0, 12);

/**
 * docker/cli formatter ContainerContext.Image: the listed reference as given with --no-trunc; else a
 * short ID when it names the image ID, or its familiar name (`docker.io/library/nginx:latest` is
 * `nginx:latest`) with any digest dropped and the tag kept.
 */
export function imageColumn(listed: string, imageId: string, trunc: boolean): string {
  if (!trunc) return listed;
  if (truncateId(imageId) === truncateId(listed)) return truncateId(listed);
  const named = listed.split('@')[0]!;
  const colon = named.indexOf(':', named.lastIndexOf('/') + 1);
  return `${imageBaseName(listed)}${colon < 0 ? '' : named.slice(colon)}`;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

export function commandColumn(c: Container, truncate: boolean): string {
  const command = [...c.entrypoint, ...c.cmd].join(' ');
  return quote(truncate ? ellipsis(command, 20) : command);
}

/** Health follows the probes' results (moby daemon/health.go). */
export function statusColumn(c: Container, now: number, lab: Lab): string {
  switch (c.state) {
    case 'running': {
      const health = isEnabled(c.healthcheck) ? containerHealth(lab, c, c.healthcheck).status : undefined;
      // docker/cli formatter State(): "(Paused)" first, else the health status in brackets.
      const suffix = c.paused
        ? ' (Paused)'
        : health === 'healthy'
          ? ' (healthy)'
          : health === 'unhealthy'
            ? ' (unhealthy)'
            : health === 'starting'
              ? ' (health: starting)'
              : '';
      return `Up ${humanDuration(now - c.startedAt)}${suffix}`;
    }
    case 'created':
      return 'Created';
    case 'restarting':
      return `Restarting (${c.exitCode}) ${humanDuration(now - c.finishedAt)} ago`;
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
    case 'exited':
      return `Exited (${c.exitCode}) ${humanDuration(now - c.finishedAt)} ago`;
  }
}

/** Newest first, like the engine's list. */
export function psRows(containers: Iterable<Container>, all: boolean): Container[] {
  return [...containers].filter((c) => all || c.state === 'running').reverse();
}

export function psTableRows(rows: readonly Container[], now: number, noTrunc: boolean, lab: Lab): string {
  const listed = listedImages(lab);
  return formatTable([
    HEADER,
    ...rows.map((c) => [
      noTrunc ? c.id : shortId(c.id),
      imageColumn(listed(c), imageDigest(imageContent(c)), !noTrunc),
      commandColumn(c, !noTrunc),
      `${humanDuration(now - c.createdAt)} ago`,
      statusColumn(c, now, lab),
      portsColumn(c),
      c.name,
    ]),
  ]);
}
