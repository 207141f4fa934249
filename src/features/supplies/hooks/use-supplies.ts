/**
 * React hooks over the supplies tables (live: they update when any tab writes).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../../lib/db/db';
import { listCatalogue, loadHousehold, loadPackSources } from '../db/supplies-repo';
import { buildSupplyList, type SupplyList } from '../domain/supply-list';
import type { Batch, CatalogueItem, CustomItem, Household } from '../domain/types';
import { useToday } from './use-today';

/** undefined while loading, null when the user has not set a household yet. */
export function useHousehold(): Household | null | undefined {
  return useLiveQuery(() => loadHousehold(), []);
}

export function usePackSources() {
  return useLiveQuery(() => loadPackSources(), []);
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
