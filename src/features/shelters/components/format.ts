import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { roundDistance } from '../domain/geo';

/** Numbers, distances and dates in the user's language (Intl). */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'da';
  return useMemo(() => {
    const m = new Intl.NumberFormat(lang, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 });
    const km = new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
    const n = new Intl.NumberFormat(lang);
    const coord = new Intl.NumberFormat(lang, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
    return {
      distance(meters: number): string {
        const r = roundDistance(meters);
        return r.unit === 'm' ? m.format(r.value) : km.format(r.value);
      },
      number: (x: number) => n.format(x),
      coord: (x: number) => coord.format(x),
      date: (iso: string) => {
        const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
        return Number.isNaN(d.getTime()) ? iso : date.format(d);
      },
    };
  }, [lang]);
}
