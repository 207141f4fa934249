/**
 * The shopping list: what is missing, grouped by category, as data and as plain text to copy.
 * Wording comes from the caller (`labels`), so this stays free of i18n and React.
 */
import type { ListLine, SupplyList } from './supply-list';
import type { Category, Unit } from './types';

export interface ShoppingGroup {
  category: Category;
  lines: ListLine[];
}

export function shoppingGroups(list: SupplyList): ShoppingGroup[] {
  return list.categories
    .map((c) => ({ category: c.category, lines: c.lines.filter((l) => l.missing > 0) }))
    .filter((g) => g.lines.length > 0);
}

export interface ShoppingLabels {
  title: string;
  /** Shown when nothing is missing. */
  empty: string;
  category: (c: Category) => string;
  name: (line: ListLine) => string;
  unit: (u: Unit, n: number) => string;
  number: (n: number) => string;
}

/**
 * Plain text, one line per item: "- Drinking water: 17 L".
 * @example shoppingListText(list, labels) // "Shopping list\n\nWater\n- Drinking water: 17 L\n"
 */
export function shoppingListText(list: SupplyList, labels: ShoppingLabels): string {
  const groups = shoppingGroups(list);
  if (groups.length === 0) return `${labels.title}\n\n${labels.empty}\n`;
  const parts = [labels.title];
  for (const g of groups) {
    const rows = g.lines.map((l) => `- ${labels.name(l)}: ${labels.number(l.missing)} ${labels.unit(l.unit, l.missing)}`);
    parts.push(`${labels.category(g.category)}\n${rows.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
