/**
 * Writes and reads of the shelter tables. Pack rows (`sourceId === 'shelters'`) belong to the
 * pack loader and are never written or deleted here; user imports are named sources with their
 * own `sourceId` (`import-…`), written in chunks so a 100k-point file never freezes the page.
 */
import { db } from '../../../lib/db/db';
import type { ShelterCandidate, ShelterRow, ShelterSourceRow } from '../domain/types';

export const SHELTER_PACK_ID = 'shelters';
export const IMPORT_CHUNK = 2_000;

export interface ImportProgress {
  written: number;
  total: number;
}

function newSourceId(): string {
  const rnd = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
  return `import-${rnd}`;
}

/** Yields to the event loop so the page can paint progress between chunks. */
const yieldToPage = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/**
 * Adds `shelters` as a new named source. Rows are written in chunks (each its own transaction)
 * with `onProgress` after each; the source is marked 'ready' only at the end. On failure the
 * partial rows are removed again and the error is rethrown: nothing else is touched.
 */
export async function importShelterSource(
  input: { name: string; fileName: string; shelters: readonly ShelterCandidate[] },
  onProgress?: (p: ImportProgress) => void,
  chunk = IMPORT_CHUNK,
): Promise<string> {
  const name = input.name.trim();
  if (!name) throw new Error('A source needs a name');
  const id = newSourceId();
  const total = input.shelters.length;
  const source: ShelterSourceRow = {
    id,
    kind: 'import',
    name,
    fileName: input.fileName,
    count: total,
    capacity: input.shelters.reduce((s, x) => s + x.capacity, 0),
    importedAt: new Date().toISOString(),
    status: 'importing',
  };
  await db.shelterSources.put(source);
  try {
    for (let i = 0; i < total; i += chunk) {
      const rows: ShelterRow[] = input.shelters.slice(i, i + chunk).map((s) => ({ ...s, id: `${id}:${s.sourceRecordId}`, sourceId: id }));
      await db.shelters.bulkPut(rows);
      onProgress?.({ written: Math.min(total, i + chunk), total });
      await yieldToPage();
    }
    await db.shelterSources.update(id, { status: 'ready' });
  } catch (err) {
    await removeShelterSource(id).catch(() => {});
    throw err;
  }
  return id;
}

/** Removes an imported source and all its rows. The shipped pack cannot be removed here. */
export async function removeShelterSource(id: string): Promise<void> {
  if (id === SHELTER_PACK_ID) throw new Error('The shipped shelter data cannot be removed');
  await db.transaction('rw', [db.shelters, db.shelterSources], async () => {
    await db.shelters.where('sourceId').equals(id).delete();
    await db.shelterSources.delete(id);
  });
}

/** Removes what an interrupted import (closed tab, crash) left behind. Run at start. */
export async function cleanUpInterruptedImports(): Promise<number> {
  const stale = (await db.shelterSources.toArray()).filter((s: ShelterSourceRow) => s.status !== 'ready');
  for (const s of stale) await removeShelterSource(s.id);
  return stale.length;
}

export async function listShelterSources(): Promise<ShelterSourceRow[]> {
  const rows: ShelterSourceRow[] = await db.shelterSources.toArray();
  return rows.filter((s) => s.status === 'ready').sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/** Every shelter row of the pack and of finished imports (rows of an unfinished import are left out). */
export async function readAllShelters(): Promise<ShelterRow[]> {
  const [rows, sources] = await Promise.all([db.shelters.toArray() as Promise<ShelterRow[]>, db.shelterSources.toArray() as Promise<ShelterSourceRow[]>]);
  const pending = new Set(sources.filter((s) => s.status !== 'ready').map((s) => s.id));
  return pending.size ? rows.filter((r) => !pending.has(r.sourceId)) : rows;
}

/**
 * A cheap fingerprint of the shelter data, to know when to rebuild the index. It reads only the
 * packs and sources tables (not the rows), so the chunks of a running import do not trigger
 * rebuilds: the index changes once, when the import is marked ready.
 */
export async function shelterDataStamp(): Promise<string> {
  const [pack, sources] = await Promise.all([db.packs.get(SHELTER_PACK_ID), db.shelterSources.toArray()]);
  const ready = (sources as ShelterSourceRow[]).filter((s) => s.status === 'ready').map((s) => s.id).sort();
  return `${pack?.version ?? ''}|${ready.join(',')}`;
}

/** A shelter as the index holds it: enough to find and place it; details come by id. */
export interface IndexedShelter {
  id: string;
  lon: number;
  lat: number;
}

const INDEX_CACHE_KEY = 'shelters.indexCache';

interface IndexCache {
  stamp: string;
  ids: string[];
  /** lon, lat, lon, lat, … in the order of `ids`. */
  coords: Float64Array;
}

/**
 * The points of the last index, saved as one record, so a later start reads one row instead of
 * every shelter. Valid only for the same data stamp.
 */
export async function readIndexCache(stamp: string): Promise<IndexedShelter[] | null> {
  const row = await db.settings.get(INDEX_CACHE_KEY);
  const cache = row?.value as IndexCache | undefined;
  if (!cache || cache.stamp !== stamp || Object.prototype.toString.call(cache.coords) !== '[object Float64Array]' || cache.coords.length !== cache.ids.length * 2) return null;
  const { ids, coords } = cache;
  return ids.map((id, i) => ({ id, lon: coords[2 * i]!, lat: coords[2 * i + 1]! }));
}

export async function writeIndexCache(stamp: string, items: readonly IndexedShelter[]): Promise<void> {
  const coords = new Float64Array(items.length * 2);
  items.forEach((s, i) => {
    coords[2 * i] = s.lon;
    coords[2 * i + 1] = s.lat;
  });
  const value: IndexCache = { stamp, ids: items.map((s) => s.id), coords };
  await db.settings.put({ key: INDEX_CACHE_KEY, value });
}

/** Full rows for the given ids, in that order (missing ones left out). */
export async function getShelters(ids: readonly string[]): Promise<ShelterRow[]> {
  const rows = (await db.shelters.bulkGet([...ids])) as (ShelterRow | undefined)[];
  return rows.filter((r): r is ShelterRow => !!r);
}

const LAST_PLACE_KEY = 'shelters.lastPlace';

/** The last place chosen in the search (never a device position, which is not stored). */
export async function saveLastPlace(place: { lon: number; lat: number; label: string }): Promise<void> {
  await db.settings.put({ key: LAST_PLACE_KEY, value: { lon: place.lon, lat: place.lat, label: place.label } });
}

export async function readLastPlace(): Promise<{ lon: number; lat: number; label: string } | null> {
  const v = (await db.settings.get(LAST_PLACE_KEY))?.value as { lon?: unknown; lat?: unknown; label?: unknown } | undefined;
  return v && typeof v.lon === 'number' && typeof v.lat === 'number' && typeof v.label === 'string' ? { lon: v.lon, lat: v.lat, label: v.label } : null;
}
