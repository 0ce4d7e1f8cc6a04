// `docker compose ps --format`: compose's own container context (docker/compose
// cmd/formatter/container.go ContainerContext, NewContainerFormat): its fields for Go templates,
// its table headers, `json` as one object per line with every method's value (docker/cli
// formatter/reflect.go marshalMap: keys sorted), and the default table
// NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS.
import { listedImages } from '../../../../core/daemon/listedImage';
import { healthStatus, isEnabled } from '../../../../core/daemon/health';
import { isContainerMode } from '../../../../core/daemon/networkMode';
import { parsePortKey } from '../../../../core/daemon/portBindings';
import type { Lab } from '../../../../core/lab/lab';
import type { Container } from '../../../../core/lab/model';
import { own } from '../../../../core/lab/own';
import { shortId } from '../../../../core/lab/shortId';
import { apiState } from '../../../../core/daemon/psFilter';
import { humanDuration } from '../../../print/duration';
import { executeTemplate, parseTemplate } from '../../../print/goTemplate';
import { goTimeString } from '../../../print/goTime';
import { type JsonObject, type JsonValue, goJson, goMap } from '../../../print/json';
import { portsColumn } from '../../../print/ports';
import { commandColumn, statusColumn } from '../../../print/psTable';
import { formatTable } from '../../../print/table';
import { LABEL_PROJECT, LABEL_SERVICE } from '../../../../compose/plan';

/** defaultContainerTableFormat. */
export const DEFAULT_TABLE =
  'table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}';

/** NewContainerContext's SubHeaderContext; other fields have no header. */
const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Name: 'NAME',
  Project: 'PROJECT',
  Service: 'SERVICE',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Engine: 'ENGINE',
};

/** pkg/compose/ps.go containerPublishers: the API's port list sorted by private port. */
export function publishers(c: Container): JsonValue[] {
  if (c.state !== 'running') return [];
  if (c.networkMode === 'host' || c.networkMode === 'none' || isContainerMode(c.networkMode)) return [];
  const out: Array<{ URL: string; TargetPort: number; PublishedPort: number; Protocol: string }> = [];
  for (const key of new Set([...c.exposedPorts, ...Object.keys(c.ports)])) {
    const { port, proto } = parsePortKey(key);
    const bindings = c.ports[key] ?? [];
    if (bindings.length === 0) out.push({ URL: '', TargetPort: port, PublishedPort: 0, Protocol: proto });
    for (const b of bindings)
      out.push({ URL: b.hostIp, TargetPort: port, PublishedPort: Number(b.hostPort), Protocol: proto });
  }
  return out.sort((a, b) => a.TargetPort - b.TargetPort).map((x) => ({ ...x }));
}

/** containerHealthAndExitCode: health only while running, the exit code only once exited or dead. */
function health(lab: Lab, c: Container): string {
  if (c.state !== 'running' || !isEnabled(c.healthcheck)) return '';
  return healthStatus(lab, c, c.healthcheck);
}

/** Every ContainerContext method without arguments, by name. */
/** `listed` is the image the daemon lists the container with (listedImages); compose prints it as it is. */
export function composePsFields(lab: Lab, c: Container, trunc: boolean, listed: string): JsonObject {
  const networks = c.state === 'running' ? Object.keys(c.endpoints) : Object.keys(c.networks);
  return goMap(
    Object.entries({
      Command: commandColumn(c, trunc),
      CreatedAt: goTimeString(c.createdAt),
      Engine: '',
      ExitCode: c.state === 'exited' || c.state === 'dead' ? c.exitCode : 0,
      Health: health(lab, c),
      ID: trunc ? shortId(c.id) : c.id,
      Image: listed,
      Labels: Object.entries(c.labels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
      LocalVolumes: '0',
      Mounts: '',
      Name: c.name,
      Names: c.name,
      Networks: networks.join(','),
      Ports: portsColumn(c),
      Project: c.labels?.[LABEL_PROJECT] ?? '',
      Publishers: publishers(c),
      RunningFor: `${humanDuration(lab.now - c.createdAt)} ago`,
      Service: c.labels?.[LABEL_SERVICE] ?? '',
      Size: '0B',
      State: apiState(c),
      Status: statusColumn(c, lab.now, lab),
    }),
  );
}

/** Renders the rows in a format; throws TemplateError (parse or execution) in Go's words. */
export function composePsFormatted(lab: Lab, rows: readonly Container[], format: string, trunc: boolean): string {
  const listed = listedImages(lab);
  const fields = (c: Container) => composePsFields(lab, c, trunc, listed(c));
  if (format === 'json') return rows.map((c) => `${goJson(fields(c))}\n`).join('');
  const source = format === '' || format === 'table' ? DEFAULT_TABLE : format;
  const table = source.startsWith('table');
  const body = (table ? source.slice('table'.length) : source).trim().replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const nodes = parseTemplate(body);
  const lines = rows.map((c) => executeTemplate(body, nodes, fields(c)));
  if (!table) return lines.map((l) => `${l}\n`).join('');
  const header = body.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, key: string) => own(HEADERS, key) ?? '');
  return formatTable([header, ...lines].map((l) => l.split('\t')));
}
