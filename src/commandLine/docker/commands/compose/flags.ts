// The flags of `docker compose` and of each subcommand the lab runs, as docker/compose v5 declares
// them (cmd/compose/compose.go addProjectFlags, and each cmd/compose/<sub>.go).
import type { FlagSpec } from '../../flags';
import { checkFilterValue } from '../../filterFlag';

const HELP: FlagSpec = { name: 'help', short: 'h', type: 'bool' };

export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'file', short: 'f', type: 'list' },
  { name: 'project-name', short: 'p', type: 'string' },
  { name: 'profile', type: 'list' },
  { name: 'env-file', type: 'list' },
  { name: 'progress', type: 'string' },
  { name: 'ansi', type: 'string' },
  { name: 'all-resources', type: 'bool' },
  HELP,
];

export const SUB_FLAGS: Record<string, FlagSpec[]> = {
  // cmd/compose/up.go upCommand (the create flags included).
  up: [
    { name: 'detach', short: 'd', type: 'bool' },
    { name: 'no-start', type: 'bool' },
    { name: 'scale', type: 'list' },
    { name: 'remove-orphans', type: 'bool' },
    { name: 'no-deps', type: 'bool' },
    { name: 'force-recreate', type: 'bool' },
    { name: 'no-recreate', type: 'bool' },
    { name: 'always-recreate-deps', type: 'bool' },
    { name: 'build', type: 'bool' },
    { name: 'no-build', type: 'bool' },
    { name: 'pull', type: 'string' },
    { name: 'quiet-pull', type: 'bool' },
    { name: 'wait', type: 'bool' },
    { name: 'wait-timeout', type: 'string' },
    { name: 'timeout', short: 't', type: 'string' },
    { name: 'no-color', type: 'bool' },
    { name: 'no-log-prefix', type: 'bool' },
    { name: 'timestamps', type: 'bool' },
    { name: 'yes', short: 'y', type: 'bool' },
    HELP,
  ],
  // cmd/compose/down.go downCommand.
  down: [
    { name: 'remove-orphans', type: 'bool' },
    { name: 'volumes', short: 'v', type: 'bool' },
    { name: 'rmi', type: 'string' },
    { name: 'timeout', short: 't', type: 'string' },
    HELP,
  ],
  // cmd/compose/ps.go psCommand.
  ps: [
    { name: 'all', short: 'a', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'services', type: 'bool' },
    { name: 'format', type: 'string' },
    { name: 'filter', type: 'string' },
    { name: 'status', type: 'list' },
    { name: 'no-trunc', type: 'bool' },
    { name: 'orphans', type: 'bool' },
    HELP,
  ],
  // cmd/compose/config.go configCommand.
  config: [
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'services', type: 'bool' },
    { name: 'networks', type: 'bool' },
    { name: 'volumes', type: 'bool' },
    { name: 'images', type: 'bool' },
    { name: 'profiles', type: 'bool' },
    { name: 'format', type: 'string' },
    { name: 'no-interpolate', type: 'bool' },
    { name: 'no-normalize', type: 'bool' },
    { name: 'no-consistency', type: 'bool' },
    HELP,
  ],
  logs: [
    { name: 'follow', short: 'f', type: 'bool' },
    { name: 'no-log-prefix', type: 'bool' },
    { name: 'tail', short: 'n', type: 'string' },
    HELP,
  ],
  // cmd/compose/port.go portCommand.
  port: [{ name: 'protocol', type: 'string' }, { name: 'index', type: 'string' }, HELP],
  // cmd/compose/exec.go execCommand (interspersed flags off: the command's own flags follow it).
  exec: [
    { name: 'detach', short: 'd', type: 'bool' },
    { name: 'env', short: 'e', type: 'list' },
    { name: 'index', type: 'string' },
    { name: 'privileged', type: 'bool' },
    { name: 'user', short: 'u', type: 'string' },
    { name: 'no-tty', short: 'T', type: 'bool' },
    { name: 'workdir', short: 'w', type: 'string' },
    { name: 'interactive', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    HELP,
  ],
  // cmd/compose/run.go runCommand.
  run: [
    { name: 'detach', short: 'd', type: 'bool' },
    { name: 'env', short: 'e', type: 'list' },
    { name: 'label', short: 'l', type: 'list' },
    { name: 'rm', type: 'bool' },
    { name: 'no-tty', short: 'T', type: 'bool' },
    { name: 'name', type: 'string' },
    { name: 'user', short: 'u', type: 'string' },
    { name: 'workdir', short: 'w', type: 'string' },
    { name: 'entrypoint', type: 'string' },
    { name: 'no-deps', type: 'bool' },
    { name: 'publish', short: 'p', type: 'list' },
    { name: 'service-ports', short: 'P', type: 'bool' },
    { name: 'use-aliases', type: 'bool' },
    { name: 'remove-orphans', type: 'bool' },
    { name: 'quiet-pull', type: 'bool' },
    { name: 'interactive', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    HELP,
  ],
  // cmd/compose/start.go, stop.go, restart.go.
  start: [{ name: 'wait', type: 'bool' }, { name: 'wait-timeout', type: 'string' }, HELP],
  stop: [{ name: 'timeout', short: 't', type: 'string' }, HELP],
  restart: [{ name: 'timeout', short: 't', type: 'string' }, { name: 'no-deps', type: 'bool' }, HELP],
  // cmd/compose/create.go createCommand.
  create: [
    { name: 'build', type: 'bool' },
    { name: 'no-build', type: 'bool' },
    { name: 'pull', type: 'string' },
    { name: 'quiet-pull', type: 'bool' },
    { name: 'force-recreate', type: 'bool' },
    { name: 'no-recreate', type: 'bool' },
    { name: 'remove-orphans', type: 'bool' },
    { name: 'scale', type: 'list' },
    { name: 'yes', short: 'y', type: 'bool' },
    HELP,
  ],
  // cmd/compose/version.go versionCommand.
  version: [{ name: 'format', short: 'f', type: 'string' }, { name: 'short', type: 'bool' }, HELP],
  // cmd/compose/top.go topCommand.
  top: [HELP],
  // cmd/compose/images.go imagesCommand.
  images: [{ name: 'format', type: 'string' }, { name: 'quiet', short: 'q', type: 'bool' }, HELP],
  // cmd/compose/list.go listCommand.
  ls: [
    { name: 'format', type: 'string' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'filter', type: 'list', check: checkFilterValue },
    { name: 'all', short: 'a', type: 'bool' },
    HELP,
  ],
  // cmd/compose/pause.go, kill.go, remove.go (rm's -a is hidden and has no effect).
  pause: [HELP],
  unpause: [HELP],
  kill: [{ name: 'remove-orphans', type: 'bool' }, { name: 'signal', short: 's', type: 'string' }, HELP],
  rm: [
    { name: 'force', short: 'f', type: 'bool' },
    { name: 'stop', short: 's', type: 'bool' },
    { name: 'volumes', short: 'v', type: 'bool' },
    { name: 'all', short: 'a', type: 'bool' },
    HELP,
  ],
};

/** Subcommands whose flags end at the first positional (`exec SERVICE CMD -x`, `run SERVICE CMD -x`). */
export const NOT_INTERSPERSED = new Set(['exec', 'run']);

export const USAGE = `Usage:  docker compose [OPTIONS] COMMAND

Define and run multi-container applications with Docker

Options:
  -f, --file stringArray           Compose configuration files
  -p, --project-name string        Project name
      --profile stringArray        Specify a profile to enable
      --all-resources              Include all resources, even those not used by services

Commands (in the lab):
  config      Parse, resolve and render compose file in canonical format
  create      Creates containers for a service
  down        Stop and remove containers, networks
  exec        Execute a command in a running container
  images      List images used by the created containers
  kill        Force stop service containers
  logs        View output from containers
  ls          List running compose projects
  pause       Pause services
  port        Print the public port for a port binding
  ps          List containers
  restart     Restart service containers
  rm          Removes stopped service containers
  run         Run a one-off command on a service
  start       Start services
  stop        Stop services
  top         Display the running processes
  unpause     Unpause services
  up          Create and start containers
  version     Show the Docker Compose version information
`;
