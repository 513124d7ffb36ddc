/** The six official languages of the United Nations; every screen and message exists in each. */
export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export type TLanguage = (typeof LANGUAGES)[number];

export const RTL_LANGUAGES: ReadonlySet<TLanguage> = new Set(['ar']);

export function textDirection(language: TLanguage): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
