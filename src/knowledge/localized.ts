// Every explanatory text is kept in English and Simplified Chinese; views pick by VS Code's
// display language (vscode.env.language), falling back to English.

export interface Localized {
  en: string;
  'zh-cn': string;
}

export type Locale = keyof Localized;

/** `zh-cn`, `zh-CN`, `zh-hans` and `zh` read the Chinese text; everything else the English. */
export function localeOf(language: string): Locale {
  return /^zh(-(cn|hans|sg))?$/i.test(language) || /^zh-hans-/i.test(language) ? 'zh-cn' : 'en';
}

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}
