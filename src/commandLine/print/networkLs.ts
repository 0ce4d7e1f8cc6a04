// `docker network ls`: the CLI sorts by name with sortorder.NaturalLess and prints the table
// `NETWORK ID  NAME  DRIVER  SCOPE` (12-char IDs unless --no-trunc), or IDs only with -q.
import type { Network } from '../../core/lab/model';
import { formatTable } from './table';
import { own } from '../../core/lab/own';
import { executeTemplate, parseTemplate } from './goTemplate';
import { goTimeString } from './goTime';
import { goJson, goMap } from './json';
import { shortId } from '../../core/lab/shortId';
import { naturalCompare } from '../../core/text/naturalSort';

export function sortNetworks(networks: Iterable<Network>): Network[] {
  return [...networks].sort((x, y) => naturalCompare(x.name, y.name));
}

/** Values a `--format` template can name, as the CLI's networkContext exposes them. */
export function networkFields(n: Network, noTrunc: boolean): Record<string, string> {
  return {
    ID: noTrunc ? n.id : shortId(n.id),
    Name: n.name,
    Driver: n.driver,
    Scope: 'local',
    IPv4: 'true',
    IPv6: String(n.ipv6),
    CreatedAt: goTimeString(n.createdAt),
    Internal: String(n.internal),
    Labels: Object.entries(n.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
  };
}

const HEADERS: Record<string, string> = {
  ID: 'NETWORK ID',
  Name: 'NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  IPv4: 'IPV4',
  IPv6: 'IPV6',
  Internal: 'INTERNAL',
  Labels: 'LABELS',
};

/** One row through the Go-template engine; `json` is the CLI's shorthand for `{{json .}}`. */
function fill(template: string, fields: Record<string, string>): string {
  if (template === 'json') return goJson(goMap(Object.entries(fields)));
  return executeTemplate(template, parseTemplate(template), fields);
}

export interface NetworkLsOptions {
  quiet?: boolean;
  noTrunc?: boolean;
  format?: string;
}

export function networkLsTable(networks: Iterable<Network>, o: NetworkLsOptions = {}): string {
  const sorted = sortNetworks(networks);
  const noTrunc = o.noTrunc ?? false;
  if (o.quiet && !o.format) return sorted.map((n) => `${networkFields(n, noTrunc).ID}\n`).join('');
  const format = o.format || 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
  if (!format.startsWith('table'))
    return sorted
      .map((n) => `${fill(format.replace(/\\t/g, '\t').replace(/\\n/g, '\n'), networkFields(n, noTrunc))}\n`)
      .join('');
  const row = format.slice('table'.length).trim().replace(/\\t/g, '\t');
  const header = row.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, key: string) => own(HEADERS, key) ?? key.toUpperCase());
  const rows = sorted.map((n) => fill(row, networkFields(n, noTrunc)).split('\t'));
  return formatTable([header.split('\t'), ...rows]);
}
