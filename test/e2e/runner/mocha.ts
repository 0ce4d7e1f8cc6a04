// Runs mocha programmatically over a list of files and counts the outcome. Used in plain Node
// for the unit tests and inside the extension host for the e2e suites.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface MochaCounts {
  passed: number;
  failed: number;
  pending: number;
}

export interface RunOptions extends Mocha.MochaOptions {
  /** Interfaces to offer, e.g. ['bdd', 'tdd']: each adds its globals (describe/it, suite/test). */
  uis: Mocha.Interface[];
}

export async function runMocha(files: string[], { uis, ...options }: RunOptions): Promise<MochaCounts> {
  const mocha = new Mocha({ ...options, ui: uis[0] });
  for (const ui of uis.slice(1)) mocha.ui(ui);
  for (const file of files) mocha.addFile(file);
  const counts: MochaCounts = { passed: 0, failed: 0, pending: 0 };
  await new Promise<void>((resolve, reject) => {
    try {
      // run() requires the files synchronously: a file that throws on load lands in catch.
      mocha
        .run(() => resolve())
        .on('pass', () => counts.passed++)
        .on('fail', () => counts.failed++)
        .on('pending', () => counts.pending++);
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
  return counts;
}

/** Files below dir (recursively) whose name ends with suffix, sorted for a stable order. */
export function filesBelow(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesBelow(path, suffix));
    else if (name.endsWith(suffix)) found.push(path);
  }
  return found.sort();
}
