// Where a shell command runs: the host, or a container (with the namespace it sees).
import type { Lab } from '../../core/lab/lab';
import type { Container } from '../../core/lab/model';
import type { Output } from '../../core/lab/output';

export interface ShellContext {
  lab: Lab;
  /** The container the command runs in; undefined on the host. */
  container: Container | undefined;
  netnsId: number;
  /** What the previous command of a pipeline wrote; empty otherwise. */
  stdin?: string;
  /** $? before the line starts: the previous line's status in an interactive shell. */
  lastExit?: number;
}

export type ShellTool = (sh: ShellContext, argv: string[]) => Output;
