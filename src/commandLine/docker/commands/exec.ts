// `docker exec [-it] C CMD...`: runs a program in a running container's namespace; with -it and
// a shell, the session enters that container.
import { planMainProcess } from '../../../core/daemon/mainProcess';
import type { CommandContext } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { type Output, fail } from '../../../core/lab/output';
import { errorText, guard } from '../output';
import { daemonError } from '../../../core/lab/errors';
import { programExists } from '../../shell/runShell';
import { imageContent } from '../../../core/catalog/images';

export const EXEC: CommandSpec = {
  usage: 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  arity: { kind: 'min', n: 2 },
  interspersed: false,
  flags: [
    { name: 'interactive', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    { name: 'detach', short: 'd', type: 'bool' },
    { name: 'env', short: 'e', type: 'list' },
    { name: 'user', short: 'u', type: 'string' },
    { name: 'workdir', short: 'w', type: 'string' },
    { name: 'privileged', type: 'bool' },
  ],
};

export function execCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(EXEC, args);
  if (p.output) return p.output;
  const { flags } = p;
  const [ref, ...argv] = flags.positionals as [string, ...string[]];
  return guard(
    () => {
      const c = ctx.lab.getContainer(ref);
      // moby daemon/exec.go getActiveContainer: the paused message names the container as typed
      // (errExecPaused(name)), the others by ID; errors.go words them.
      if (c.state === 'restarting')
        throw daemonError(`Container ${c.id} is restarting, wait until the container is running`);
      if (c.state !== 'running') throw daemonError(`container ${c.id} is not running`);
      if (c.paused) throw daemonError(`Container ${ref} is paused, unpause the container before exec`);
      const probe = { ...c, cmd: argv, image: 'busybox' };
      const interactive = flags.bools.has('interactive') && flags.bools.has('tty');
      // A shell the image lacks fails as any missing program does, below.
      if (interactive && planMainProcess(probe).kind === 'shell' && programExists(argv[0]!, imageContent(c))) {
        const stderr = ctx.enterShell(c.id, false, argv);
        return { stdout: '', stderr, exitCode: 0 };
      }
      const out = ctx.runInContainer(c, argv, flags.bools.has('tty'));
      if (out.missingProgram !== undefined) {
        return fail(
          `OCI runtime exec failed: exec failed: unable to start container process: exec: "${out.missingProgram}": executable file not found in $PATH: unknown\n`,
          127,
        );
      }
      return flags.bools.has('detach') ? { stdout: '', stderr: '', exitCode: 0 } : out;
    },
    (e) => fail(errorText(e), 1),
  );
}
