// `docker compose exec SERVICE COMMAND` (docker/compose cmd/compose/exec.go, pkg/compose/exec.go):
// the service's running container (`--index`), then the CLI's own `docker exec` (container.RunExec)
// with a TTY and stdin unless -T.
import { ComposeError } from '../../../../compose/errors';
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { execCommand } from '../exec';
import { type Globals, type Printer, intFlag, specifiedContainer, toProjectName } from './shared';

export function exec(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const [service, ...command] = flags.positionals;
  if (service === undefined || command.length === 0)
    throw new ComposeError(`requires at least 2 arg(s), only received ${flags.positionals.length}`);
  const index = intFlag(flags.strings.get('index'), '--index', 0);
  const name = toProjectName(g, p).toLowerCase();
  const c = specifiedContainer(ctx.lab, name, service, index);
  const args: string[] = [];
  if (!flags.bools.has('no-tty')) args.push('-i', '-t');
  if (flags.bools.has('detach')) args.push('-d');
  if (flags.bools.has('privileged')) args.push('--privileged');
  const user = flags.strings.get('user');
  if (user !== undefined) args.push('-u', user);
  const workdir = flags.strings.get('workdir');
  if (workdir !== undefined) args.push('-w', workdir);
  for (const e of flags.lists.get('env') ?? []) args.push('-e', e);
  const out = execCommand(ctx, [...args, c.id, ...command]);
  return { ...out, stdout: p.stdout + out.stdout, stderr: p.stderr + out.stderr };
}
