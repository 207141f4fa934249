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
    // The index's points for this source, saved with the ready mark (one transaction), so the
    // next start does not have to read every row.
    const segment = toSegment(IMPORT_VERSION, input.shelters.map((s) => ({ id: `${id}:${s.sourceRecordId}`, lon: s.lon, lat: s.lat })));
    await db.transaction('rw', [db.shelterSources, db.shelterPoints], async () => {
      await db.shelterPoints.put({ key: segmentKey(id), value: segment });
      await db.shelterSources.update(id, { status: 'ready' });
    });
  } catch (err) {
    await removeShelterSource(id).catch(() => {});
    throw err;
  }
  return id;
}

/** Removes an imported source and all its rows. The shipped pack cannot be removed here. */
export async function removeShelterSource(id: string): Promise<void> {
  if (id === SHELTER_PACK_ID) throw new Error('The shipped shelter data cannot be removed');
  await db.transaction('rw', [db.shelters, db.shelterSources, db.shelterPoints], async () => {
    await db.shelters.where('sourceId').equals(id).delete();
    await db.shelterSources.delete(id);
    await db.shelterPoints.delete(segmentKey(id));
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

/**
 * What the index needs of one source, stored beside its rows: ids and a Float64Array of
 * lon, lat, lon, lat, … in the order of `ids`. An import writes it together with marking itself
 * ready, so the first start after an import reads one small record per source instead of every
 * full row; the pack's is keyed by the pack version and written the first time it is missing.
 */
interface PointsSegment {
  version: string;
  ids: string[];
  coords: Float64Array;
}

const segmentKey = (sourceId: string): string => `shelters.points:${sourceId}`;
/** Imported data never changes under its id (a new import is a new source). */
const IMPORT_VERSION = 'import';

function toSegment(version: string, items: readonly IndexedShelter[]): PointsSegment {
  const coords = new Float64Array(items.length * 2);
  const ids = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const s = items[i]!;
    ids[i] = s.id;
    coords[2 * i] = s.lon;
    coords[2 * i + 1] = s.lat;
  }
  return { version, ids, coords };
}

function validSegment(value: unknown, version: string): PointsSegment | null {
  const seg = value as PointsSegment | undefined;
  if (!seg || seg.version !== version || !Array.isArray(seg.ids) || Object.prototype.toString.call(seg.coords) !== '[object Float64Array]') return null;
  return seg.coords.length === seg.ids.length * 2 ? seg : null;
}

/** Where the index's points came from, and the segments still to be saved for the next start. */
export interface ShelterPoints {
  points: IndexedShelter[];
  /** Sources whose segment was missing (read from their rows): save with `savePointSegments`. */
  unsaved: { key: string; value: PointsSegment }[];
}

/**
 * The points of the pack and of every finished import (what the index needs: id, lon, lat),
 * from each source's segment, or from its rows where the segment is missing or out of date.
 */
export async function readShelterPoints(): Promise<ShelterPoints> {
  // One round trip: the records are read beside the sources, not after them.
  const [pack, sources, records] = await Promise.all([
    db.packs.get(SHELTER_PACK_ID),
    db.shelterSources.toArray() as Promise<ShelterSourceRow[]>,
    db.shelterPoints.toArray() as Promise<{ key: string; value: unknown }[]>,
  ]);
  const wanted = [
    { sourceId: SHELTER_PACK_ID, version: `pack:${pack?.version ?? ''}` },
    ...sources.filter((s) => s.status === 'ready' && s.id !== SHELTER_PACK_ID).map((s) => ({ sourceId: s.id, version: IMPORT_VERSION })),
  ];
  const stored = new Map(records.map((r) => [r.key, r.value]));
  const unsaved: ShelterPoints['unsaved'] = [];
  const segments = await Promise.all(
    wanted.map(async (w) => {
      const seg = validSegment(stored.get(segmentKey(w.sourceId)), w.version);
      if (seg) return seg;
      const rows = (await db.shelters.where('sourceId').equals(w.sourceId).toArray()) as ShelterRow[];
      const fresh = toSegment(w.version, rows);
      unsaved.push({ key: segmentKey(w.sourceId), value: fresh });
      return fresh;
    }),
  );
  const points: IndexedShelter[] = [];
  for (const { ids, coords } of segments) for (let i = 0; i < ids.length; i++) points.push({ id: ids[i]!, lon: coords[2 * i]!, lat: coords[2 * i + 1]! });
  return { points, unsaved };
}

/** Saves segments that `readShelterPoints` had to rebuild from rows (call it off the critical path). */
export async function savePointSegments(unsaved: ShelterPoints['unsaved']): Promise<void> {
  if (!unsaved.length) return;
  // A source removed since the read gets no record back (a stale pack version is harmless: it is
  // checked on reading).
  await db.transaction('rw', [db.shelterPoints, db.shelterSources], async () => {
    const live = new Set([SHELTER_PACK_ID, ...((await db.shelterSources.toArray()) as ShelterSourceRow[]).map((s) => s.id)].map(segmentKey));
    await db.shelterPoints.bulkPut(unsaved.filter((u) => live.has(u.key)));
  });
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
