// A window reload in the middle of the e2e run: a test asks for one (reload.request), the entry
// finishes the suites, saves the counts and reloads; VS Code then runs the entry again, which sees
// the saved counts and runs the *.afterReload suites only (they check what survived the reload).
// Both windows share the bridge folder, which is how the second learns of the first.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BRIDGE_ENV } from './runner/protocol';
import type { MochaCounts } from './runner/mocha';

const bridgeDir = (): string | undefined => process.env[BRIDGE_ENV];
const requestFile = (dir: string) => join(dir, 'reload-requested');
const phaseFile = (dir: string) => join(dir, 'reload-phase.json');

/** Only the code-server runner can reload and come back (the bridge folder carries the state). */
export function canReload(): boolean {
  return bridgeDir() !== undefined;
}

/** Called by a test: reload the window once every suite has run. */
export function request(): void {
  const dir = bridgeDir();
  if (dir) writeFileSync(requestFile(dir), '');
}

export function requested(): boolean {
  const dir = bridgeDir();
  return dir !== undefined && existsSync(requestFile(dir));
}

/** Saves the first window's counts for the second, which reports the sum. */
export function saveCountsBeforeReload(counts: MochaCounts): void {
  const dir = bridgeDir()!;
  rmSync(requestFile(dir), { force: true });
  writeFileSync(phaseFile(dir), JSON.stringify(counts));
}

/** In the window after the reload: the counts of the one before (read once). */
export function countsBeforeReload(): MochaCounts | undefined {
  const dir = bridgeDir();
  if (!dir || !existsSync(phaseFile(dir))) return undefined;
  const counts = JSON.parse(readFileSync(phaseFile(dir), 'utf8')) as MochaCounts;
  rmSync(phaseFile(dir), { force: true });
  return counts;
}

const notesFile = (dir: string) => join(dir, 'reload-notes.json');

/** Called by a test before the reload: a value for the window after it to compare with. */
export function remember(key: string, value: unknown): void {
  const dir = bridgeDir();
  if (!dir) return;
  const notes = existsSync(notesFile(dir)) ? (JSON.parse(readFileSync(notesFile(dir), 'utf8')) as object) : {};
  writeFileSync(notesFile(dir), JSON.stringify({ ...notes, [key]: value }));
}

/** In the window after the reload: what the window before remembered under `key`. */
export function recall(key: string): unknown {
  const dir = bridgeDir();
  if (!dir || !existsSync(notesFile(dir))) return undefined;
  return (JSON.parse(readFileSync(notesFile(dir), 'utf8')) as Record<string, unknown>)[key];
}
