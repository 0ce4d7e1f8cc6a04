// `docker <command>`: the subcommand table. Management forms (`docker container run`) map here too.
import type { CommandContext, DockerHandler } from '../context';
import { type Output, fail } from '../../../core/lab/output';
import { composeCommand } from './compose';
import { containerGroupCommand, underContainer } from './container';
import { cpCommand } from './cp';
import { execCommand } from './exec';
import { containerInspectCommand, inspectCommand } from './inspect';
import { psCommand, restartCommand, rmCommand, startCommand, stopCommand } from './lifecycle';
import { logsCommand } from './logs';
import { networkCommand } from './network';
import { portCommand } from './port';
import { pullCommand } from './pull';
import { renameCommand } from './rename';
import { rmiCommand } from './rmi';
import { tagCommand } from './tag';
import { containerPruneCommand } from './prune';
import { systemCommand } from './system';
import { topCommand } from './top';
import { versionCommand } from './version';
import { waitCommand } from './wait';
import { imageCommand } from './image';
import { imagesCommand } from './images';
import { infoCommand } from './info';
import { volumeCommand } from './volume';
import { killCommand, pauseCommand, unpauseCommand } from './signals';
import { createCommand, runCommand } from './run';
import { own } from '../../../core/lab/own';

export const COMMANDS: Record<string, DockerHandler> = {
  run: runCommand,
  create: createCommand,
  start: startCommand,
  stop: stopCommand,
  restart: restartCommand,
  rm: rmCommand,
  ps: psCommand,
  exec: execCommand,
  inspect: inspectCommand,
  port: portCommand,
  logs: logsCommand,
  network: networkCommand,
  compose: composeCommand,
  kill: killCommand,
  pause: pauseCommand,
  unpause: unpauseCommand,
  pull: pullCommand,
  images: imagesCommand,
  info: infoCommand,
  image: imageCommand,
  volume: volumeCommand,
  rename: renameCommand,
  cp: cpCommand,
  rmi: rmiCommand,
  tag: tagCommand,
  system: systemCommand,
  top: topCommand,
  version: versionCommand,
  wait: waitCommand,
  // The space keeps them out of reach as top-level verbs: only `docker container inspect|prune` gets here.
  'container inspect': containerInspectCommand,
  'container prune': containerPruneCommand,
};

/** `docker container <verb>` aliases of the top-level verbs. */
export const CONTAINER_VERBS: Record<string, string> = {
  run: 'run',
  create: 'create',
  start: 'start',
  stop: 'stop',
  restart: 'restart',
  rm: 'rm',
  remove: 'rm',
  ls: 'ps',
  list: 'ps',
  ps: 'ps',
  exec: 'exec',
  inspect: 'container inspect',
  port: 'port',
  logs: 'logs',
  kill: 'kill',
  pause: 'pause',
  unpause: 'unpause',
  rename: 'rename',
  cp: 'cp',
  prune: 'container prune',
  top: 'top',
  wait: 'wait',
};

export function docker(ctx: CommandContext, argv: string[]): Output {
  const [sub, ...rest] = argv.slice(1);
  if (sub === undefined)
    return fail(
      "Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nRun 'docker COMMAND --help' for more information on a command.\n",
      0,
    );
  if (sub === 'container') {
    const verb = rest[0] === undefined ? undefined : own(CONTAINER_VERBS, rest[0]);
    if (verb === undefined) return containerGroupCommand(rest[0]);
    const handler = own(COMMANDS, verb)!;
    return verb.includes(' ') ? handler(ctx, rest.slice(1)) : underContainer(verb, handler(ctx, rest.slice(1)));
  }
  const handler = own(COMMANDS, sub);
  if (!handler) return fail(`docker: unknown command: docker ${sub}\n\nRun 'docker --help' for more information\n`, 1);
  return handler(ctx, rest);
}
