// One consumer's terminal session on a lab (a terminal, a VS Code command, the CLI): its own
// working directory, $? and files, over a Lab that several sessions may share. Runs lines on the
// host or, after `docker run -it IMAGE sh` / `docker exec -it C sh`, inside that container until `exit`.
import { imageContent } from '../core/catalog/images';
import { docker } from './docker/commands/index';
import type { CommandContext } from './docker/context';
import type { Output } from '../core/lab/output';
import { exitContainer } from '../core/daemon/containerStop';
import type { FileReader } from '../core/files/fileReader';
import { MemoryFiles } from '../core/files/memoryFiles';
import { normalizePath } from '../core/files/posixPath';
import type { Lab } from '../core/lab/lab';
import { HOST_NETNS } from '../core/lab/lab';
import type { Container } from '../core/lab/model';
import { quoteArgv } from '../core/text/shellWords';
import { basenameOf } from '../core/files/posixPath';
import { redisPrompt, redisReplLine, startRedisRepl, type RedisRepl } from './shell/redisCliTool';
import type { ShellContext, WorkingDirectory } from './shell/context';
import { shellPrompt } from './shell/prompt';
import { type ExtraTools, programExists, runArgv, runCommand, runLine } from './shell/runShell';

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
  dir: WorkingDirectory;
  /** $0: the shell program as started (`sh`, `/bin/sh`, `bash`). */
  argv0: string;
  /** redis-cli's interactive prompt instead of a shell. */
  repl?: RedisRepl;
}

export interface SessionOptions {
  /** Where the session starts; also its $HOME, where `cd` alone returns (`~` in the prompt). Default /root. */
  cwd?: string;
  /** What the host's shell and `docker compose` read files through. Default: no files (an empty tree). */
  files?: FileReader;
}

/** A container shell starts at / with root's home (the images' WorkingDir and /etc/passwd). */
const containerDir = (): WorkingDirectory => ({ cwd: '/', home: '/root', oldPwd: undefined });

export class Session {
  private shell: ShellFrame | undefined;
  private entered = false;
  /** $? for the next line. */
  private lastExit = 0;
  private readonly hostDir: WorkingDirectory;
  readonly files: FileReader;

  constructor(
    readonly lab: Lab,
    options: SessionOptions = {},
  ) {
    const start = normalizePath(options.cwd ?? '/root');
    this.hostDir = { cwd: start, home: start, oldPwd: undefined };
    this.files = options.files ?? new MemoryFiles({}, [start]);
  }

  /** The container the session's shell is in, if it still exists. */
  get currentContainer(): Container | undefined {
    return this.shell ? this.lab.containers.get(this.shell.containerId) : undefined;
  }

  get contextName(): string {
    return this.currentContainer?.name ?? 'host';
  }

  /** The working directory of the shell the next line runs in. */
  get cwd(): string {
    return this.currentShell().dir.cwd;
  }

  prompt(): string {
    if (this.shell?.repl && this.currentContainer) return redisPrompt(this.shell.repl);
    return shellPrompt(this.lab, this.currentContainer, this.currentShell().dir);
  }

  private currentShell(): { container: Container | undefined; dir: WorkingDirectory } {
    const c = this.currentContainer;
    return c && this.shell ? { container: c, dir: this.shell.dir } : { container: undefined, dir: this.hostDir };
  }

  private commandContext(): CommandContext {
    return {
      lab: this.lab,
      cwd: this.hostDir.cwd,
      home: this.hostDir.home,
      files: this.files,
      runInContainer: (c, argv, tty) => this.runIn(c, argv, tty),
      enterShell: (containerId, ownsContainer, argv) => {
        const c = this.lab.containers.get(containerId);
        // The image's entrypoint script execs its command, so the command is the shell the user meets.
        const command = argv ?? (c && c.cmd.length > 0 ? c.cmd : (c?.entrypoint ?? []));
        const argv0 = command[0] ?? 'sh';
        this.shell = { containerId, ownsContainer, dir: containerDir(), argv0 };
        this.entered = true;
        if (!c || basenameOf(argv0) !== 'redis-cli') return '';
        const started = startRedisRepl(this.containerShell(c, this.shell.dir), command);
        this.shell.repl = started.repl;
        return started.stderr;
      },
    };
  }

