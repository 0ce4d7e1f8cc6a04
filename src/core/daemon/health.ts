// Container healthchecks (HEALTHCHECK, --health-*, compose healthcheck:). The lab's checks pass;
// a container is "starting" until its first check at one interval after start, then "healthy".

export interface Healthcheck {
  /** The test as the engine stores it: ["CMD", ...], ["CMD-SHELL", "..."], or ["NONE"]. */
  test: string[];
  /** Seconds between checks (30 unless set). */
  interval: number;
}

export type HealthStatus = 'starting' | 'healthy';

const UNITS: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001, us: 0.000001, ns: 0.000000001 };

/** Go durations (`30s`, `1m30s`, `500ms`) as seconds; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?(h|m|s|ms|us|ns))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|us|ns|m|s)/g)) total += Number(n) * (UNITS[unit!] ?? 0);
  return total;
}

export function isEnabled(h: Healthcheck | undefined): h is Healthcheck {
  return h !== undefined && h.test.length > 0 && h.test[0] !== 'NONE';
}

export function healthStatus(h: Healthcheck, startedAt: number, now: number): HealthStatus {
  return now - startedAt >= h.interval ? 'healthy' : 'starting';
}
