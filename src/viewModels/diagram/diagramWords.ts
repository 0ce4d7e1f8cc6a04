// Fills the diagram's text templates (knowledge/diagram.ts) with plain-text values: one pass, so a
// name that contains `{...}` is never read as a placeholder. Escaping for the DOM is the webview's.
import type { Localized, Locale } from '../../knowledge/localized';
import { DIAGRAM_WORDS } from '../../knowledge/diagram';
import { fill as fillTemplate } from '../../core/text/markdown';

export type Values = Readonly<Record<string, string>>;

export function fill(template: Localized, locale: Locale, values: Values): string {
  return fillTemplate(template[locale], values);
}

/** `a, b` (en) or `a、b` (zh-cn); the word for none when empty. */
export function list(items: readonly string[], locale: Locale): string {
  return items.length === 0 ? DIAGRAM_WORDS.none[locale] : items.join(DIAGRAM_WORDS.and[locale]);
}
