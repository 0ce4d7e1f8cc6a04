// What command handlers get: the lab, a way to run programs inside containers, and the session.
import type { OneShotRunner } from '../../core/daemon/containerLifecycle';
import type { FileReader } from '../../core/files/fileReader';
import type { Lab } from '../../core/lab/lab';
import type { Output } from '../../core/lab/output';

export interface CommandContext {
  lab: Lab;
  /** Runs a program in a running container's namespace (the shell tools). */
  runInContainer: OneShotRunner;
  /**
   * Asks the session to enter an interactive shell (or redis-cli's prompt) in a container: argv is the
   * process exec started, else the container's main process. Returns what starting it wrote to stderr.
   */
  enterShell(containerId: string, ownsContainer: boolean, argv?: readonly string[]): string;
  /** The host shell's working directory: relative paths resolve against it (compose files). */
  cwd: string;
  /** The host shell's $HOME. */
  home: string;
  /** What the session reads files through (compose files, `.env`). */
  files: FileReader;
}

export type DockerHandler = (ctx: CommandContext, args: string[]) => Output;
