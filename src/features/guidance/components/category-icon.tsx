import type { Category } from '../domain/types';

const ICONS: Record<Category, string> = {
  warning: '📢',
  communication: '📵',
  power: '🔦',
  cyber: '💳',
  weather: '🌊',
  cbrn: '☢️',
  numbers: '☎️',
  'first-aid': '⛑️',
  water: '🚰',
  climate: '🌡️',
  prepare: '🎒',
};

/** A decorative icon; the category is always named in text next to it. */
export function CategoryIcon({ category }: { category: Category }) {
  return (
    <span className="category-icon" aria-hidden="true">
      {ICONS[category]}
    </span>
  );
}
