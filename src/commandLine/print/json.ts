// JSON values as the engine marshals them: insertion order stands for Go struct field order,
// and Go maps marshal with their keys sorted.

export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A Go map: the same entries with the keys in byte order, as encoding/json writes them. */
export function goMap(entries: Iterable<[string, JsonValue]>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = v;
  return out;
}

/**
 * The zero netip.Addr in a typed struct the CLI decoded (moby api v1.52 EndpointSettings): it marshals as ""
 * (Addr.MarshalText) but prints as "invalid IP" (Addr.String). Only typed views hold it; raw JSON has "".
 */
export const ZERO_ADDR = '\u0000netip.Addr{}';

/** The same object with the keys listed first, in that order (a Go struct's field order). */
export function withOrder(v: JsonObject, keys: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const k of keys) if (k in v) out[k] = v[k]!;
  for (const [k, x] of Object.entries(v)) if (!(k in out)) out[k] = x;
  return out;
}

/** encoding/json with SetEscapeHTML(false), as the daemon and the CLI's `json` function write; bigint for uint64. */
export function goJson(v: JsonValue, indent = '', depth = 0): string {
  if (typeof v === 'bigint') return v.toString();
  if (v === ZERO_ADDR) return '""';
  if (!Array.isArray(v) && !isObject(v)) return JSON.stringify(v);
  const items = Array.isArray(v)
    ? v.map((x) => goJson(x, indent, depth + 1))
    : Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${indent ? ' ' : ''}${goJson(x, indent, depth + 1)}`);
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
  if (items.length === 0) return open + close;
  if (!indent) return `${open}${items.join(',')}${close}`;
  const pad = indent.repeat(depth + 1);
  return `${open}\n${pad}${items.join(`,\n${pad}`)}\n${indent.repeat(depth)}${close}`;
}

/** `docker inspect` without -f: json.Indent of `[raw,...]` with four spaces, then a newline. */
export function indentedArray(values: readonly JsonValue[]): string {
  return `${goJson([...values], '    ')}\n`;
}

/** A stable pseudo-random hex string for IDs the lab does not store (sandbox IDs, image digests). */
export function stableHex(seed: string, chars: number): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < chars; round++) {
    for (const ch of `${seed}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    // splitmix-style finaliser so consecutive rounds do not look alike
    let z = (h + Math.imul(round + 1, 0x9e3779b9)) >>> 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    out += ((z ^ (z >>> 16)) >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, chars);
}
