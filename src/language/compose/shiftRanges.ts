// Moves what a chunk read (in the chunk's own offsets) to where the chunk is in the file: a copy with
// every `range` and `...Range` field (the source model's Range fields) shifted by the chunk's start.
import type { Range } from '../../compose/model';

export const shiftRange = (r: Range, delta: number): Range => [r[0] + delta, r[1] + delta];

const isRange = (v: unknown): v is Range =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number';

function shifted(value: unknown, delta: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shifted(v, delta));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = (k === 'range' || k.endsWith('Range')) && isRange(v) ? shiftRange(v, delta) : shifted(v, delta);
  }
  return out;
}

/** A deep copy of value with its ranges moved by delta (value itself when delta is 0). */
export function shiftRanges<T>(value: T, delta: number): T {
  return delta === 0 ? value : (shifted(value, delta) as T);
}
