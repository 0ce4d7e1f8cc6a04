// Every message from the diagram webview is checked before the extension acts on it: the webview
// runs page script, and a message of the wrong shape (a missing field, a number where a string
// goes, an action that does not exist, a megabyte of id) is dropped, never half-used. Strict: a
// field the protocol does not name makes the message invalid too.
import type { ContainerAction, TraceQuery, WebviewMessage } from './diagramMessages';

/** Longest element id: a 64-hex container ID, `IFNAME@net:[N]`, a link `FROM->TO` of two of them. */
export const MAX_ID_LENGTH = 512;
/** Longest trace endpoint: a container name, an ID, `host` or an address (names are far shorter). */
export const MAX_ENDPOINT_LENGTH = 256;
/** Largest exported picture, as text (SVG markup, or a PNG in base64). */
export const MAX_EXPORT_LENGTH = 64 * 1024 * 1024;

const ACTIONS: readonly ContainerAction[] = ['start', 'stop', 'remove', 'exec', 'inspect', 'terminal'];
const PROTOCOLS: readonly NonNullable<TraceQuery['protocol']>[] = ['tcp', 'udp'];
const FORMATS: readonly string[] = ['svg', 'png'];

type Record_ = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Record_ =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null);

/** Only these keys, and every required one present. */
const hasKeys = (v: Record_, required: readonly string[], optional: readonly string[] = []): boolean =>
  required.every((k) => k in v) && Object.keys(v).every((k) => required.includes(k) || optional.includes(k));

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

const isId = (v: unknown): v is string => isText(v, MAX_ID_LENGTH);

const isPort = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535;

const oneOf = <T extends string>(v: unknown, values: readonly T[]): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

function isTraceQuery(v: unknown): v is TraceQuery {
  if (!isRecord(v) || !hasKeys(v, ['from', 'to'], ['port', 'protocol'])) return false;
  return (
    isText(v['from'], MAX_ENDPOINT_LENGTH) &&
    isText(v['to'], MAX_ENDPOINT_LENGTH) &&
    (v['port'] === undefined || isPort(v['port'])) &&
    (v['protocol'] === undefined || oneOf(v['protocol'], PROTOCOLS))
  );
}

/** Base64 as FileReader and canvas.toDataURL write it, optionally behind its `data:image/png;base64,` prefix. */
const PNG_DATA = /^(data:image\/png;base64,)?[A-Za-z0-9+/]+={0,2}$/;

function isExportData(format: string, data: unknown): boolean {
  if (!isText(data, MAX_EXPORT_LENGTH)) return false;
  return format === 'png' ? PNG_DATA.test(data) : /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(data);
}

/** Per message type: its own fields' check (the `type` field is checked by the table's key). */
const CHECKS: Record<WebviewMessage['type'], (m: Record_) => boolean> = {
  ready: (m) => hasKeys(m, ['type']),
  select: (m) => hasKeys(m, ['type', 'id']) && isId(m['id']),
  action: (m) => hasKeys(m, ['type', 'action', 'id']) && oneOf(m['action'], ACTIONS) && isId(m['id']),
  trace: (m) => hasKeys(m, ['type', 'query']) && isTraceQuery(m['query']),
  export: (m) =>
    hasKeys(m, ['type', 'format', 'data']) && oneOf(m['format'], FORMATS) && isExportData(m['format'], m['data']),
};

export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (!isRecord(value) || typeof value['type'] !== 'string') return false;
  const type = value['type'];
  if (!Object.prototype.hasOwnProperty.call(CHECKS, type)) return false;
  return CHECKS[type as WebviewMessage['type']](value);
}
