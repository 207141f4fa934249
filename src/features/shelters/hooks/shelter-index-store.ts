/**
 * One spatial index per page life, shared by the list and the map: built from the points of every
 * shelter source in IndexedDB (see readShelterPoints), rebuilt when the data's stamp changes (a pack update, an import, a removal).
 * When it is ready, a `beredt:shelter-index-ready` performance mark records the time since
 * the app started (read by the bench).
 */
import { readShelterPoints, savePointSegments, type IndexedShelter } from '../db/shelters-repo';
import { buildShelterIndex, type ShelterIndex } from '../domain/spatial-index';

export interface IndexState {
  status: 'loading' | 'ready' | 'error';
  index?: ShelterIndex<IndexedShelter>;
  stamp?: string;
  error?: string;
}

let state: IndexState = { status: 'loading' };
let building: Promise<void> | null = null;
let wanted: string | undefined;
const listeners = new Set<() => void>();

function set(next: IndexState): void {
  state = next;
  for (const l of listeners) l();
}

/** A performance mark, once per page life (the first index), for the bench's breakdown. */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && performance.mark && performance.getEntriesByName(name).length === 0) performance.mark(name);
}

/**
 * Runs `fn` after the current task (the render the ready state triggers goes first). Not
 * requestIdleCallback: a busy or quickly left page may never be idle, and the save would be lost.
 */
function soon(fn: () => void): void {
  setTimeout(fn, 0);
}

export function subscribeIndex(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export const getIndexState = (): IndexState => state;

/** The data could not even be looked at (no IndexedDB, a failed open): say so instead of waiting. */
export function failIndex(err: unknown): void {
  if (state.status === 'loading' && !building) set({ status: 'error', error: err instanceof Error ? err.message : String(err) });
}

/** Makes sure the index matches `stamp` (from shelterDataStamp); builds at most one at a time. */
export function ensureIndex(stamp: string): void {
  wanted = stamp;
  if (state.stamp === stamp || building) return;
  building = (async () => {
    try {
      mark('beredt:shelter-index-read');
      // One small record per source (written by the import, or by the last start for the pack);
      // only a source without one has its rows read.
      const { points, unsaved } = await readShelterPoints();
      mark('beredt:shelter-index-build');
      const index = buildShelterIndex(points);
      if (state.status !== 'ready') mark('beredt:shelter-index-ready');
      set({ status: 'ready', index, stamp });
      // Missing records are for the next start: saved right after "ready", off the critical path.
      if (unsaved.length) soon(() => savePointSegments(unsaved).catch((err: unknown) => console.warn('Beredt: shelter index points not saved', err)));
    } catch (err) {
      set({ status: 'error', error: err instanceof Error ? err.message : String(err), stamp });
    } finally {
      building = null;
      if (wanted !== state.stamp && wanted !== undefined) ensureIndex(wanted);
    }
  })();
}
