// `docker system df [--format]`: docker/cli cli/command/system/df.go runDiskUsage and
// cli/command/formatter/disk_usage.go (defaultDiskUsageTableFormat, one row per type, sizes by
// units.HumanSize, reclaimable with its integer percentage of a non-zero total) over the lab's
// figures (core/daemon/diskUsage.ts). `-v` (the per-object tables) is not simulated.
import { type DiskUsage, type UsageLine, diskUsage } from '../../../core/daemon/diskUsage';
import { type Output, fail, ok } from '../../../core/lab/output';
import { TemplateError, executeTemplate, parseTemplate, templateParsingError } from '../../print/goTemplate';
import { humanSize } from '../../print/humanSize';
import { formatTable } from '../../print/table';
import type { CommandContext } from '../context';
import { type CommandSpec, prologue } from '../prologue';

export const SYSTEM_DF: CommandSpec = {
  usage: 'docker system df [OPTIONS]',
  arity: { kind: 'none' },
  flags: [{ name: 'format', type: 'string' }],
};

const DEFAULT = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
const HEADERS = { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' };

/** The fields a row's template sees (diskUsage*Context methods). */
function fields(type: string, u: UsageLine, percent: boolean): Record<string, string> {
  const size = (n: number) => humanSize(n, 4);
  return {
    Type: type,
    TotalCount: String(u.totalCount),
    Active: String(u.activeCount),
    Size: size(u.totalSize),
    // diskUsageBuilderContext.Reclaimable has no percentage.
    Reclaimable:
      percent && u.totalSize > 0
        ? `${size(u.reclaimable)} (${Math.floor((u.reclaimable * 100) / u.totalSize)}%)`
        : size(u.reclaimable),
  };
}

function rows(du: DiskUsage): Array<Record<string, string>> {
  return [
    fields('Images', du.images, true),
    fields('Containers', du.containers, true),
    fields('Local Volumes', du.volumes, true),
    fields('Build Cache', du.buildCache, false),
  ];
}

export function systemDfCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(SYSTEM_DF, args);
  if (p.output) return p.output;
  const format = p.flags.strings.get('format') || DEFAULT;
  // formatter.Context preFormat: `table` dropped, `\t` and `\n` made real.
  const table = format.startsWith('table');
  const body = (table ? format.slice('table'.length) : format).trim().replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  try {
    const nodes = parseTemplate(body);
    const lines = rows(diskUsage(ctx.lab)).map((r) => executeTemplate(body, nodes, r));
    if (!table) return ok(lines.map((l) => `${l}\n`).join(''));
    const header = executeTemplate(body, nodes, HEADERS);
    return ok(formatTable([header, ...lines].map((l) => l.split('\t'))));
  } catch (e) {
    if (e instanceof TemplateError) return fail(`${templateParsingError(e)}\n`, 1);
    throw e;
  }
}
