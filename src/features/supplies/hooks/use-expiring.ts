/** What has expired or expires within 30 days, for the start page (small: no list building). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../../lib/db/db';
import { listCatalogue } from '../db/supplies-repo';
import { expiringBatches, type ExpiryEntry } from '../domain/expiry';
import type { Batch, CatalogueItem, CustomItem } from '../domain/types';
import { useToday } from './use-today';

export interface Expiring {
  entries: ExpiryEntry[];
  batchCount: number;
  names: Map<string, CatalogueItem | CustomItem>;
}

export function useExpiring(): Expiring | undefined {
  const batches = useLiveQuery(() => db.batches.toArray() as Promise<Batch[]>, []);
  const catalogue = useLiveQuery(() => listCatalogue(), []);
  const customItems = useLiveQuery(() => db.customItems.toArray() as Promise<CustomItem[]>, []);
  const today = useToday();
  return useMemo(() => {
    if (!batches || !catalogue || !customItems) return undefined;
    const names = new Map<string, CatalogueItem | CustomItem>([...catalogue, ...customItems].map((i) => [i.id, i]));
    return { entries: expiringBatches(batches, today), batchCount: batches.length, names };
  }, [batches, catalogue, customItems, today]);
}
