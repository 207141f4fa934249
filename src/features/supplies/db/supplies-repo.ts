/**
 * Writes and transactions on the supplies tables: household, batches, customItems (and reads of
 * the catalogue the supplies pack loads). Every change returns an UndoRecord; `undo()` puts the
 * previous rows back in one transaction, so edit and delete can be undone.
 */
import { db } from '../../../lib/db/db';
import { isIsoDate } from '../domain/dates';
import { defaultHousehold, restoreHousehold, type HouseholdValues } from '../domain/household';
import type { BatchValues, CustomItemValues } from '../domain/stock';
import type { Batch, CatalogueItem, CustomItem, Household } from '../domain/types';

export const SUPPLIES_PACK_ID = 'supplies';
const HOUSEHOLD_ID = 'household';

type UndoTable = 'household' | 'batches' | 'customItems';

/** How to reverse a change: rows to put back and ids to delete, applied in one transaction. */
export interface UndoRecord {
  puts: { table: UndoTable; rows: unknown[] }[];
  deletes: { table: UndoTable; ids: string[] }[];
}

const emptyUndo = (): UndoRecord => ({ puts: [], deletes: [] });

export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const nowIso = () => new Date().toISOString();

/** 'quota' when storage is full, else 'unknown'; the page turns it into a message. */
export function storageErrorCode(err: unknown): 'quota' | 'unknown' {
  const name = (err as { name?: string; inner?: { name?: string } })?.name ?? '';
  const inner = (err as { inner?: { name?: string } })?.inner?.name ?? '';
  return /Quota/i.test(name) || /Quota/i.test(inner) ? 'quota' : 'unknown';
}

function assertBatch(v: BatchValues): void {
  if (!Number.isFinite(v.quantity) || v.quantity <= 0) throw new RangeError('quantity must be a positive number');
  if (v.bestBefore !== undefined && !isIsoDate(v.bestBefore)) throw new RangeError('bestBefore must be YYYY-MM-DD');
}

export async function listCatalogue(): Promise<CatalogueItem[]> {
  const rows: CatalogueItem[] = await db.catalogue.where('sourceId').equals(SUPPLIES_PACK_ID).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

/** The sources of the supplies pack as loaded (title, url, licence) and the date checked. */
export async function loadPackSources(): Promise<{ date: string; sources: { title: string; url?: string }[] } | null> {
  const row = await db.packs.get(SUPPLIES_PACK_ID);
  return row ? { date: row.date, sources: row.sources } : null;
}

/** The stored household, repaired; null if the user has not set one yet. */
export async function loadHousehold(): Promise<Household | null> {
  const raw = await db.household.get(HOUSEHOLD_ID);
  return raw ? restoreHousehold(raw) : null;
}

async function putHousehold(next: Household): Promise<UndoRecord> {
  return db.transaction('rw', db.household, async () => {
    const prev = await db.household.get(HOUSEHOLD_ID);
    await db.household.put(next);
    return prev
      ? { puts: [{ table: 'household' as const, rows: [prev] }], deletes: [] }
      : { puts: [], deletes: [{ table: 'household' as const, ids: [HOUSEHOLD_ID] }] };
  });
}

/** Saves validated household values, keeping the user's hidden items. */
export async function saveHousehold(values: HouseholdValues): Promise<UndoRecord> {
  const current = (await loadHousehold()) ?? defaultHousehold();
  return putHousehold(restoreHousehold({ ...current, ...values, updatedAt: nowIso() }));
}

/** Hides a catalogue item that does not apply to this household, or shows it again. */
export async function setItemHidden(itemId: string, hidden: boolean): Promise<UndoRecord> {
  const current = (await loadHousehold()) ?? defaultHousehold();
  const set = new Set(current.hiddenItems);
  if (hidden) set.add(itemId);
  else set.delete(itemId);
  return putHousehold({ ...current, hiddenItems: [...set], updatedAt: nowIso() });
}

export async function addBatch(itemId: string, values: BatchValues): Promise<{ batch: Batch; undo: UndoRecord }> {
  assertBatch(values);
  const t = nowIso();
  const batch: Batch = { id: newId('batch'), itemId, ...values, createdAt: t, updatedAt: t };
  await db.batches.add(batch);
  return { batch, undo: { puts: [], deletes: [{ table: 'batches', ids: [batch.id] }] } };
}

export async function updateBatch(id: string, values: BatchValues): Promise<UndoRecord> {
  assertBatch(values);
  return db.transaction('rw', db.batches, async () => {
    const prev: Batch | undefined = await db.batches.get(id);
    if (!prev) throw new Error(`no batch ${id}`);
    const { bestBefore: _b, note: _n, ...keep } = prev;
    await db.batches.put({ ...keep, ...values, updatedAt: nowIso() });
    return { puts: [{ table: 'batches' as const, rows: [prev] }], deletes: [] };
  });
}

export async function deleteBatch(id: string): Promise<UndoRecord> {
  return db.transaction('rw', db.batches, async () => {
    const prev = await db.batches.get(id);
    if (!prev) return emptyUndo();
    await db.batches.delete(id);
    return { puts: [{ table: 'batches' as const, rows: [prev] }], deletes: [] };
  });
}

export async function addCustomItem(values: CustomItemValues): Promise<{ item: CustomItem; undo: UndoRecord }> {
  if (values.name.trim() === '' || !(values.need > 0)) throw new RangeError('a custom item needs a name and a positive need');
  const t = nowIso();
  const item: CustomItem = { id: newId('custom'), ...values, createdAt: t, updatedAt: t };
  await db.customItems.add(item);
  return { item, undo: { puts: [], deletes: [{ table: 'customItems', ids: [item.id] }] } };
}

export async function updateCustomItem(id: string, values: CustomItemValues): Promise<UndoRecord> {
  if (values.name.trim() === '' || !(values.need > 0)) throw new RangeError('a custom item needs a name and a positive need');
  return db.transaction('rw', db.customItems, async () => {
    const prev: CustomItem | undefined = await db.customItems.get(id);
    if (!prev) throw new Error(`no custom item ${id}`);
    await db.customItems.put({ ...prev, ...values, updatedAt: nowIso() });
    return { puts: [{ table: 'customItems' as const, rows: [prev] }], deletes: [] };
  });
}

/** Deletes a custom item and its batches together; undo brings both back. */
export async function deleteCustomItem(id: string): Promise<UndoRecord> {
  return db.transaction('rw', db.customItems, db.batches, async () => {
    const prev = await db.customItems.get(id);
    const batches = await db.batches.where('itemId').equals(id).toArray();
    await db.batches.bulkDelete(batches.map((b: Batch) => b.id));
    await db.customItems.delete(id);
    const puts: UndoRecord['puts'] = [];
    if (prev) puts.push({ table: 'customItems', rows: [prev] });
    if (batches.length) puts.push({ table: 'batches', rows: batches });
    return { puts, deletes: [] };
  });
}

/** Reverses a change in one transaction. */
export async function undo(record: UndoRecord): Promise<void> {
  await db.transaction('rw', db.household, db.batches, db.customItems, async () => {
    for (const d of record.deletes) await db.table(d.table).bulkDelete(d.ids);
    for (const p of record.puts) await db.table(p.table).bulkPut(p.rows);
  });
}
