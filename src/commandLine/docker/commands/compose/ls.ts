// `docker compose ls [-a] [-q] [--format table|json] [--filter name=X]` (docker/compose
// cmd/compose/list.go runList, pkg/compose/ls.go List): the projects that have containers, by
// their labels, sorted by name; each with its containers' states counted (`running(2)`, sorted
// states: `exited(1), running(1)`) and the config files its containers were made from. Running
// containers only without -a (paused ones count), as the engine lists them.
import { LABEL_CONFIG_FILES, LABEL_PROJECT } from '../../../../compose/plan';
import { ComposeError } from '../../../../compose/errors';
import { parseFilterArgs } from '../../../../core/daemon/filterArgs';
import { apiState, match } from '../../../../core/daemon/psFilter';
import type { Container } from '../../../../core/lab/model';
import type { Output } from '../../../../core/lab/output';
import { goJson } from '../../../print/json';
import { formatTable } from '../../../print/table';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import type { Globals, Printer } from './shared';

interface Stack {
  Name: string;
  Status: string;
  ConfigFiles: string;
}

/** combinedStatus: `state(n)` per state, states sorted, joined by `, `. */
function combinedStatus(containers: readonly Container[]): string {
  const counts = new Map<string, number>();
  for (const c of containers) counts.set(apiState(c), (counts.get(apiState(c)) ?? 0) + 1);
  return [...counts.keys()]
    .sort()
    .map((s) => `${s}(${counts.get(s)!})`)
    .join(', ');
}

/** combinedConfigFiles: each file once, in the order the containers give them. */
function combinedConfigFiles(containers: readonly Container[]): string {
  const files: string[] = [];
  for (const c of containers)
    for (const f of (c.labels?.[LABEL_CONFIG_FILES] ?? '').split(',')) if (!files.includes(f)) files.push(f);
  return files.join(',');
}

function stacks(ctx: CommandContext, all: boolean): Stack[] {
  const byProject = new Map<string, Container[]>();
  for (const c of ctx.lab.containers.values()) {
    const project = c.labels?.[LABEL_PROJECT];
    if (project === undefined || (!all && c.state !== 'running')) continue;
    byProject.set(project, [...(byProject.get(project) ?? []), c]);
  }
  return [...byProject.keys()].sort().map((name) => {
    const containers = byProject.get(name)!;
    return { Name: name, Status: combinedStatus(containers), ConfigFiles: combinedConfigFiles(containers) };
  });
}

export function listProjects(ctx: CommandContext, _g: Globals, flags: ParsedFlags, p: Printer): Output {
  // cobra.NoArgs.
  if (flags.positionals.length > 0)
    throw new ComposeError(`unknown command "${flags.positionals[0]!}" for "docker compose ls"`);
  const filters = parseFilterArgs(flags.lists.get('filter') ?? []);
  // filters.Validate(acceptedListFilters).
  for (const key of filters.keys()) if (key !== 'name') throw new ComposeError(`invalid filter '${key}'`);
  const names = filters.get('name');
  const list = stacks(ctx, flags.bools.has('all')).filter((s) => !names || match(names, s.Name));
  if (flags.bools.has('quiet')) {
    p.stdout += list.map((s) => `${s.Name}\n`).join('');
    return p.out();
  }
  const format = flags.strings.get('format') ?? 'table';
  switch (format.toLowerCase()) {
    case 'table':
    case 'pretty':
    case '':
      // formatter.PrintPrettySection: tabwriter minwidth 20, padding 3.
      p.stdout += formatTable(
        [['NAME', 'STATUS', 'CONFIG FILES'], ...list.map((s) => [s.Name, s.Status, s.ConfigFiles])],
        20,
        3,
      );
      return p.out();
    case 'json':
      // formatter.ToJSON of the view (never nil: made with make): one line.
      p.stdout += `${goJson(list.map((s) => ({ ...s })))}\n`;
      return p.out();
    // TemplateLegacyJSON, compared as written: `{{json .}}` with its space is no format compose knows.
    case '{{json.}}':
      p.stdout += list.map((s) => `${goJson({ ...s })}\n`).join('');
      return p.out();
    default:
      throw new ComposeError(`format value "${format}" could not be parsed: parsing failed`);
  }
}
