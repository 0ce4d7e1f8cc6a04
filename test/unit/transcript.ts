// Runs command lines through a fresh lab, as `netlab --json` does, for table-driven tests.
import * as assert from 'node:assert/strict';
import { Lab } from '../../src/core/lab/lab';
import { type LineResult, Session } from '../../src/commandLine/session';

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
  return {
    command: r.command,
    context: r.context,
    exitCode: r.output.exitCode,
    stdout: r.output.stdout,
    stderr: r.output.stderr,
  };
}

/** The last step, which most cases assert on. */
export function last(lines: readonly string[]): Step {
  const { steps } = replay(lines);
  return steps[steps.length - 1]!;
}

/** A table row: replay the lines, then check the last one's exit code and output substrings. */
export interface ReplayCase {
  id: string;
  lines: string[];
  exitCode: number;
  stderr?: string;
  stdout?: string;
}

/** One mocha test per row, asserting exit code, then stderr and stdout as substrings. */
export function itReplaysLast(cases: readonly ReplayCase[]): void {
  for (const c of cases) {
    it(c.id, () => {
      const step = last(c.lines);
      assert.equal(step.exitCode, c.exitCode, step.stderr);
      if (c.stderr !== undefined) assert.ok(step.stderr.includes(c.stderr), `stderr was:\n${step.stderr}`);
      if (c.stdout !== undefined) assert.ok(step.stdout.includes(c.stdout), `stdout was:\n${step.stdout}`);
    });
  }
}
