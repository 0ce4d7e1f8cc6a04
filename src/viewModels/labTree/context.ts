// What every part of the tree model reads: the lab, the tree's words and the display language.
import { containerModeTarget, modeKind } from '../../core/daemon/networkMode';
import type { Lab } from '../../core/lab/lab';
import type { Container } from '../../core/lab/model';
import { shortId } from '../../core/lab/shortId';
import type { Locale } from '../../knowledge/localized';
import type { TreeWords } from './words';

export interface TreeContext {
  lab: Lab;
  words: TreeWords;
  /** For the knowledge texts (src/knowledge), picked by VS Code's display language. */
  locale: Locale;
}

/** A container's name from its ID or name; the short ID of one that no longer exists (never 64 hex). */
export function containerName(ctx: TreeContext, ref: string): string {
  return (ctx.lab.containers.get(ref) ?? ctx.lab.containerByName(ref))?.name ?? shortId(ref);
}

/**
 * A network a mode or a setting names by name, ID or ID prefix (`--network <id>` keeps the ID in
 * the mode), as its name; a reference that finds nothing (or several) stays as typed, cut to a
 * short ID.
 */
export function networkName(lab: Lab, ref: string): string {
  try {
    return lab.findNetwork(ref)?.name ?? shortId(ref);
  } catch {
    return shortId(ref);
  }
}

/** The mode as `docker inspect` shows it, with names for the IDs in it (`container:web`, `app`). */
export function modeLabel(lab: Lab, c: Container): string {
  const joined = containerModeTarget(c.networkMode);
  if (joined !== '')
    return `container:${(lab.containers.get(joined) ?? lab.containerByName(joined))?.name ?? shortId(joined)}`;
  return modeKind(c.networkMode) === 'user-defined' ? networkName(lab, c.networkMode) : c.networkMode;
}
