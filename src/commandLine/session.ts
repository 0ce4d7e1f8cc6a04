// A terminal session on the simulated host: runs lines on the host or, after
// `docker run -it IMAGE sh` / `docker exec -it C sh`, inside that container until `exit`.
import { docker } from './docker/commands/index';
import type { CommandContext } from './docker/context';
import type { Output } from '../core/lab/output';
import { exitContainer } from '../core/daemon/containerStop';
import { etcHostname } from '../core/kernel/etcFiles';
import { lookupImage } from '../core/catalog/images';
import type { Lab } from '../core/lab/lab';
import { HOST_NETNS } from '../core/lab/lab';
import type { Container } from '../core/lab/model';
import type { ShellContext } from './shell/context';
import { programExists, runArgv, runLine } from './shell/runShell';

export interface LineResult {
  /** "host" or the name of the container the line ran in. */
  context: string;
  command: string;
  output: Output;
  /** The line entered an interactive shell (its record is due now). */
  enteredShell: boolean;
}

interface ShellFrame {
  containerId: string;
  /** The shell is the container's main process: leaving it stops the container. */
  ownsContainer: boolean;
}

export interface SessionOptions {
  cwd?: string;
}

export class Session {
  private shell: ShellFrame | undefined;
  private entered = false;
  /** $? for the next line. */
  private lastExit = 0;
  readonly cwd: string;

  constructor(readonly lab: Lab, options: SessionOptions = {}) {
    this.cwd = options.cwd ?? '.';
  }

  /** The container the session's shell is in, if it still exists. */
  get currentContainer(): Container | undefined {
    return this.shell ? this.lab.containers.get(this.shell.containerId) : undefined;
  }

  get contextName(): string {
    return this.currentContainer?.name ?? 'host';
  }

  /** busybox's ash prompt, bash's in the Debian-based images, and the host's. */
  prompt(): string {
    const c = this.currentContainer;
    if (!c) return `[root@${this.lab.hostProfile.hostname} ~]# `;
    return lookupImage(c.image)?.toolset === 'busybox' ? '/ # ' : `root@${etcHostname(this.lab, c).trim()}:/# `;
  }

  private commandContext(): CommandContext {
    return {
      lab: this.lab,
      cwd: this.cwd,
      runInContainer: (c, argv) => this.runIn(c, argv),
      enterShell: (containerId, ownsContainer) => {
        this.shell = { containerId, ownsContainer };
        this.entered = true;
      },
    };
  }

  /** Runs argv inside a running container's namespace (used for one-shot commands and exec). */
  runIn(c: Container, argv: string[]): Output {
    const program = argv[0] ?? '';
    if (!programExists(program, c.image)) return { stdout: '', stderr: '', exitCode: 127, missingProgram: program };
    const sh: ShellContext = { lab: this.lab, container: c, netnsId: c.netnsId ?? HOST_NETNS };
    return runArgv(sh, argv);
  }

  execute(line: string): LineResult {
    const context = this.contextName;
    this.entered = false;
    this.lab.tick();
    const output = this.lab.batch(() => this.dispatch(line.trim()));
    this.lastExit = output.exitCode;
    return { context, command: line, output, enteredShell: this.entered };
  }

  private dispatch(line: string): Output {
    const c = this.currentContainer;
    if (this.shell && !c) this.shell = undefined;
    if (c) {
      const exit = /^exit(?:\s+(\d+))?$/.exec(line);
      if (exit) return this.leaveShell(c, Number(exit[1] ?? 0));
      const sh: ShellContext = { lab: this.lab, container: c, netnsId: c.netnsId ?? HOST_NETNS, lastExit: this.lastExit };
      return runLine(sh, line);
    }
    if (/^exit(\s|$)/.test(line)) return { stdout: '', stderr: '', exitCode: 0 };
    const sh: ShellContext = { lab: this.lab, container: undefined, netnsId: HOST_NETNS, lastExit: this.lastExit };
    return runLine(sh, line, { docker: (argv) => docker(this.commandContext(), argv) });
  }

  private leaveShell(c: Container, code: number): Output {
    const frame = this.shell!;
    this.shell = undefined;
    if (frame.ownsContainer) exitContainer(this.lab, c, code);
    return { stdout: '', stderr: '', exitCode: code };
  }
}
