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

/**
 * A nil Go map in a typed struct the CLI decoded (a field the JSON left out by omitempty): `{{json}}` writes `null`,
 * `{{.}}` prints `map[]`, and it is empty to `len`, `if` and `range`. Compared by identity.
 */
export const NIL_MAP: JsonObject = Object.freeze({});

/** Go's `struct{}{}` in a typed value (a PortSet's values): `{{json}}` writes `{}`, `{{.}}` prints `{}`, not `map[]`. */
export const EMPTY_STRUCT: JsonObject = Object.freeze({});

/** A set-like Go map (map[K]struct{}) as the typed view holds it: each key with an empty struct. */
export function goSet(keys: Iterable<string>): JsonObject {
  return goMap([...keys].map((k) => [k, EMPTY_STRUCT]));
}

/** Per typed object, the fields tagged `json:",omitempty"`: marshalling leaves them out while empty. */
const OMIT_EMPTY = new WeakMap<JsonObject, ReadonlySet<string>>();

/** Marks an object's omitempty fields (encoding/json isEmptyValue), so `{{json .Config}}` marshals as Go does. */
export function withOmitEmpty(o: JsonObject, keys: Iterable<string>): JsonObject {
  OMIT_EMPTY.set(o, new Set(keys));
  return o;
}

/** encoding/json isEmptyValue: false, 0, "", nil, and empty slices and maps. */
function isEmptyValue(v: JsonValue): boolean {
  if (v === null || v === false || v === 0 || v === '' || v === NIL_MAP) return true;
  if (Array.isArray(v)) return v.length === 0;
  return isObject(v) && Object.keys(v).length === 0;
}

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
  if (v === NIL_MAP) return 'null';
  if (!Array.isArray(v) && !isObject(v)) return JSON.stringify(v);
  const omit = Array.isArray(v) ? undefined : OMIT_EMPTY.get(v);
  const items = Array.isArray(v)
    ? v.map((x) => goJson(x, indent, depth + 1))
    : Object.entries(v)
        .filter(([k, x]) => !(omit?.has(k) && isEmptyValue(x)))
        .map(([k, x]) => `${JSON.stringify(k)}:${indent ? ' ' : ''}${goJson(x, indent, depth + 1)}`);
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
