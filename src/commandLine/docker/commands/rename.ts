// `docker rename CONTAINER NEW_NAME` / `docker container rename`: docker/cli
// cli/command/container/rename.go (cli.ExactArgs(2), every error wrapped as "failed to rename
// container: ..."), the client's own checks (moby client/container_rename.go), then the daemon's.
import { renameContainer } from '../../../core/daemon/containerRename';
import { type Output, fail, ok } from '../../../core/lab/output';
import type { CommandContext } from '../context';
import { errorText, guard } from '../output';
import { type CommandSpec, prologue } from '../prologue';

export const RENAME: CommandSpec = {
  usage: 'docker rename CONTAINER NEW_NAME',
  arity: { kind: 'exact', n: 2 },
  flags: [],
};

const failed = (text: string) => fail(`failed to rename container: ${text}`, 1);

export function renameCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(RENAME, args);
  if (p.output) return p.output;
  const [oldName, newName] = p.flags.positionals as [string, string];
  // client trimID and ContainerRename: checked before any request, so no "Error response from daemon".
  if (oldName.trim() === '') return failed('invalid container name or ID: value is empty\n');
  if (newName.trim().replace(/^\//, '') === '') return failed('new name cannot be blank\n');
  return guard(
    () => {
      renameContainer(ctx.lab, oldName, newName);
      return ok();
    },
    (e) => failed(errorText(e)),
  );
}
