/**
 * i18next set-up. Locale files are JSON per language and namespace, each its own lazy chunk
 * (precached, so no language vanishes offline):
 *   src/lib/i18n/locales/<lang>.json          namespace `common`
 *   src/features/<x>/locales/<lang>.json      namespace `<x>`
 *
 * Language choice: ?lang=da|en|uk, then the remembered choice (localStorage), then the
 * browser's languages, then Danish (DEFAULT_LANGUAGE). <html lang> follows the language.
 */
import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, NAMESPACES, detectLanguage, type Language } from './languages';

type LocaleModule = { default: Record<string, unknown> };
const commonFiles = import.meta.glob<LocaleModule>('./locales/*.json');
const featureFiles = import.meta.glob<LocaleModule>('../../features/*/locales/*.json');

function loaderFor(lang: string, ns: string): (() => Promise<LocaleModule>) | undefined {
  return ns === 'common' ? commonFiles[`./locales/${lang}.json`] : featureFiles[`../../features/${ns}/locales/${lang}.json`];
}

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lang: string, ns: string, callback: ReadCallback) {
    const load = loaderFor(lang, ns);
    if (!load) {
      callback(new Error(`No locale file for ${lang}/${ns}`), false);
      return;
    }
    load().then(
      (mod) => callback(null, mod.default),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), false),
    );
  },
};

export const LANGUAGE_STORAGE_KEY = 'beredt.lang';

export function applyDocumentLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = i18n.dir(lang);
}

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the language chosen (by ?lang= or the switcher) for the next visit. */
function rememberLanguage(lang: string): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    /* storage unavailable (private mode): the choice lasts for this page only */
  }
}

/** Initialises i18next and resolves when the current language's `common` strings are in. */
export async function initI18n(): Promise<typeof i18n> {
  const lng = detectLanguage({ search: location.search, stored: readStoredLanguage(), browser: navigator.languages ?? [] });
  if (new URLSearchParams(location.search).has('lang')) rememberLanguage(lng);
  i18n.on('languageChanged', applyDocumentLanguage);
  await i18n
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng,
      supportedLngs: [...LANGUAGES],
      load: 'languageOnly',
      // Every key exists in every language (tests/unit/i18n-keys.test.ts), so no second language
      // is loaded as a runtime fallback: that would double the locale JavaScript on the start
      // page for English and Ukrainian users. Content (guidance) falls back to Danish itself.
      fallbackLng: false,
      ns: ['common'],
      defaultNS: 'common',
      fallbackNS: false,
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
      // A missing key is a bug: log it so the browser tests (which fail on console errors) see it.
      saveMissing: true,
      missingKeyHandler: (lngs, ns, key) => {
        console.error(`i18n: missing key "${ns}:${key}" for ${lngs.join(',')}`);
      },
      react: { useSuspense: true },
    });
  applyDocumentLanguage(i18n.resolvedLanguage ?? DEFAULT_LANGUAGE);
  // From now on a change is the user's choice (the switcher): remember it.
  i18n.on('languageChanged', rememberLanguage);
  return i18n;
}

export function currentLanguage(): Language {
  const lang = i18n.resolvedLanguage;
  return (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Language) : DEFAULT_LANGUAGE;
}

export { NAMESPACES };
export default i18n;
