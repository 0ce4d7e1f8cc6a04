// `docker compose [-f FILE]... [-p NAME] SUBCOMMAND`: the compose model (src/compose) loaded from the
// session's folder and applied to the lab with docker/compose's plain (non-TTY) progress lines on
// stderr: ` Container demo-web-1 Started ` (pkg/compose, cmd/display/plain.go).
import { ComposeError } from '../../../../compose/errors';
import { checkImperativeName } from '../../../../compose/projectName';
import { own } from '../../../../core/lab/own';
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import { FlagError, type ParsedFlags, parseFlags } from '../../flags';
import { internalErrorText } from '../../output';
import { config } from './config';
import { down } from './down';
import { exec } from './exec';
import { GLOBAL_FLAGS, NOT_INTERSPERSED, SUB_FLAGS, USAGE } from './flags';
import { restartServices, startServices, stopServices } from './lifecycle';
import { logs } from './logs';
import { port } from './port';
import { ps } from './ps';
import { run } from './run';
import { type Globals, Printer, shellEnvironment } from './shared';
import { up } from './up';
import { killServices, pauseServices, unpauseServices } from './signals';
import { removeServices } from './rm';
import { listProjects } from './ls';
import { composeVersion } from './version';
import { create } from './create';
import { listImages } from './images';
import { topServices } from './top';

type Sub = (ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer) => Output;

const SUBCOMMANDS: Record<string, Sub> = {
  up,
  down,
  ps,
  logs,
  config,
  port,
  exec,
  run,
  start: startServices,
  stop: stopServices,
  restart: restartServices,
  pause: pauseServices,
  unpause: unpauseServices,
  kill: killServices,
  rm: removeServices,
  ls: listProjects,
  version: composeVersion,
  create,
  images: listImages,
  top: topServices,
};

export function composeCommand(ctx: CommandContext, args: string[]): Output {
  const p = new Printer(ctx.lab);
  let globals: ParsedFlags;
  try {
    globals = parseFlags(GLOBAL_FLAGS, args, false);
  } catch (e) {
    if (e instanceof FlagError) return p.fail(e.message);
    throw e;
  }
  const [sub, ...rest] = globals.positionals;
  if (sub === undefined || globals.bools.has('help')) return { stdout: USAGE, stderr: '', exitCode: 0 };
  const specs = own(SUB_FLAGS, sub);
  const handler = own(SUBCOMMANDS, sub);
  if (!specs || !handler) return p.fail(`unknown docker command: "compose ${sub}"`);
  let flags: ParsedFlags;
  try {
    flags = parseFlags(specs, rest, !NOT_INTERSPERSED.has(sub));
  } catch (e) {
    if (e instanceof FlagError) return p.fail(e.message);
    throw e;
  }
  if (flags.bools.has('help')) return { stdout: USAGE, stderr: '', exitCode: 0 };
  const g: Globals = {
    fileFlags: globals.lists.get('file') ?? [],
    projectName: globals.strings.get('project-name'),
    cwd: ctx.cwd,
    files: ctx.files,
    environment: shellEnvironment(ctx.home, ctx.lab.hostProfile.hostname, ctx.cwd),
    profiles: globals.lists.get('profile') ?? [],
    allResources: globals.bools.has('all-resources'),
  };
  try {
    if (g.projectName !== undefined) checkImperativeName(g.projectName);
    return ctx.lab.batch(() => handler(ctx, g, flags, p));
  } catch (e) {
    if (e instanceof ComposeError) return p.fail(e.message);
    // A bug in the lab's compose must not end the session, nor pass for compose's own answer.
    return p.fail(internalErrorText('docker compose', e));
  }
}
