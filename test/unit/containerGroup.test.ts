// `docker container` as a management command: each row cites the docker/cli function it follows.
import * as assert from 'node:assert/strict';
import { last } from './transcript';
import { CONTAINER_VERBS } from '../../src/commandLine/docker/commands/index';

const HELP = `
Usage:  docker container COMMAND

Manage containers

Commands:
  attach      Attach local standard input, output, and error streams to a running container
  commit      Create a new image from a container's changes
  cp          Copy files/folders between a container and the local filesystem
  create      Create a new container
  diff        Inspect changes to files or directories on a container's filesystem
  exec        Execute a command in a running container
  export      Export a container's filesystem as a tar archive
  inspect     Display detailed information on one or more containers
  kill        Kill one or more running containers
  logs        Fetch the logs of a container
  ls          List containers
  pause       Pause all processes within one or more containers
  port        List port mappings or a specific mapping for the container
  prune       Remove all stopped containers
  rename      Rename a container
  restart     Restart one or more containers
  rm          Remove one or more containers
  run         Create and run a new container from an image
  start       Start one or more stopped containers
  stats       Display a live stream of container(s) resource usage statistics
  stop        Stop one or more running containers
  top         Display the running processes of a container
  unpause     Unpause all processes within one or more containers
  update      Update configuration of one or more containers
  wait        Block until one or more containers stop, then print their exit codes

Run 'docker container COMMAND --help' for more information on a command.
`;

describe('docker container (management command)', () => {
  const CASES: Array<{ source: string; line: string; exitCode: number; stdout: string; stderr: string }> = [
    {
      source: 'cli/command/container/cmd.go newContainerCommand RunE: command.ShowHelp(dockerCLI.Err())',
      line: 'docker container',
      exitCode: 0,
      stdout: '',
      stderr: HELP,
    },
    {
      source: 'cobra --help: the same usage template, on stdout',
      line: 'docker container --help',
      exitCode: 0,
      stdout: HELP,
      stderr: '',
    },
    {
      source: 'cli/cobra.go setupCommonRootCommand MarkShorthandDeprecated("help", "use --help")',
      line: 'docker container -h',
      exitCode: 0,
      stdout: HELP,
      stderr: 'Flag shorthand -h has been deprecated, use --help\n',
    },
    {
      source: 'cli/required.go NoArgs (HasSubCommands): unknown command, the group usage line',
      line: 'docker container frobnicate',
      exitCode: 1,
      stdout: '',
      stderr:
        "docker: unknown command: docker container frobnicate\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n",
    },
    {
      source: 'cli/cobra.go FlagErrorFunc: pflag unknown shorthand, exit 125',
      line: 'docker container -x',
      exitCode: 125,
      stdout: '',
      stderr:
        "unknown shorthand flag: 'x' in -x\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n",
    },
    {
      source: 'cli/cobra.go FlagErrorFunc: pflag unknown flag, exit 125',
      line: 'docker container --all=1',
      exitCode: 125,
      stdout: '',
      stderr: "unknown flag: --all\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n",
    },
    {
      source: 'cobra CommandPath under container: the list command is ls (list.go cmd.Use = "ls [OPTIONS]")',
      line: 'docker container list now',
      exitCode: 1,
      stdout: '',
      stderr:
        "docker: 'docker container ls' accepts no arguments\n\nUsage:  docker container ls [OPTIONS]\n\nRun 'docker container ls --help' for more information\n",
    },
    {
      source: 'cli/cobra.go FlagErrorFunc: UseLine and CommandPath under container (rm.go, alias remove)',
      line: 'docker container remove --bogus',
      exitCode: 125,
      stdout: '',
      stderr:
        "unknown flag: --bogus\n\nUsage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker container rm --help' for more information\n",
    },
    {
      source: 'cli/required.go ExactArgs(2) under container (rename.go)',
      line: 'docker container rename web',
      exitCode: 1,
      stdout: '',
      stderr:
        "docker: 'docker container rename' requires 2 arguments\n\nUsage:  docker container rename CONTAINER NEW_NAME\n\nRun 'docker container rename --help' for more information\n",
    },
    {
      source: 'cli/command/container/list.go newListCommand Aliases ps, list',
      line: 'docker container list -q',
      exitCode: 0,
      stdout: '',
      stderr: '',
    },
  ];
  for (const c of CASES) {
    it(`${c.line} (${c.source})`, () => {
      const step = last([c.line]);
      assert.deepEqual(
        { exitCode: step.exitCode, stdout: step.stdout, stderr: step.stderr },
        { exitCode: c.exitCode, stdout: c.stdout, stderr: c.stderr },
      );
    });
  }

  it('every verb of the lab that the CLI has under `container` is reachable there (cmd.go AddCommand, aliases)', () => {
    // cli/command/container/cmd.go newContainerCommand's subcommands plus list.go / rm.go aliases.
    const cliVerbs = HELP.split('\n')
      .filter((l) => /^ {2}[a-z]/.test(l))
      .map((l) => l.trim().split(' ')[0]!);
    for (const verb of [...cliVerbs, 'ps', 'list', 'remove']) {
      const step = last([`docker container ${verb}`]);
      const known = Object.prototype.hasOwnProperty.call(CONTAINER_VERBS, verb);
      assert.equal(
        step.stderr.startsWith(`docker: unknown command: docker container ${verb}\n`),
        !known,
        `${verb}: ${step.stderr}`,
      );
    }
  });
});
