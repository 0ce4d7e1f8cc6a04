// `docker container` typed alone or with a verb the lab does not run: docker/cli
// cli/command/container/cmd.go newContainerCommand (`Short: "Manage containers"`, `Args: cli.NoArgs`,
// ShowHelp), listing every verb the CLI registers there, with each verb's `Short` from its file.
import type { Output } from '../../../core/lab/output';
import { type ManagementGroup, groupAnswer } from '../managementGroup';

export const CONTAINER_GROUP: ManagementGroup = {
  path: 'docker container',
  short: 'Manage containers',
  verbs: [
    { name: 'attach', short: 'Attach local standard input, output, and error streams to a running container' },
    { name: 'commit', short: "Create a new image from a container's changes" },
    { name: 'cp', short: 'Copy files/folders between a container and the local filesystem' },
    { name: 'create', short: 'Create a new container' },
    { name: 'diff', short: "Inspect changes to files or directories on a container's filesystem" },
    { name: 'exec', short: 'Execute a command in a running container' },
    { name: 'export', short: "Export a container's filesystem as a tar archive" },
    { name: 'inspect', short: 'Display detailed information on one or more containers' },
    { name: 'kill', short: 'Kill one or more running containers' },
    { name: 'logs', short: 'Fetch the logs of a container' },
    { name: 'ls', short: 'List containers' },
    { name: 'pause', short: 'Pause all processes within one or more containers' },
    { name: 'port', short: 'List port mappings or a specific mapping for the container' },
    { name: 'prune', short: 'Remove all stopped containers' },
    { name: 'rename', short: 'Rename a container' },
    { name: 'restart', short: 'Restart one or more containers' },
    { name: 'rm', short: 'Remove one or more containers' },
    { name: 'run', short: 'Create and run a new container from an image' },
    { name: 'start', short: 'Start one or more stopped containers' },
    { name: 'stats', short: 'Display a live stream of container(s) resource usage statistics' },
    { name: 'stop', short: 'Stop one or more running containers' },
    { name: 'top', short: 'Display the running processes of a container' },
    { name: 'unpause', short: 'Unpause all processes within one or more containers' },
    { name: 'update', short: 'Update configuration of one or more containers' },
    { name: 'wait', short: 'Block until one or more containers stop, then print their exit codes' },
  ],
};

/**
 * What `docker container [word]` prints when the word is not a verb the lab runs: the help, a flag
 * error, or NoArgs's unknown command (also for the CLI's verbs the lab does not simulate, which a
 * learner then sees named in the help).
 */
export function containerGroupCommand(word: string | undefined): Output {
  return groupAnswer(CONTAINER_GROUP, word, false)!;
}

/**
 * A verb run as `docker container <verb>`: cobra names it by its path under `container` (the list
 * command's own name is `ls`), so the CLI's framing of a flag or argument error says
 * `docker container ls` where the top-level form says `docker ps`.
 */
export function underContainer(target: string, out: Output): Output {
  if (out.stderr === '') return out;
  const from = `docker ${target}`;
  const to = `docker container ${target === 'ps' ? 'ls' : target}`;
  const stderr = out.stderr
    .replaceAll(`docker: '${from}' `, `docker: '${to}' `)
    .replaceAll(`Usage:  ${from} `, `Usage:  ${to} `)
    .replaceAll(`Usage:  ${from}\n`, `Usage:  ${to}\n`)
    .replaceAll(`'${from} --help'`, `'${to} --help'`);
  return { ...out, stderr };
}
