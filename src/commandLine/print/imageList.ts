// `docker images` output: CLI 29's default tree view (docker/cli cli/command/image/tree.go
// printImageTree, as printed to a stream that is not a terminal: no legend, plain chips), and the
// fields of the classic table and `--format` templates (cli/command/formatter/image.go).
import type { ImageSummary } from '../../core/catalog/hostImages';
import type { JsonObject } from './json';
import { humanDuration } from './duration';
import { goTimeString } from './goTime';
import { humanSize } from './humanSize';

/** tree.go columnSpacing. */
const SPACING = '   ';

/** formatter.TruncateID: the hex without `sha256:`, 12 characters. */
export const truncateId = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

/**
 * printImageTree with width 0 (not a terminal): the name column as wide as the widest name
 * (at least `Image`), then ID (12, left), Disk usage (10, right), Content size (12, right) and
 * Extra (the chips' width, at least 5); the In Use chip is a plain `U`, a placeholder is a space.
 * Rows sort by name (runTree).
 */
export function imageTree(images: readonly ImageSummary[]): string {
  const rows = [...images].sort((a, b) => (a.repoTag < b.repoTag ? -1 : a.repoTag > b.repoTag ? 1 : 0));
  const anyInUse = rows.some((i) => i.containers > 0);
  const extraWidth = Math.max('Extra'.length, anyInUse ? 1 : 0);
  const nameWidth = Math.max('Image'.length, ...rows.map((i) => i.repoTag.length));
  const header = [
    'IMAGE'.padEnd(nameWidth),
    'ID'.padEnd(12),
    'DISK USAGE'.padStart(10),
    'CONTENT SIZE'.padStart(12),
    'EXTRA'.padEnd(extraWidth),
  ].join(SPACING);
  const lines = rows.map((i) =>
    [
      i.repoTag.padEnd(nameWidth),
      truncateId(i.id).padEnd(12),
      humanSize(i.diskUsage).padStart(10),
      humanSize(i.contentSize).padStart(12),
      (anyInUse ? (i.containers > 0 ? 'U' : ' ') : '').padEnd(extraWidth),
    ].join(SPACING),
  );
  return [header, ...lines].map((l) => `${l}\n`).join('');
}

/** imageContext's fields, for the classic table and `--format`; `now` gives CreatedSince. */
export function imageFields(i: ImageSummary, now: number, noTrunc: boolean): JsonObject {
  return {
    Containers: String(i.containers),
    CreatedAt: goTimeString(i.created),
    CreatedSince: `${humanDuration(now - i.created)} ago`,
    Digest: '<none>',
    ID: noTrunc ? i.id : truncateId(i.id),
    Repository: i.repository,
    SharedSize: 'N/A',
    Size: humanSize(i.diskUsage),
    Tag: i.tag,
    UniqueSize: 'N/A',
  };
}

/** newImageContext's headers. */
export const IMAGE_HEADERS: Record<string, string> = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
};
