/**
 * Loads content and data packs into IndexedDB.
 *
 * The packs travel in the service worker's precache (public/packs/, see vite.config.ts); this
 * module is how they become data: on every start it reads /packs/index.json and, for each pack
 * whose version differs from the one recorded in the `packs` table, fetches the pack and
 * replaces that pack's rows in ONE transaction. Until the transaction commits, the old rows stay,
 * so a failure (bad file, full disk, closed tab) leaves the previous content intact.
 */
import { useSyncExternalStore } from 'react';
import { db, type PackRow } from '../db/db';
import type { Pack, PackIndex, PackMeta } from './pack-types';

export interface PacksState {
  state: 'idle' | 'loading' | 'ready' | 'error';
  error?: string;
  /** Pack ids (re)loaded in this run. */
  updated: string[];
}

let packsState: PacksState = { state: 'idle', updated: [] };
const listeners = new Set<() => void>();
function set(next: PacksState): void {
  packsState = next;
  for (const l of listeners) l();
}

export function usePacksState(): PacksState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => packsState,
  );
}

function isPackIndex(value: unknown): value is PackIndex {
  const v = value as PackIndex | null;
  return !!v && v.format === 1 && Array.isArray(v.packs);
}

function isPack(value: unknown, meta: PackMeta): value is Pack {
  const v = value as Pack | null;
  return !!v && v.format === 1 && v.meta?.id === meta.id && v.meta.version === meta.version && Array.isArray(v.records);
}

/**
 * Rows written per request. Structured-cloning a whole pack in one bulkPut is one long task on
 * the main thread (it cost ~300 ms of Lighthouse's Total Blocking Time on a first visit); in
 * chunks, each chunk runs in its own task while the transaction stays open. A chunk holds at
 * most CHUNK rows and about CHUNK_BYTES of JSON, so packs of large rows (guidance articles of
 * ~5 KB each) are cut finer than packs of small ones (shelters of ~130 bytes).
 */
const CHUNK = 50;
const CHUNK_BYTES = 16 * 1024;

/** Rows per request for a pack of `count` rows that took `bytes` of JSON. */
export function rowsPerChunk(count: number, bytes: number): number {
  if (count <= 0 || bytes <= 0) return CHUNK;
  return Math.max(1, Math.min(CHUNK, Math.floor(CHUNK_BYTES / (bytes / count))));
}

/** Writes one pack: replaces the rows it owns in its target table, records its version. */
export async function writePack(pack: Pack, bytes = 0): Promise<void> {
  const { meta } = pack;
  const table = db.table(meta.target);
  const row: PackRow = { ...meta, loadedAt: new Date().toISOString() };
  const size = rowsPerChunk(pack.records.length, bytes);
  await db.transaction('rw', [table, db.packs], async () => {
    await table.where('sourceId').equals(meta.id).delete();
    for (let i = 0; i < pack.records.length; i += size) {
      const chunk = pack.records.slice(i, i + size);
      await table.bulkPut(chunk.map((r) => ({ ...(r as object), sourceId: meta.id })));
    }
    await db.packs.put(row);
  });
}

/**
 * Brings IndexedDB up to date with the shipped packs. Resolves with the ids it loaded; never
 * throws (the error is in the state for the UI).
 */
export async function loadPacks(fetchImpl: typeof fetch = fetch, base = '/packs/'): Promise<string[]> {
  set({ state: 'loading', updated: [] });
  const updated: string[] = [];
  try {
    const res = await fetchImpl(`${base}index.json`, { cache: 'no-cache' });
    if (!res.ok) throw new Error(`index.json: HTTP ${res.status}`);
    const index: unknown = await res.json();
    if (!isPackIndex(index)) throw new Error('index.json: unknown format');
    for (const meta of index.packs) {
      const stored = await db.packs.get(meta.id);
      if (stored?.version === meta.version) continue;
      const packRes = await fetchImpl(`${base}${meta.file}`);
      if (!packRes.ok) throw new Error(`${meta.file}: HTTP ${packRes.status}`);
      const text = await packRes.text();
      const pack: unknown = JSON.parse(text);
      if (!isPack(pack, meta)) throw new Error(`${meta.file}: does not match index.json`);
      await writePack(pack, text.length);
      updated.push(meta.id);
    }
    set({ state: 'ready', updated });
  } catch (err) {
    set({ state: 'error', error: err instanceof Error ? err.message : String(err), updated });
  }
  return updated;
}
