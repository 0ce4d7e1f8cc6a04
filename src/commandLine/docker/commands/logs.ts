// `docker logs [-n N] [-t] [--since T] [--until T] [--details] C` (docker/cli cli/command/container/logs.go):
// stdout lines on stdout and stderr lines on stderr (stdcopy.StdCopy), everything on stdout for a TTY container,
// whose pty merged the streams. The daemon takes the last N lines, then those within since/until (daemon/logs.go,
// logger ReadConfig), and prefixes each with its time and --details' (empty) attributes
// (server/httputils/write_log_stream.go WriteLogStream).
import type { CommandContext } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { type Output, fail, ok } from '../../../core/lab/output';
import { errorText, guard } from '../output';
import { type LogLine, logLines } from '../../../core/daemon/containerLogs';
import { parseLogTime } from './logTime';
import { stableHex } from '../../print/json';

export const LOGS: CommandSpec = {
  usage: 'docker logs [OPTIONS] CONTAINER',
  arity: { kind: 'exact', n: 1 },
  flags: [
    { name: 'follow', short: 'f', type: 'bool' },
    { name: 'since', type: 'string' },
    { name: 'until', type: 'string' },
    { name: 'timestamps', short: 't', type: 'bool' },
    { name: 'details', type: 'bool' },
    { name: 'tail', short: 'n', type: 'string' },
  ],
};

/**
 * jsonmessage.RFC3339NanoFixed (`2006-01-02T15:04:05.000000000Z07:00`): the lab's clock has whole seconds, so the
 * nanoseconds come from the container and the second, rising line by line within it.
 */
function timestamp(id: string, line: LogLine, nth: number): string {
  const base = new Date(line.at * 1000).toISOString().slice(0, 19);
  const nanos = (parseInt(stableHex(`${id}@${line.at}`, 8), 16) % 500_000_000) + nth * 131_071;
  return `${base}.${String(nanos).padStart(9, '0')}Z`;
}

export function logsCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(LOGS, args);
  if (p.output) return p.output;
  const { flags } = p;
  const ref = flags.positionals[0]!;
  return guard(
    () => {
      const c = ctx.lab.getContainer(ref);
      // The client turns --since/--until into Unix times before it asks (moby client ContainerLogs).
      const bounds: Partial<Record<'since' | 'until', number>> = {};
      for (const key of ['since', 'until'] as const) {
        const value = flags.strings.get(key);
        if (value === undefined || value === '') continue;
        const t = parseLogTime(value, ctx.lab.now);
        if ('error' in t) return fail(`invalid value for "${key}": ${t.error}\n`);
        // daemon/logs.go: an until of "0" means no limit.
        if (key === 'since' || value !== '0') bounds[key] = t.seconds;
      }
      const seen = new Map<number, number>();
      const all = logLines(c).map((line) => {
        const nth = seen.get(line.at) ?? 0;
        seen.set(line.at, nth + 1);
        return { line, nth };
      });
      // strconv.Atoi: anything but an integer (and any negative) is every line.
      const tailText = flags.strings.get('tail') ?? 'all';
      const tail = /^[+-]?\d+$/.test(tailText) ? Number(tailText) : -1;
      const kept = tail >= 0 ? all.slice(Math.max(0, all.length - tail)) : all;
      let stdout = '';
      let stderr = '';
      for (const { line, nth } of kept) {
        // Timestamp.Before(since) is dropped; After(until) ends the read. A line's time is its second plus nanos.
        if (bounds.since !== undefined && line.at < Math.floor(bounds.since)) continue;
        if (bounds.until !== undefined && line.at >= bounds.until) continue;
        let text = `${line.text}\n`;
        if (flags.bools.has('details')) text = ` ${text}`;
        if (flags.bools.has('timestamps')) text = `${timestamp(c.id, line, nth)} ${text}`;
        if (line.stream === 'stderr' && !c.tty) stderr += text;
        else stdout += text;
      }
      return ok(stdout, stderr);
    },
    (e) => fail(errorText(e), 1),
  );
}
