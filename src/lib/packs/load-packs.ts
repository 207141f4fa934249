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
 * chunks, each chunk runs in its own task while the transaction stays open.
 */
const CHUNK = 50;

/** Writes one pack: replaces the rows it owns in its target table, records its version. */
export async function writePack(pack: Pack): Promise<void> {
  const { meta } = pack;
  const table = db.table(meta.target);
  const row: PackRow = { ...meta, loadedAt: new Date().toISOString() };
  await db.transaction('rw', [table, db.packs], async () => {
    await table.where('sourceId').equals(meta.id).delete();
    for (let i = 0; i < pack.records.length; i += CHUNK) {
      const chunk = pack.records.slice(i, i + CHUNK);
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
      const pack: unknown = await packRes.json();
      if (!isPack(pack, meta)) throw new Error(`${meta.file}: does not match index.json`);
      await writePack(pack);
      updated.push(meta.id);
    }
    set({ state: 'ready', updated });
  } catch (err) {
    set({ state: 'error', error: err instanceof Error ? err.message : String(err), updated });
  }
  return updated;
}
