// The CLI's --state FILE on disk: read when it exists, written back whole.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Lab } from '../core/lab/lab';
import { labFileText, labFromFileText } from '../core/lab/labFile';
import { nativePath } from './fileReader';

/** The lab in the file, or undefined when there is no file yet; throws SavedLabError for a bad one. */
export function readLabFile(path: string): Lab | undefined {
  const native = nativePath(path);
  return existsSync(native) ? labFromFileText(readFileSync(native, 'utf8')) : undefined;
}

/** Writes through a temporary file, so an interrupted write never leaves half a lab. */
export function writeLabFile(path: string, lab: Lab): void {
  const native = nativePath(path);
  const temporary = `${native}.tmp-${process.pid}`;
  writeFileSync(temporary, labFileText(lab));
  renameSync(temporary, native);
}
