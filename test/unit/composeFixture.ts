// Compose files in temporary folders, and sessions whose cwd is that folder, for the compose tests.
// They read the disk through the CLI's reader; tests of their own use MemoryFiles instead.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lab } from '../../src/core/lab/lab';
import { Session } from '../../src/commandLine/session';
import { nodeFileReader } from '../../src/node/fileReader';
import type { Step } from './transcript';

const roots: string[] = [];

/** Writes files into a fresh `<tmp>/<folder>` and returns that folder. */
export function composeDir(files: Record<string, string>, folder = 'demo'): string {
  const root = mkdtempSync(join(tmpdir(), 'netlab-compose-'));
  roots.push(root);
  const dir = join(root, folder);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function replayIn(dir: string, lines: readonly string[]): { steps: Step[]; lab: Lab } {
  const lab = new Lab({ seed: 0 });
  const session = new Session(lab, { cwd: dir, files: nodeFileReader });
  const steps = lines.map((line) => {
    const r = session.execute(line);
    return {
      command: r.command,
      context: r.context,
      exitCode: r.output.exitCode,
      stdout: r.output.stdout,
      stderr: r.output.stderr,
    };
  });
  return { steps, lab };
}

export const lastIn = (dir: string, lines: readonly string[]): Step => {
  const { steps } = replayIn(dir, lines);
  return steps[steps.length - 1]!;
};

after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
