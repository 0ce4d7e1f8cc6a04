// The calendar fields of a lab time (seconds, UTC) that the servers' log formats print: the lab's containers run
// with TZ unset, so every program writes UTC.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export const pad2 = (n: number): string => String(n).padStart(2, '0');

export interface LogClock {
  year: number;
  /** 01-12. */
  month: string;
  /** Jan-Dec. */
  monthName: string;
  /** 01-31. */
  day: string;
  /** Sun-Sat. */
  weekday: string;
  /** 0-23, unpadded. */
  hour: number;
  /** HH:MM:SS. */
  time: string;
}

export function logClock(seconds: number): LogClock {
  const d = new Date(seconds * 1000);
  return {
    year: d.getUTCFullYear(),
    month: pad2(d.getUTCMonth() + 1),
    monthName: MONTHS[d.getUTCMonth()]!,
    day: pad2(d.getUTCDate()),
    weekday: DAYS[d.getUTCDay()]!,
    hour: d.getUTCHours(),
    time: `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`,
  };
}
