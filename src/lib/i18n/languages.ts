/** The languages Beredt ships. Danish is the default and the fallback for everything. */
export const LANGUAGES = ['da', 'en', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'da';

/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  da: 'Dansk',
  en: 'English',
  uk: 'Українська',
};

/** The i18next namespaces: `common` for the shell, one per feature. */
export const NAMESPACES = ['common', 'supplies', 'shelters', 'guidance', 'drills', 'plan'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks a supported language from a BCP 47 tag ("en-GB" → "en"), or undefined. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const base = tag.toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : undefined;
}

export interface LanguageSources {
  /** The page's query string, e.g. "?lang=uk". */
  search: string;
  /** The remembered choice, if any. */
  stored: string | null;
  /** navigator.languages, in the user's order of preference. */
  browser: readonly string[];
}

/**
 * Chooses the language: ?lang=, then the remembered choice, then the first of the browser's
 * languages that Beredt has, then Danish. Always returns a supported language, so exactly one
 * language's strings are loaded.
 *
 * @example detectLanguage({ search: '', stored: null, browser: ['de-DE', 'en-GB'] }) // 'en'
 */
export function detectLanguage({ search, stored, browser }: LanguageSources): Language {
  const fromQuery = matchLanguage(new URLSearchParams(search).get('lang'));
  if (fromQuery) return fromQuery;
  const fromStorage = matchLanguage(stored);
  if (fromStorage) return fromStorage;
  for (const tag of browser) {
    const lang = matchLanguage(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANGUAGE;
}
