// The CLI's reading of `--since`/`--until` (moby client/internal/timestamp GetTimestamp): a Go duration back from
// now, an RFC 3339 time or date (the lab's zone is UTC), or Unix seconds as they are.
import { parseGoDuration } from '../../../core/text/goDuration';

/** Seconds since the epoch, or the error GetTimestamp returns. */
export function parseLogTime(value: string, now: number): { seconds: number } | { error: string } {
  const d = parseGoDuration(value);
  if (value !== '0' && 'seconds' in d) return { seconds: now - d.seconds };
  // Date-only and date-time forms, with or without a zone (parseInLocation takes the reference's zone: UTC here).
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(\.\d+)?)?)?)?(Z|z|[+-]\d{2}:\d{2})?$/.exec(
    value,
  );
  if (m) {
    const zone = m[8] === undefined || /^z$/i.test(m[8]) ? 'Z' : m[8];
    const ms = Date.parse(
      `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}${m[7] ?? ''}${zone}`,
    );
    if (!Number.isNaN(ms)) return { seconds: ms / 1000 };
  }
  // parseTimestamp: Unix seconds with an optional fraction pass through.
  if (!value.includes('-') && /^\d+(\.\d{0,9})?$/.test(value)) return { seconds: Number(value) };
  return { error: `failed to parse value as time or duration: ${JSON.stringify(value)}` };
}
