// When healthcheck probes run and what they decide (src/core/daemon/health.ts), following moby
// daemon/health.go: monitor runs the first probe one interval after start, or one start interval
// when a start period is set (getInterval returns StartInterval while the container is starting
// inside its start period), handleProbeResult does not count a failure inside the start period
// toward Retries, and State.Health.Log keeps the probe's start and end. isEnabled follows
// daemon/health.go initHealthMonitor: no Test, or Test ["NONE"], is no healthcheck.
import * as assert from 'node:assert/strict';
import { containerHealth, healthDecidedAt, isEnabled, type Healthcheck } from '../../src/core/daemon/health';
import { replay } from './transcript';

const FAIL = ['CMD', 'false'];
const PASS = ['CMD', 'true'];

describe('healthcheck schedule (daemon/health)', () => {
  const { lab } = replay(['docker run -d --name hc busybox top']);
  const c = lab.containerByName('hc')!;
  /** Seconds after the container's start, to the millisecond. */
  const rel = (t: number) => Math.round((t - c.startedAt) * 1000) / 1000;
  const at = (h: Healthcheck, after: number) => {
    const s = containerHealth(lab, c, h, c.startedAt + after);
    return {
      status: s.status,
      streak: s.failingStreak,
      starts: s.log.map((r) => rel(r.start)),
      ends: s.log.map((r) => rel(r.end)),
    };
  };

  // interval 10s, start period 12s, start interval 5s: probes at 5, 10, 15 (the first at or past the
  // period's end), then every interval: 25, 35, 45. Only failures from the one at 15 on count.
  const WITH_PERIOD: Healthcheck = { test: FAIL, interval: 10, startPeriod: 12, startInterval: 5 };
  const ROWS: Array<{ id: string; h: Healthcheck; after: number; want: ReturnType<typeof at> }> = [
    {
      id: 'before the first start interval: starting, no probe yet',
      h: WITH_PERIOD,
      after: 4,
      want: { status: 'starting', streak: 0, starts: [], ends: [] },
    },
    {
      id: 'inside the start period: probes every start interval, none counted',
      h: WITH_PERIOD,
      after: 14,
      want: { status: 'starting', streak: 0, starts: [5, 10], ends: [5, 10] },
    },
    {
      id: 'the probe at the end of the start period is the first counted',
      h: WITH_PERIOD,
      after: 15,
      want: { status: 'starting', streak: 1, starts: [5, 10, 15], ends: [5, 10, 15] },
    },
    {
      id: 'after the start period: one probe per interval',
      h: WITH_PERIOD,
      after: 34,
      want: { status: 'starting', streak: 2, starts: [5, 10, 15, 25], ends: [5, 10, 15, 25] },
    },
    {
      id: 'the third counted failure makes it unhealthy',
      h: WITH_PERIOD,
      after: 35,
      want: { status: 'unhealthy', streak: 3, starts: [5, 10, 15, 25, 35], ends: [5, 10, 15, 25, 35] },
    },
    {
      id: 'the log keeps the last five results',
      h: WITH_PERIOD,
      after: 45,
      want: { status: 'unhealthy', streak: 4, starts: [10, 15, 25, 35, 45], ends: [10, 15, 25, 35, 45] },
    },
    {
      id: 'a passing check: the start interval once, then the interval',
      h: { test: PASS, interval: 10, startPeriod: 12, startInterval: 5 },
      after: 25,
      want: { status: 'healthy', streak: 0, starts: [5, 15, 25], ends: [5, 15, 25] },
    },
    {
      id: 'no start period: the interval from the start',
      h: { test: FAIL, interval: 10, startInterval: 5 },
      after: 29,
      want: { status: 'starting', streak: 2, starts: [10, 20], ends: [10, 20] },
    },
    {
      id: "a probe's end is its start plus how long it ran",
      h: { test: ['CMD-SHELL', 'sleep 2'], interval: 10 },
      after: 20,
      want: { status: 'healthy', streak: 0, starts: [10, 20], ends: [12, 22] },
    },
  ];
  for (const row of ROWS) {
    it(`${row.id} (${row.after}s)`, () => {
      assert.deepEqual(at(row.h, row.after), row.want);
    });
  }

  // compose up waits for service_healthy until the status leaves starting (compose-go's
  // depends_on condition, the probe times from health.go above).
  const DECIDED: Array<{ id: string; h: Healthcheck; want: { at: number; status: string } }> = [
    {
      id: 'passing: the first probe, one interval in',
      h: { test: PASS, interval: 10 },
      want: { at: 10, status: 'healthy' },
    },
    {
      id: 'passing with a start period: one start interval in',
      h: { test: PASS, interval: 10, startPeriod: 12, startInterval: 5 },
      want: { at: 5, status: 'healthy' },
    },
    {
      id: 'failing: the third probe (retries 3 by default)',
      h: { test: FAIL, interval: 10 },
      want: { at: 30, status: 'unhealthy' },
    },
    {
      id: 'failing, retries 2',
      h: { test: FAIL, interval: 10, retries: 2 },
      want: { at: 20, status: 'unhealthy' },
    },
    {
      id: 'failing with a start period: the second counted probe (retries 2)',
      h: { test: FAIL, interval: 10, startPeriod: 12, startInterval: 5, retries: 2 },
      want: { at: 25, status: 'unhealthy' },
    },
  ];
  for (const row of DECIDED) {
    it(`decided: ${row.id}`, () => {
      const got = healthDecidedAt(lab, c, row.h);
      assert.deepEqual({ at: rel(got.at), status: got.status }, row.want);
    });
  }

  const ENABLED: Array<[string, Healthcheck | undefined, boolean]> = [
    ['no healthcheck', undefined, false],
    ['an empty Test (inherit the image, which has none)', { test: [], interval: 30 }, false],
    ['Test ["NONE"] (--no-healthcheck)', { test: ['NONE'], interval: 30 }, false],
    ['Test ["CMD", "true"]', { test: PASS, interval: 30 }, true],
    ['Test ["CMD-SHELL", "true"]', { test: ['CMD-SHELL', 'true'], interval: 30 }, true],
  ];
  for (const [id, h, want] of ENABLED) {
    it(`enabled: ${id} → ${want}`, () => {
      assert.equal(isEnabled(h), want);
    });
  }
});
