// `docker rmi` / `docker image rm|remove`: docker/cli cli/command/image/remove.go runRemove: each
// image's `Untagged:` / `Deleted:` lines as the daemon replies; the errors joined at the end (exit
// 1), except that with -f only "No such image" errors are printed and the exit stays 0.
import { deleteImage } from '../../../core/daemon/imageDelete';
import { DockerError } from '../../../core/lab/errors';
import type { Output } from '../../../core/lab/output';
import type { CommandContext } from '../context';
import { errorText } from '../output';
import { type CommandSpec, prologue } from '../prologue';

const FLAGS = [
  { name: 'force', short: 'f', type: 'bool' as const },
  { name: 'no-prune', type: 'bool' as const },
  { name: 'platform', type: 'list' as const },
];

export const RMI: CommandSpec = {
  usage: 'docker rmi [OPTIONS] IMAGE [IMAGE...]',
  arity: { kind: 'min', n: 1 },
  flags: FLAGS,
};
export const IMAGE_RM: CommandSpec = { ...RMI, usage: 'docker image rm [OPTIONS] IMAGE [IMAGE...]' };

function remove(ctx: CommandContext, args: string[], spec: CommandSpec): Output {
  const p = prologue(spec, args);
  if (p.output) return p.output;
  const { flags } = p;
  const force = flags.bools.has('force');
  let stdout = '';
  const errors: string[] = [];
  let fatal = false;
  for (const ref of flags.positionals) {
    try {
      for (const r of deleteImage(ctx.lab, ref, force))
        stdout += 'deleted' in r ? `Deleted: ${r.deleted}\n` : `Untagged: ${r.untagged}\n`;
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      if (!e.message.startsWith('No such image: ')) fatal = true;
      errors.push(errorText(e));
    }
  }
  if (errors.length === 0) return { stdout, stderr: '', exitCode: 0 };
  return { stdout, stderr: errors.join(''), exitCode: !force || fatal ? 1 : 0 };
}

export const rmiCommand = (ctx: CommandContext, args: string[]): Output => remove(ctx, args, RMI);
export const imageRmCommand = (ctx: CommandContext, args: string[]): Output => remove(ctx, args, IMAGE_RM);
