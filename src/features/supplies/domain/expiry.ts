/**
 * Expiry of stock batches, judged on Copenhagen calendar dates. A batch is good through its
 * best-before date and expired from the next day; "soon" means within the next 30 days.
 */
import { addDays, daysBetween } from './dates';
import type { Batch } from './types';

export const SOON_DAYS = 30;

export type ExpiryStatus = 'expired' | 'soon' | 'ok' | 'none';

/** Status of a best-before date on `today` (both YYYY-MM-DD). */
export function expiryStatus(bestBefore: string | undefined, today: string, soonDays = SOON_DAYS): ExpiryStatus {
  if (!bestBefore) return 'none';
  if (bestBefore < today) return 'expired';
  if (bestBefore <= addDays(today, soonDays)) return 'soon';
  return 'ok';
}

export function isExpired(batch: Pick<Batch, 'bestBefore'>, today: string): boolean {
  return expiryStatus(batch.bestBefore, today) === 'expired';
}

export interface ExpiryEntry {
  batch: Batch;
  status: 'expired' | 'soon';
  /** Days until the best-before date (negative once expired; 0 = last good day is today). */
  daysLeft: number;
}

/** Batches that have expired or expire within 30 days, soonest first. */
export function expiringBatches(batches: readonly Batch[], today: string, soonDays = SOON_DAYS): ExpiryEntry[] {
  const out: ExpiryEntry[] = [];
  for (const batch of batches) {
    const status = expiryStatus(batch.bestBefore, today, soonDays);
    if (status === 'expired' || status === 'soon') {
      out.push({ batch, status, daysLeft: daysBetween(today, batch.bestBefore!) });
    }
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.batch.itemId.localeCompare(b.batch.itemId));
}
