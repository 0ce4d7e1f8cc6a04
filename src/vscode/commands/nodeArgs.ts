// What a command was called with. VS Code passes a tree row (an item whose `node` names a
// container or a network) from a context menu, nothing from the palette; other extensions and
// tests pass a plain name or an argument object, which skips every prompt.
import { splitList } from '../../viewModels/inputRules';

export interface ContainerRow {
  kind: 'container';
  containerId: string;
  name: string;
}

export interface NetworkRow {
  kind: 'network';
  networkId: string;
  name: string;
}

export type Row = ContainerRow | NetworkRow;

export type CommandInput =
  | { via: 'palette' }
  | { via: 'row'; row: Row }
  | { via: 'name'; name: string }
  | { via: 'args'; args: Readonly<Record<string, unknown>> };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A tree item's node: `{ kind, containerId | networkId, name }`; without kind, a containerId makes it a container. */
function rowOf(item: Record<string, unknown>): Row | undefined {
  const node = item['node'];
  if (!isRecord(node)) return undefined;
  const name = text(node['name']) || text(node['label']);
  if (node['kind'] === 'network' && typeof node['networkId'] === 'string')
    return { kind: 'network', networkId: node['networkId'], name };
  if ((node['kind'] === 'container' || node['kind'] === undefined) && typeof node['containerId'] === 'string')
    return { kind: 'container', containerId: node['containerId'], name };
  return undefined;
}

export function commandInput(arg: unknown): CommandInput {
  if (typeof arg === 'string') return arg === '' ? { via: 'palette' } : { via: 'name', name: arg };
  if (!isRecord(arg)) return { via: 'palette' };
  const row = rowOf(arg);
  if (row) return { via: 'row', row };
  if ('node' in arg) return { via: 'palette' };
  return { via: 'args', args: arg };
}

/** How docker is told about a row: by name (what messages show), by ID when the row has none. */
export const rowRef = (row: Row): string => row.name || (row.kind === 'container' ? row.containerId : row.networkId);

/** The container a row or a name stands for (a network row stands for none). */
export function containerOf(input: CommandInput): string | undefined {
  if (input.via === 'name') return input.name;
  if (input.via === 'row' && input.row.kind === 'container') return rowRef(input.row);
  return undefined;
}

/** The network a row stands for. */
export function networkOf(input: CommandInput): string | undefined {
  return input.via === 'row' && input.row.kind === 'network' ? rowRef(input.row) : undefined;
}

/** A string field of an argument object; empty counts as absent. */
export function textArg(args: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const v = args[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** A list field: an array of strings, or one string of values split on commas and spaces. */
export function listArg(args: Readonly<Record<string, unknown>>, key: string): string[] {
  const v = args[key];
  if (typeof v === 'string') return splitList(v);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

export function boolArg(args: Readonly<Record<string, unknown>>, key: string): boolean {
  return args[key] === true;
}

/** A number field, also given as a string ("80"). */
export function numberArg(args: Readonly<Record<string, unknown>>, key: string): number | undefined {
  const v = args[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}
