/**
 * The household's list: per item have / need / status, per category and overall progress and
 * days covered, and the item that runs out first. Expired stock does not count as "have".
 */
import { isExpired } from './expiry';
import { applies, computeNeed, dailyRate, roundUp } from './needs';
import { CATEGORIES, type Batch, type CatalogueItem, type Category, type CustomItem, type Household, type Unit } from './types';

export type LineStatus = 'ok' | 'partial' | 'missing';

export interface ListLine {
  id: string;
  kind: 'catalogue' | 'custom';
  category: Category;
  unit: Unit;
  item?: CatalogueItem;
  custom?: CustomItem;
  need: number;
  /** Quantity in batches that have not expired. */
  have: number;
  /** Quantity in expired batches (shown, not counted). */
  expired: number;
  /** How much more to buy, in whole units (0 when covered). */
  missing: number;
  status: LineStatus;
  /** 0..1, have/need capped at 1 (1 when nothing is needed). */
  progress: number;
  /** Units used per day; 0 for items that are not consumed daily. */
  perDay: number;
  /** Days the stock lasts (only for items consumed daily). */
  daysCovered: number | null;
}

export interface CategorySummary {
  category: Category;
  lines: ListLine[];
  progress: number;
  daysCovered: number | null;
}

export interface SupplyList {
  days: number;
  lines: ListLine[];
  categories: CategorySummary[];
  progress: number;
  /** Days the whole supply lasts: the shortest of the daily items. */
  daysCovered: number | null;
  /** The daily item that runs out first (null if no daily items are needed). */
  limiting: ListLine | null;
  /** Catalogue items the user hid (so they can be shown again). */
  hidden: CatalogueItem[];
}

/** Days covered rounded DOWN to one decimal, never overstating: 10 L for 9 L/day → 1.1. */
export function floorTenth(x: number): number {
  return Math.floor(Math.round(x * 1e6) / 1e5) / 10;
}

function sumBatches(batches: readonly Batch[], today: string): { have: number; expired: number } {
  let have = 0;
  let expired = 0;
  for (const b of batches) {
    if (isExpired(b, today)) expired += b.quantity;
    else have += b.quantity;
  }
  return { have: round6(have), expired: round6(expired) };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function makeLine(base: Omit<ListLine, 'missing' | 'status' | 'progress' | 'daysCovered'>, fixedPart: number): ListLine {
  const { need, have, perDay } = base;
  const missing = need > have ? roundUp(need - have) : 0;
  const status: LineStatus = missing === 0 ? 'ok' : have > 0 ? 'partial' : 'missing';
  const progress = need > 0 ? Math.min(1, have / need) : 1;
  const daysCovered = perDay > 0 ? Math.max(0, have - fixedPart) / perDay : null;
  return { ...base, missing, status, progress, daysCovered };
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 1 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

function minDays(lines: ListLine[]): number | null {
  const ds = lines.filter((l) => l.daysCovered !== null && l.need > 0).map((l) => l.daysCovered!);
  return ds.length ? Math.min(...ds) : null;
}

export function buildSupplyList(
  catalogue: readonly CatalogueItem[],
  customItems: readonly CustomItem[],
  batches: readonly Batch[],
  household: Household,
  today: string,
): SupplyList {
  const byItem = new Map<string, Batch[]>();
  for (const b of batches) byItem.set(b.itemId, [...(byItem.get(b.itemId) ?? []), b]);
  const lines: ListLine[] = [];
  const hidden: CatalogueItem[] = [];
  for (const item of [...catalogue].sort((a, b) => a.order - b.order)) {
    if (household.hiddenItems.includes(item.id)) hidden.push(item);
    const need = computeNeed(item, household);
    const stock = sumBatches(byItem.get(item.id) ?? [], today);
    if (need === 0 && stock.have + stock.expired === 0) continue;
    const perDay = applies(item, household) ? dailyRate(item, household) : 0;
    const fixedPart = need > 0 ? Math.max(0, need - perDay * household.days) : 0;
    lines.push(makeLine({ id: item.id, kind: 'catalogue', category: item.category, unit: item.unit, item, need, perDay, ...stock }, fixedPart));
  }
  for (const c of customItems) {
    const stock = sumBatches(byItem.get(c.id) ?? [], today);
    lines.push(makeLine({ id: c.id, kind: 'custom', category: c.category, unit: c.unit, custom: c, need: c.need, perDay: 0, ...stock }, 0));
  }
  const categories = CATEGORIES.map((category) => {
    const ls = lines.filter((l) => l.category === category);
    return { category, lines: ls, progress: mean(ls.filter((l) => l.need > 0).map((l) => l.progress)), daysCovered: minDays(ls) };
  }).filter((c) => c.lines.length > 0);
  const daily = lines.filter((l) => l.daysCovered !== null && l.need > 0);
  const limiting = daily.reduce<ListLine | null>((best, l) => (best === null || l.daysCovered! < best.daysCovered! ? l : best), null);
  return {
    days: household.days,
    lines,
    categories,
    progress: mean(lines.filter((l) => l.need > 0).map((l) => l.progress)),
    daysCovered: limiting?.daysCovered ?? null,
    limiting,
    hidden,
  };
}
