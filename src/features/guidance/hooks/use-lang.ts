import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../domain/types';

/** The reader's language for guidance content (Danish if the UI language is unknown). */
export function useGuidanceLang(): Lang {
  const { i18n } = useTranslation('guidance');
  const lang = i18n.resolvedLanguage;
  return isLang(lang) ? lang : 'da';
}

/** The Intl locale for a language: English as written in Europe (23 November 2026, 24-hour clock). */
export function intlLocale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : lang;
}

/** "23. november 2026" / "23 November 2026" / "23 листопада 2026 р." for a YYYY-MM-DD date. */
export function formatDay(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
