/** Dates and times through Intl in the current language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { da: 'da-DK', en: 'en-GB', uk: 'uk-UA' };

export function useFormat() {
  const { i18n } = useTranslation('drills');
  const lang = i18n.resolvedLanguage ?? 'da';
  return useMemo(() => {
    const locale = LOCALES[lang] ?? 'da-DK';
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    return {
      lang,
      dateTime: (ms: number) => dateTime.format(ms),
      time: (ms: number) => time.format(ms),
      date: (ms: number) => date.format(ms),
    };
  }, [lang]);
}
