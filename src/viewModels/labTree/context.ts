// What every part of the tree model reads: the lab, the tree's words and the display language.
import type { Lab } from '../../core/lab/lab';
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
