// What completion knows of the docker CLI: each subcommand's flags (the tables the commands parse
// with) and what its arguments name, like the argument completers docker/cli registers for cobra
// (cli/command/completion/functions.go: ContainerNames, NetworkNames, ImageNames).
import { COMMANDS, CONTAINER_VERBS } from '../docker/commands/index';
import { EXEC } from '../docker/commands/exec';
import { CONTAINER_INSPECT, INSPECT } from '../docker/commands/inspect';
import { PS, RESTART, RM, START, STOP } from '../docker/commands/lifecycle';
import { LOGS } from '../docker/commands/logs';
import { ALIASES as NETWORK_ALIASES, SUBS as NETWORK_SUBS } from '../docker/commands/network';
import { PORT } from '../docker/commands/port';
import { RENAME } from '../docker/commands/rename';
import { CP } from '../docker/commands/cp';
import { IMAGES } from '../docker/commands/images';
import { IMAGE_INSPECT } from '../docker/commands/image';
import { RMI } from '../docker/commands/rmi';
import { TAG } from '../docker/commands/tag';
import { TOP } from '../docker/commands/top';
import { VERSION } from '../docker/commands/version';
import { SYSTEM_DF } from '../docker/commands/systemDf';
import { INFO, SYSTEM_INFO } from '../docker/commands/info';
import { WAIT } from '../docker/commands/wait';
import { CONTAINER_PRUNE, IMAGE_PRUNE, SYSTEM_PRUNE } from '../docker/commands/prune';
import { KILL, PAUSE, UNPAUSE } from '../docker/commands/signals';
import { GLOBAL_FLAGS as COMPOSE_FLAGS, SUB_FLAGS as COMPOSE_SUB_FLAGS } from '../docker/commands/compose';
import type { FlagSpec } from '../docker/flags';
import { CREATE_FLAGS, RUN_FLAGS } from '../docker/runFlags';
import { own } from '../../core/lab/own';

/**
 * What a word names: containers by state (docker/cli completes `start` with stopped ones, `stop`
 * with running ones), networks, catalogue images, a program of the image or container named first,
 * the images on the host (`docker rmi`, `docker tag`), any object `docker inspect` finds, a `--network` value, or nothing the lab can list.
 */
export type ArgKind =
  | 'container'
  | 'running'
  | 'stopped'
  | 'paused'
  | 'network'
  | 'image'
  | 'hostImage'
  | 'imageProgram'
  | 'containerProgram'
  | 'object'
  | 'networkMode'
  | 'none';

export interface CommandGrammar {
  flags: readonly FlagSpec[];
  /** What each positional names; the last kind repeats. */
  args: readonly ArgKind[];
  /** False where the first positional ends the flags (`docker run IMAGE CMD...`). */
  interspersed: boolean;
  subcommands?: Readonly<Record<string, CommandGrammar>>;
}

/** What a flag's value names, by the flag's long name; flags not listed take free text. */
export const FLAG_VALUES: Readonly<Record<string, ArgKind | readonly string[]>> = {
  network: 'networkMode',
  link: 'container',
  driver: ['bridge', 'ipvlan', 'macvlan', 'overlay'],
  restart: ['no', 'always', 'on-failure', 'unless-stopped'],
  type: ['container', 'image', 'network'],
  pull: ['always', 'missing', 'never'],
};

const grammar = (
  flags: readonly FlagSpec[],
  args: readonly ArgKind[],
  interspersed = true,
  subcommands?: Record<string, CommandGrammar>,
): CommandGrammar => ({ flags, args, interspersed, subcommands });

/** What each network subcommand's positionals name (`connect NETWORK CONTAINER`). */
const NETWORK_ARGS: Record<string, readonly ArgKind[]> = {
  connect: ['network', 'container', 'none'],
  disconnect: ['network', 'container', 'none'],
  inspect: ['network'],
  rm: ['network'],
};

const networkSubcommands = (): Record<string, CommandGrammar> => {
  const subs: Record<string, CommandGrammar> = {};
  for (const s of NETWORK_SUBS) subs[s.name] = grammar(s.flags, own(NETWORK_ARGS, s.name) ?? ['none']);
  for (const [alias, name] of Object.entries(NETWORK_ALIASES)) {
    const target = own(subs, name);
    if (target) subs[alias] = target;
  }
  return subs;
};

