// Runs command lines through a fresh lab, as `netlab --json` does, for table-driven tests.
import { Lab } from '../../src/core/lab';
import { type LineResult, Session } from '../../src/core/session';

export interface Step {
  command: string;
  context: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function replay(lines: readonly string[], seed = 0): { steps: Step[]; lab: Lab; session: Session } {
  const lab = new Lab({ seed });
  const session = new Session(lab);
  const steps = lines.map((line) => toStep(session.execute(line)));
  return { steps, lab, session };
}

function toStep(r: LineResult): Step {
  return { command: r.command, context: r.context, exitCode: r.output.exitCode, stdout: r.output.stdout, stderr: r.output.stderr };
}

/** The last step, which most cases assert on. */
export function last(lines: readonly string[]): Step {
  const { steps } = replay(lines);
  return steps[steps.length - 1]!;
}