  /** Runs argv inside a running container's namespace (used for one-shot commands and exec). */
  runIn(c: Container, argv: string[], tty = false): Output {
    const program = argv[0] ?? '';
    if (!programExists(program, imageContent(c)))
      return { stdout: '', stderr: '', exitCode: 127, missingProgram: program };
    const sh: ShellContext = {
      lab: this.lab,
      container: c,
      netnsId: c.netnsId ?? HOST_NETNS,
      dir: containerDir(),
      files: this.files,
      tty,
    };
    return runArgv(sh, argv);
  }

  /** Runs one command line as typed at the prompt. */
  execute(line: string): LineResult {
    return this.run(line, () => this.dispatch(line.trim()));
  }

  /** Runs one command given as its words (no quoting, expansion or redirection), as a caller that holds argv would. */
  executeArgv(argv: readonly string[]): LineResult {
    return this.run(quoteArgv(argv), () => this.dispatchArgv([...argv]));
  }

  private run(command: string, body: () => Output): LineResult {
    const context = this.contextName;
    this.entered = false;
    this.lab.tick();
    const output = this.lab.batch(body);
    this.lastExit = output.exitCode;
    return { context, command, output, enteredShell: this.entered };
  }

  /** The shell the line runs in, and the programs only the host has (docker). */
  private where(): { sh: ShellContext; extra: ExtraTools; container: Container | undefined } {
    const c = this.currentContainer;
    if (this.shell && !c) this.shell = undefined;
    const { dir } = this.currentShell();
    const sh: ShellContext = c
      ? this.containerShell(c, dir)
      : {
          lab: this.lab,
          container: undefined,
          netnsId: HOST_NETNS,
          dir,
          files: this.files,
          lastExit: this.lastExit,
          tty: true,
        };
    return { sh, extra: c ? {} : { docker: (argv) => docker(this.commandContext(), argv) }, container: c };
  }

  /** The interactive shell (or prompt) in a container: a terminal, $0 as it was started. */
  private containerShell(c: Container, dir: WorkingDirectory): ShellContext {
    return {
      lab: this.lab,
      container: c,
      netnsId: c.netnsId ?? HOST_NETNS,
      dir,
      files: this.files,
      lastExit: this.lastExit,
      args: [this.shell?.argv0 ?? 'sh'],
      tty: true,
    };
  }

  private dispatch(line: string): Output {
    const { sh, extra, container } = this.where();
    const repl = this.shell?.repl;
    if (repl && container) {
      // redis-cli.c repl: quit and exit end redis-cli with status 0.
      if (/^(quit|exit)$/i.test(line.split(/\s+/)[0] ?? '')) return this.leave(container, 0);
      return redisReplLine(sh, repl, line);
    }
    const exit = /^exit(?:\s+(\d+))?$/.exec(line);
    if (exit) return this.leave(container, Number(exit[1] ?? 0));
    // The host's `exit` ends the terminal, which its owner (the CLI) does.
    if (!container && /^exit(\s|$)/.test(line)) return { stdout: '', stderr: '', exitCode: 0 };
    return runLine(sh, line, extra);
  }

  private dispatchArgv(argv: string[]): Output {
    const { sh, extra, container } = this.where();
    if (this.shell?.repl && container) return this.dispatch(quoteArgv(argv));
    if (argv[0] === 'exit') return this.leave(container, Number(argv[1] ?? 0) || 0);
    return runCommand(sh, argv, extra);
  }

  /** `exit` in a container shell leaves it; on the host it does nothing here. */
  private leave(c: Container | undefined, code: number): Output {
    const frame = this.shell;
    if (c && frame) {
      this.shell = undefined;
      if (frame.ownsContainer) exitContainer(this.lab, c, code);
    }
    return { stdout: '', stderr: '', exitCode: c ? code : 0 };
  }
}
