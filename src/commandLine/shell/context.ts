// Where a shell command runs: the host, or a container (with the namespace it sees).
import type { FileReader } from '../../core/files/fileReader';
import type { Lab } from '../../core/lab/lab';
import type { Container } from '../../core/lab/model';
import type { Output } from '../../core/lab/output';

/** A variable the shell set (`NAME=v`, `export`, `unset`); `unset` hides one inherited from the environment. */
export interface ShellVariable {
  value?: string;
  exported: boolean;
  unset?: boolean;
}

/** A shell's working directory, $HOME and $OLDPWD, and its own variables: each shell (and subshell) has its own. */
export interface WorkingDirectory {
  cwd: string;
  home: string;
  oldPwd: string | undefined;
  vars?: Map<string, ShellVariable>;
}

export interface ShellContext {
  lab: Lab;
  /** The container the command runs in; undefined on the host. */
  container: Container | undefined;
  netnsId: number;
  /** Changed by `cd`. */
  dir: WorkingDirectory;
  /** The host's files (the session's reader): the host's shell reads them, a container through its bind mounts. */
  files?: FileReader;
  /** What the previous command of a pipeline wrote; empty otherwise. */
  stdin?: string;
  /** $? before the line starts: the previous line's status in an interactive shell. */
  lastExit?: number;
  /** Whether stdout is a terminal (`docker exec -t`, Config.Tty, an interactive shell): programs such as redis-cli format for it. */
  tty?: boolean;
  /** The shell running a `-c` command string (`sh`, `bash`, `ash`); absent in an interactive shell. */
  shellProgram?: string;
  /** $0 and the positional parameters ($1 ...): `sh -c CMD NAME ARGS...`, or how the interactive shell was started. */
  args?: readonly string[];
}

export type ShellTool = (sh: ShellContext, argv: string[]) => Output;
