// A lab file: the versioned saved lab as JSON text, the same for the extension's Export/Import Lab
// and the CLI's --state FILE, so a lab prepared by a script opens in the editor and back.
import type { Lab } from './lab';
import { SavedLabError, loadLab, saveLab } from './serialize';

/** Indented, so a lab file reads (and diffs) well. */
export function labFileText(lab: Lab): string {
  return `${JSON.stringify(saveLab(lab), null, 2)}\n`;
}

/** Parses a lab file; any problem is a SavedLabError saying what is wrong. */
export function labFromFileText(text: string): Lab {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new SavedLabError(`not a lab file: ${e instanceof Error ? e.message : String(e)}`);
  }
  return loadLab(data);
}
