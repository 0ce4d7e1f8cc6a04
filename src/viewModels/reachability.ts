// "Can A reach B?" as the lab's own tools find out: resolve the name as a process in A would
// (commandLine/shell/target.ts, the same path ping, nc and curl take), then follow the packet
// (core/kernel/reach.ts). The answer is the path taken, or where and why it stops.
import { probeTarget } from '../commandLine/shell/target';
import type { ReachFailure } from '../core/kernel/reach';
import type { Lab } from '../core/lab/lab';
import { HOST_NETNS } from '../core/lab/lab';
import type { Container, Protocol } from '../core/lab/model';
import { formatIPv4 } from '../core/net/ipv4';

/** Where the probe starts: the host, or a container's processes. */
export const HOST = 'host';

export interface ReachQuery {
  /** A container's name or ID, or `host` (or nothing) for the host. */
  from?: string;
  /** A name (resolved as a process there would) or an address. */
  to: string;
  /** Without a port: a ping. */
  port?: number;
  /** Default tcp. */
  protocol?: Protocol;
}

export type StopReason = ReachFailure | 'unresolved' | 'no-such-container' | 'not-running' | 'paused';

export interface ReachAnswer {
  reachable: boolean;
  /** In order: where it starts, how the name resolved, each hop and decision, the last where it ended. */
  hops: string[];
  /** When not reachable: why, and the hop it stopped at. */
  stop?: { reason: StopReason; at: string };
}

const stopped = (reason: StopReason, hops: string[]): ReachAnswer => ({
  reachable: false,
  hops,
  stop: { reason, at: hops[hops.length - 1] ?? '' },
});

/** A probe cannot start in a container whose processes do not run (what `docker exec` refuses). */
function startProblem(c: Container): ReachAnswer | undefined {
  const start = `from ${c.name}`;
  if (c.state !== 'running' || c.netnsId === null)
    return stopped('not-running', [start, `${c.name} is ${c.state}: nothing runs in it to send a packet`]);
  if (c.paused) return stopped('paused', [start, `${c.name} is paused: its processes are frozen`]);
  return undefined;
}

export function checkReach(lab: Lab, q: ReachQuery): ReachAnswer {
  const fromHost = q.from === undefined || q.from === '' || q.from === HOST;
  let container: Container | undefined;
  if (!fromHost) {
    try {
      container = lab.getContainer(q.from!);
    } catch (e) {
      // The daemon's words: no such container, or an ID prefix that matches several.
      return stopped('no-such-container', [e instanceof Error ? e.message : String(e)]);
    }
  }
  const problem = container ? startProblem(container) : undefined;
  if (problem) return problem;
  const netnsId = container?.netnsId ?? HOST_NETNS;
  const probe = q.port === undefined ? undefined : { port: q.port, proto: q.protocol ?? 'tcp' };
  const sh = { lab, container, netnsId, dir: { cwd: '/', home: '/root', oldPwd: undefined } };
  const start = `from ${container ? container.name : 'the host'}`;
  const target = probeTarget(sh, q.to, probe);
  if (!target.ok) return stopped('unresolved', [start, `${q.to} does not resolve: ${target.reason}`]);
  const { resolution, result } = target;
  const resolved =
    resolution.via === 'literal' ? [] : [`${q.to} → ${formatIPv4(target.ip)}: ${resolution.explanation}`];
  const [first, ...rest] = result.path;
  const hops = [first ?? start, ...resolved, ...rest];
  return result.ok ? { reachable: true, hops } : stopped(result.failure ?? 'timeout', hops);
}
