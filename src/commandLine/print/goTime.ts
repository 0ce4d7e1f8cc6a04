// Go's time.Time in the forms the engine and the CLI print: JSON (RFC 3339 with nanoseconds) and
// String() (`2006-01-02 15:04:05 +0000 UTC`). The lab's clock has whole seconds; the nanoseconds
// are derived from a seed so output stays deterministic.
import { stableHex } from './json';

/** Go's time.Time JSON: RFC 3339 with nanoseconds, trailing zeros dropped; nanos are seed-derived. */
export function goTime(seconds: number, id: string, notBefore = 0): string {
  const base = new Date(seconds * 1000).toISOString().slice(0, 19);
  // Any text works as the seed; notBefore keeps a later event (a start) after an earlier one in the same second.
  const span = 1e9 - notBefore;
  const value = notBefore + (parseInt(stableHex(id, 8), 16) % span);
  const nanos = value.toString().padStart(9, '0').replace(/0+$/, '');
  return `${base}${nanos ? `.${nanos}` : ''}Z`;
}

/** The nanoseconds goTime gives an object, for ordering a later time after it. */
export function goNanos(id: string): number {
  return parseInt(stableHex(id, 8), 16) % 1e9;
}

/** time.Time.String() for a UTC time, as `docker ps`/`network ls` print CreatedAt. */
export function goTimeString(seconds: number): string {
  return `${new Date(seconds * 1000)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '')} +0000 UTC`;
}
