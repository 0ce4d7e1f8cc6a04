// `docker run` and `docker create`: CLI checks, create (warnings), then start and the main process.
import { createContainer } from '../../../core/daemon/containerCreate';
import { startContainer } from '../../../core/daemon/containerLifecycle';
import { type DockerError, FlagValueError, cliError, daemonError } from '../../../core/lab/errors';
import { normalizedReference, repositoryOf } from '../../../core/catalog/images';
import { resolvePull } from '../../../core/catalog/registry';
import { findHostImage } from '../../../core/catalog/hostImages';
import type { Lab } from '../../../core/lab/lab';
import type { CommandContext } from '../context';
import { type CommandSpec, prologue } from '../prologue';
import { type Output, fail } from '../../../core/lab/output';
import { flagErrorOutput, guard, runErrorText } from '../output';
import { createOptionsFrom } from '../runOptions';
import { CREATE_FLAGS, RUN_FLAGS } from '../runFlags';

/**
 * The CLI pulls an image the host lacks; the lab has only its catalogue, so anything else is a
 * repository the registry does not have. Reference syntax is checked first, as the CLI does.
 */
function imageNotOnHost(lab: Lab, image: string): { pulling: string; error: DockerError } | undefined {
  const repo = repositoryOf(image);
  if (/[A-Z]/.test(repo)) {
    const full = repo.includes('/') ? repo : `library/${repo}`;
    return { pulling: '', error: cliError(`invalid reference format: repository name (${full}) must be lowercase`) };
  }
  if (
    !/^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*(:[\w][\w.-]{0,127})?(@sha256:[0-9a-f]{64})?$/.test(
      image.replace(/^[a-z0-9.-]+(:\d+)?\/(?=.*\/)/, ''),
    )
  ) {
    return { pulling: '', error: cliError('invalid reference format') };
  }
  const answer = resolvePull(image);
  // A name `docker tag` gave, or an image ID, is on the host: nothing to pull.
  if (answer.ok || findHostImage(lab, image)) return undefined;
  return {
    pulling: `Unable to find image '${normalizedReference(image)}' locally\n`,
    error: daemonError(answer.message),
  };
}

/** The run and create commands wrap every error in a status of 125, a wrong count included. */
export const SPECS: Record<'run' | 'create', CommandSpec> = {
  run: {
    usage: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
    flags: RUN_FLAGS,
    arity: { kind: 'min', n: 1 },
    interspersed: false,
    arityExitCode: 125,
  },
  create: {
    usage: 'docker create [OPTIONS] IMAGE [COMMAND] [ARG...]',
    flags: CREATE_FLAGS,
    arity: { kind: 'min', n: 1 },
    interspersed: false,
    arityExitCode: 125,
  },
};

function createOrRun(ctx: CommandContext, args: string[], command: 'run' | 'create'): Output {
  const p = prologue(SPECS[command], args);
  if (p.output) return p.output;
  const { flags } = p;
  // 125 for the daemon's and CLI's own errors; a command that cannot be executed keeps its 127.
  const frame = (e: DockerError) =>
    e instanceof FlagValueError
      ? flagErrorOutput(e.message, SPECS[command].usage)
      : fail(runErrorText(e, command), e.exitCode === 127 ? 127 : 125);
  return guard(() => {
    const options = createOptionsFrom(flags);
    const missing = imageNotOnHost(ctx.lab, options.image);
    if (missing) return { stdout: '', stderr: missing.pulling + runErrorText(missing.error, command), exitCode: 125 };
    const { container, warnings } = createContainer(ctx.lab, options);
    const warningText = warnings.map((w) => `WARNING: ${w}\n`).join('');
    if (command === 'create') return { stdout: `${container.id}\n`, stderr: warningText, exitCode: 0 };
    const started = guard(() => {
      const result = startContainer(ctx.lab, container, ctx.runInContainer);
      if (flags.bools.has('detach')) return { stdout: `${container.id}\n`, stderr: '', exitCode: 0 };
      if (!result.interactiveShell) return result.output;
      const stderr = ctx.enterShell(container.id, true);
      return { ...result.output, stderr: result.output.stderr + stderr };
    }, frame);
    return { ...started, stderr: warningText + started.stderr };
  }, frame);
}

export const runCommand = (ctx: CommandContext, args: string[]): Output => createOrRun(ctx, args, 'run');
export const createCommand = (ctx: CommandContext, args: string[]): Output => createOrRun(ctx, args, 'create');
