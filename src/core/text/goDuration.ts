// Go's time.Duration in text: time.ParseDuration (the CLI's --health-* flags, compose-go's
// durations) and Duration.String() (the daemon's "exceeded timeout (30s)", `compose config`).
// Values are seconds as JS numbers; Go's nanosecond integer is kept exact to the nanosecond.

const UNIT_NANOS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** time.ParseDuration: seconds, or the error text Go gives (`time: invalid duration "x"`, ...). */
export function parseGoDuration(text: string): { seconds: number } | { error: string } {
  const quoted = JSON.stringify(text);
  const invalid = { error: `time: invalid duration ${quoted}` };
  let s = text;
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s.startsWith('-');
    s = s.slice(1);
  }
  if (s === '0') return { seconds: 0 };
  if (s === '') return invalid;
  let nanos = 0;
  while (s !== '') {
    const number = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    const [whole = '', frac] = [number[1], number[2]];
    if (whole === '' && (frac === undefined || frac === '')) return invalid;
    s = s.slice(number[0].length);
    const unit = /^[^\d.]*/.exec(s)![0];
    if (unit === '') return { error: `time: missing unit in duration ${quoted}` };
    const scale = UNIT_NANOS[unit];
    if (scale === undefined) return { error: `time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}` };
    s = s.slice(unit.length);
    nanos += Number(whole || '0') * scale + (frac ? Math.floor(Number(`0.${frac}`) * scale) : 0);
  }
  if (nanos > Number.MAX_SAFE_INTEGER * 1024) return invalid; // beyond int64 nanoseconds (about 292 years)
  return { seconds: (negative ? -nanos : nanos) / 1e9 };
}

/** Trailing zeros of a fraction dropped, as Go's fmtFrac does. */
function trim(n: number): string {
  return String(Number(n.toFixed(9)));
}

/** Duration.String(): `0s`, `500ms`, `1.5µs`, `30s`, `1m30s`, `2h0m0s`. */
export function formatGoDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  const sign = seconds < 0 ? '-' : '';
  const nanos = Math.round(Math.abs(seconds) * 1e9);
  if (nanos < 1e9) {
    if (nanos < 1e3) return `${sign}${nanos}ns`;
    if (nanos < 1e6) return `${sign}${trim(nanos / 1e3)}µs`;
    return `${sign}${trim(nanos / 1e6)}ms`;
  }
  const h = Math.floor(nanos / 3600e9);
  const m = Math.floor((nanos % 3600e9) / 60e9);
  const s = trim((nanos % 60e9) / 1e9);
  if (h > 0) return `${sign}${h}h${m}m${s}s`;
  if (m > 0) return `${sign}${m}m${s}s`;
  return `${sign}${s}s`;
}