/** `docker image ls|list|inspect|pull|rm|tag|prune`. */
const imageSubcommands = (): Record<string, CommandGrammar> => {
  const ls = grammar(IMAGES.flags, ['image', 'none']);
  const rm = grammar(RMI.flags, ['hostImage']);
  return {
    ls,
    list: ls,
    inspect: grammar(IMAGE_INSPECT.flags, ['image']),
    pull: grammar([], ['image', 'none']),
    rm,
    remove: rm,
    rmi: rm,
    tag: grammar(TAG.flags, ['hostImage', 'none'], false),
    prune: grammar(IMAGE_PRUNE.flags, ['none']),
  };
};

const composeSubcommands = (): Record<string, CommandGrammar> =>
  Object.fromEntries(Object.entries(COMPOSE_SUB_FLAGS).map(([name, flags]) => [name, grammar(flags, ['none'])]));

/** `docker <subcommand>` for every command in the docker table. */
const TOP_LEVEL: Record<string, CommandGrammar> = {
  run: grammar(RUN_FLAGS, ['image', 'imageProgram', 'none'], false),
  create: grammar(CREATE_FLAGS, ['image', 'imageProgram', 'none'], false),
  start: grammar(START.flags, ['stopped']),
  stop: grammar(STOP.flags, ['running']),
  restart: grammar(RESTART.flags, ['container']),
  rm: grammar(RM.flags, ['container']),
  ps: grammar(PS.flags, ['none']),
  exec: grammar(EXEC.flags, ['running', 'containerProgram', 'none'], false),
  inspect: grammar(INSPECT.flags, ['object']),
  port: grammar(PORT.flags, ['container', 'none']),
  logs: grammar(LOGS.flags, ['container', 'none']),
  kill: grammar(KILL.flags, ['running']),
  pause: grammar(PAUSE.flags, ['running']),
  unpause: grammar(UNPAUSE.flags, ['paused']),
  pull: grammar([], ['image', 'none']),
  images: grammar(IMAGES.flags, ['image', 'none']),
  image: grammar([], ['none'], true, imageSubcommands()),
  network: grammar([], ['none'], true, networkSubcommands()),
  compose: grammar(COMPOSE_FLAGS, ['none'], false, composeSubcommands()),
  rename: grammar(RENAME.flags, ['container', 'none']),
  cp: grammar(CP.flags, ['none']),
  rmi: grammar(RMI.flags, ['hostImage']),
  top: grammar(TOP.flags, ['running', 'none'], false),
  info: grammar(INFO.flags, ['none']),
  version: grammar(VERSION.flags, ['none']),
  wait: grammar(WAIT.flags, ['container']),
  tag: grammar(TAG.flags, ['hostImage', 'none'], false),
  'container inspect': grammar(CONTAINER_INSPECT.flags, ['container']),
  'container prune': grammar(CONTAINER_PRUNE.flags, ['none']),
  system: grammar([], ['none'], true, {
    df: grammar(SYSTEM_DF.flags, ['none']),
    info: grammar(SYSTEM_INFO.flags, ['none']),
    prune: grammar(SYSTEM_PRUNE.flags, ['none']),
  }),
};

const UNKNOWN = grammar([], ['none']);

const topLevel = (name: string): CommandGrammar => own(TOP_LEVEL, name) ?? UNKNOWN;

/** `docker container <verb>`: the same grammars under the management command. */
const containerSubcommands = (): Record<string, CommandGrammar> =>
  Object.fromEntries(Object.entries(CONTAINER_VERBS).map(([verb, target]) => [verb, topLevel(target)]));

/** `docker` itself: every verb the docker table runs (a space marks an internal name), and `container`. */
export const DOCKER_GRAMMAR: CommandGrammar = grammar([], ['none'], true, {
  ...Object.fromEntries(
    Object.keys(COMMANDS)
      .filter((name) => !name.includes(' '))
      .map((name) => [name, topLevel(name)]),
  ),
  container: grammar([], ['none'], true, containerSubcommands()),
});
