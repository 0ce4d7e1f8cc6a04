// `docker exec [-it] C CMD...`: runs a program in a running container's namespace; with -it and
// a shell, the session enters that container.
import { planMainProcess } from '../../../core/daemon/mainProcess';
import type { CommandContext } from '../context';
import { FlagError, parseFlags } from '../flags';
import { type Output, errorText, fail, guard, flagErrorOutput, arityError } from '../output';
import { daemonError } from '../../../core/lab/errors';

const EXEC_FLAGS = [
  { name: 'interactive', short: 'i', type: 'bool' as const },
  { name: 'tty', short: 't', type: 'bool' as const },
  { name: 'detach', short: 'd', type: 'bool' as const },
  { name: 'env', short: 'e', type: 'list' as const },
  { name: 'user', short: 'u', type: 'string' as const },
  { name: 'workdir', short: 'w', type: 'string' as const },
  { name: 'privileged', type: 'bool' as const },
];

export function execCommand(ctx: CommandContext, args: string[]): Output {
  let flags;
  try {
    flags = parseFlags(EXEC_FLAGS, args, false);
  } catch (e) {
    if (e instanceof FlagError) return flagErrorOutput(e.message, 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]');
    throw e;
  }
  const wrongCount = arityError('docker exec [OPTIONS] CONTAINER COMMAND [ARG...]', { kind: 'min', n: 2 }, flags.positionals.length);
  if (wrongCount) return wrongCount;
  const [ref, ...argv] = flags.positionals as [string, ...string[]];
  return guard(() => {
    const c = ctx.lab.getContainer(ref);
    if (c.state !== 'running') throw daemonError(`container ${c.id} is not running`);
    if (c.paused) throw daemonError(`container ${c.id} is paused, unpause the container before exec`);
    const probe = { ...c, cmd: argv, image: 'busybox' };
    if (planMainProcess(probe).kind === 'shell' && flags.bools.has('interactive') && flags.bools.has('tty')) {
      ctx.enterShell(c.id, false);
      return { stdout: '', stderr: '', exitCode: 0 };
    }
    const out = ctx.runInContainer(c, argv);
    if (out.missingProgram !== undefined) {
      return fail(`OCI runtime exec failed: exec failed: unable to start container process: exec: "${out.missingProgram}": executable file not found in $PATH: unknown\n`, 127);
    }
    return flags.bools.has('detach') ? { stdout: '', stderr: '', exitCode: 0 } : out;
  }, (e) => fail(errorText(e), 1));
}
