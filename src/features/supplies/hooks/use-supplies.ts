/**
 * React hooks over the supplies tables (live: they update when any tab writes).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db } from '../../../lib/db/db';
import { listCatalogue, loadHousehold } from '../db/supplies-repo';
import { copenhagenDate } from '../domain/dates';
import { expiringBatches, type ExpiryEntry } from '../domain/expiry';
import { buildSupplyList, type SupplyList } from '../domain/supply-list';
import type { Batch, CatalogueItem, CustomItem, Household } from '../domain/types';

/** undefined while loading, null when the user has not set a household yet. */
export function useHousehold(): Household | null | undefined {
  return useLiveQuery(() => loadHousehold(), []);
}

export function useCatalogue(): CatalogueItem[] | undefined {
  return useLiveQuery(() => listCatalogue(), []);
}

export function useBatches(): Batch[] | undefined {
  return useLiveQuery(() => db.batches.toArray() as Promise<Batch[]>, []);
}

export function useCustomItems(): CustomItem[] | undefined {
  return useLiveQuery(() => db.customItems.orderBy('id').toArray() as Promise<CustomItem[]>, []);
}

/** Today's date in Copenhagen; changes at local midnight (checked each minute and on focus). */
export function useToday(): string {
  const [today, setToday] = useState(() => copenhagenDate());
  useEffect(() => {
    const check = () => setToday(copenhagenDate());
    const timer = window.setInterval(check, 60_000);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return today;
}

export interface SuppliesState {
  household: Household | null;
  catalogue: CatalogueItem[];
  batches: Batch[];
  customItems: CustomItem[];
  today: string;
  /** null until a household is set. */
  list: SupplyList | null;
}

/** Everything the page needs, or undefined while any part is loading. */
export function useSupplies(): SuppliesState | undefined {
  const household = useHousehold();
  const catalogue = useCatalogue();
  const batches = useBatches();
  const customItems = useCustomItems();
  const today = useToday();
  return useMemo(() => {
    if (household === undefined || !catalogue || !batches || !customItems) return undefined;
    const list = household ? buildSupplyList(catalogue, customItems, batches, household, today) : null;
    return { household, catalogue, batches, customItems, today, list };
  }, [household, catalogue, batches, customItems, today]);
}

/** Batches that have expired or expire within 30 days (for the start page). */
export function useExpiring(): { entries: ExpiryEntry[]; catalogue: CatalogueItem[]; customItems: CustomItem[] } | undefined {
  const batches = useBatches();
  const catalogue = useCatalogue();
  const customItems = useCustomItems();
  const today = useToday();
  return useMemo(() => {
    if (!batches || !catalogue || !customItems) return undefined;
    return { entries: expiringBatches(batches, today), catalogue, customItems };
  }, [batches, catalogue, customItems, today]);
}
