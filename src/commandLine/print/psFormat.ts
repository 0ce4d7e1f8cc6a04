// `docker ps --format`: the CLI's container fields for Go templates, and `table ...` formats
// with the headers docker/cli's ContainerContext gives each field.
import { TemplateError, executeTemplate, parseTemplate } from './goTemplate';
import type { Lab } from '../../core/lab/lab';
import type { Container } from '../../core/lab/model';
import { own } from '../../core/lab/own';
import { type JsonObject, goJson, goMap } from './json';
import { goTimeString } from './goTime';
import { portsColumn } from './ports';
import { commandColumn, ellipsis, imageColumn, statusColumn } from './psTable';
import { imageContent } from '../../core/catalog/images';
import { imageDigest } from '../../core/catalog/imageMeta';
import { listedImages } from '../../core/daemon/listedImage';
import { humanDuration } from './duration';
import { formatTable } from './table';
import { shortId } from '../../core/lab/shortId';
import { apiState } from '../../core/daemon/psFilter';

const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Names: 'NAMES',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  Networks: 'NETWORKS',
  LocalVolumes: 'LOCAL VOLUMES',
};

/** `listed` is the image the daemon lists the container with (listedImages). */
export function psFields(lab: Lab, c: Container, noTrunc: boolean, listed: string): JsonObject {
  const networks = c.state === 'running' ? Object.keys(c.endpoints) : Object.keys(c.networks);
  return {
    ID: noTrunc ? c.id : shortId(c.id),
    Image: imageColumn(listed, imageDigest(imageContent(c)), !noTrunc),
    Command: commandColumn(c, !noTrunc),
    CreatedAt: goTimeString(c.createdAt),
    RunningFor: `${humanDuration(lab.now - c.createdAt)} ago`,
    Ports: portsColumn(c),
    State: apiState(c),
    Status: statusColumn(c, lab.now, lab),
    Size: '0B',
    Names: c.name,
    Labels: Object.entries(c.labels ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
    // formatter.ContainerContext Mounts: each mount's volume name, or a bind's host path, cut to 15.
    Mounts: (c.mounts ?? []).map((m) => (noTrunc ? (m.name ?? m.source) : ellipsis(m.name ?? m.source, 15))).join(','),
    Networks: networks.join(','),
    // LocalVolumes: the mounts whose driver is local (volumes; binds have no driver).
    LocalVolumes: String((c.mounts ?? []).filter((m) => m.type === 'volume').length),
  };
}

/** docker/cli preFormat: drop the `table` key, trim, and turn `\t` / `\n` into real ones. */
function prepare(format: string): { table: boolean; body: string } {
  const table = format.startsWith('table');
  const body = (table ? format.slice('table'.length) : format).trim().replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  return { table, body };
}

/** Renders the rows; throws TemplateError (parse or execution) in Go's words. */
export function psFormatted(lab: Lab, rows: Container[], format: string, noTrunc: boolean): string {
  const listed = listedImages(lab);
  const fields = (c: Container) => psFields(lab, c, noTrunc, listed(c));
  if (format === 'json') {
    // The CLI's `json` format is `{{json .}}` over its context, whose fields marshal sorted.
    return rows.map((c) => `${goJson(goMap(Object.entries(fields(c))))}\n`).join('');
  }
  const { table, body } = prepare(format);
  const nodes = parseTemplate(body);
  const lines = rows.map((c) => executeTemplate(body, nodes, fields(c)));
  if (!table) return lines.map((l) => `${l}\n`).join('');
  const header = body.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, key: string) => own(HEADERS, key) ?? key.toUpperCase());
  return formatTable([header, ...lines].map((l) => l.split('\t')));
}

export { TemplateError };
