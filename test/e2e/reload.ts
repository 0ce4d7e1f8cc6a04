// A window reload in the middle of the e2e run: a test asks for one (reload.request), the entry
// finishes the suites, saves the counts and reloads; VS Code then runs the entry again, which sees
// the saved counts and runs the *.afterReload suites only (they check what survived the reload).
// Both windows share the bridge folder, which is how the second learns of the first.
import { bridgeDir, exists, readText, remove, writeText } from './hostFiles';
import type { MochaCounts } from './runner/mocha';

const requestFile = (dir: string) => `${dir}/reload-requested`;
const phaseFile = (dir: string) => `${dir}/reload-phase.json`;

/** Only the code-server runner can reload and come back (the bridge folder carries the state). */
export function canReload(): boolean {
  return bridgeDir() !== undefined;
}

/** Called by a test: reload the window once every suite has run. */
export async function request(): Promise<void> {
  const dir = bridgeDir();
  if (dir) await writeText(requestFile(dir), '');
}

export async function requested(): Promise<boolean> {
  const dir = bridgeDir();
  return dir !== undefined && (await exists(requestFile(dir)));
}

/** Saves the first window's counts for the second, which reports the sum. */
export async function saveCountsBeforeReload(counts: MochaCounts): Promise<void> {
  const dir = bridgeDir()!;
  await remove(requestFile(dir));
  await writeText(phaseFile(dir), JSON.stringify(counts));
}

/** In the window after the reload: the counts of the one before (read once). */
export async function countsBeforeReload(): Promise<MochaCounts | undefined> {
  const dir = bridgeDir();
  const text = dir === undefined ? undefined : await readText(phaseFile(dir));
  if (dir === undefined || text === undefined) return undefined;
  await remove(phaseFile(dir));
  return JSON.parse(text) as MochaCounts;
}

const notesFile = (dir: string) => `${dir}/reload-notes.json`;

async function notes(dir: string): Promise<Record<string, unknown>> {
  const text = await readText(notesFile(dir));
  return text === undefined ? {} : (JSON.parse(text) as Record<string, unknown>);
}

/** Called by a test before the reload: a value for the window after it to compare with. */
export async function remember(key: string, value: unknown): Promise<void> {
  const dir = bridgeDir();
  if (dir) await writeText(notesFile(dir), JSON.stringify({ ...(await notes(dir)), [key]: value }));
}

/** In the window after the reload: what the window before remembered under `key`. */
export async function recall(key: string): Promise<unknown> {
  const dir = bridgeDir();
  return dir === undefined ? undefined : (await notes(dir))[key];
}
