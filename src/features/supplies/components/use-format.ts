/**
 * Formatting for the supplies UI in the current language: numbers, percentages, calendar dates,
 * units, and item and category names (catalogue names come from the pack in da/en/uk).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { floorTenth, type ListLine } from '../domain/supply-list';
import type { Category, CatalogueItem, CustomItem, Lang, Unit } from '../domain/types';

export interface Format {
  lang: Lang;
  number: (n: number) => string;
  days: (n: number) => string;
  percent: (p: number) => string;
  date: (iso: string) => string;
  /** The unit's word for `n` (plural rules of the language); without `n` the plural form. */
  unit: (u: Unit, n?: number) => string;
  category: (c: Category) => string;
  itemName: (item: CatalogueItem | CustomItem | undefined) => string;
  lineName: (line: ListLine) => string;
}

export function useFormat(): Format {
  const { t, i18n } = useTranslation('supplies');
  const lang = (['da', 'en', 'uk'].includes(i18n.resolvedLanguage ?? '') ? i18n.resolvedLanguage : 'da') as Lang;
  return useMemo(() => {
    const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const oneDecimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
    const plural = new Intl.PluralRules(lang);
    const dateFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const itemName = (item: CatalogueItem | CustomItem | undefined) =>
      !item ? '' : 'names' in item ? item.names[lang] : item.name;
    return {
      lang,
      number: (n) => num.format(n),
      days: (n) => oneDecimal.format(floorTenth(n)),
      percent: (p) => pct.format(Math.floor(p * 100) / 100),
      date: (iso) => dateFmt.format(new Date(`${iso}T00:00:00Z`)),
      unit: (u, n) => t(`units.${u}.${n === undefined ? 'other' : (plural.select(n) as 'one' | 'few' | 'many' | 'other')}`),
      category: (c) => t(`categories.${c}`),
      itemName,
      lineName: (line) => itemName(line.item ?? line.custom),
    };
  }, [lang, t]);
}
