// `docker wait CONTAINER...` / `docker container wait`: docker/cli cli/command/container/wait.go
// runWait (one exit code per line, in order; the errors joined at the end, exit 1) and moby
// daemon/wait.go ContainerWait with the "not-running" condition: a container that is not running
// answers at once with its exit code (0 for one never started). One that runs would block the CLI
// until it stops; the lab's terminal cannot wait for an event no command will cause, so it answers
// as a learner's Ctrl+C would end the wait (no code, exit 130) and says so on stderr.
import { DockerError } from '../../../core/lab/errors';
import type { Output } from '../../../core/lab/output';
import type { CommandContext } from '../context';
import { errorText } from '../output';
import { type CommandSpec, prologue } from '../prologue';

export const WAIT: CommandSpec = {
  usage: 'docker wait CONTAINER [CONTAINER...]',
  arity: { kind: 'min', n: 1 },
  flags: [],
};

export function waitCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(WAIT, args);
  if (p.output) return p.output;
  let stdout = '';
  const errors: string[] = [];
  for (const ref of p.flags.positionals) {
    try {
      const c = ctx.lab.getContainer(ref);
      if (c.state === 'running' || c.state === 'restarting')
        return {
          stdout,
          stderr: `${errors.join('')}docker wait: ${ref} is running; the lab does not block until it stops, so the wait ends as if interrupted (Ctrl+C)\n`,
          exitCode: 130,
        };
      stdout += `${c.exitCode}\n`;
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      errors.push(errorText(e));
    }
  }
  return { stdout, stderr: errors.join(''), exitCode: errors.length > 0 ? 1 : 0 };
}
