/**
 * Whether the app can store data, and why not. The shell shows a banner from this store; the
 * app never fails to open because of storage.
 *
 * Failures covered: no IndexedDB (some private modes, locked-down browsers), an open that fails,
 * an upgrade blocked by another tab on an older version, another tab upgrading the database
 * under us (versionchange), and a full disk (QuotaExceededError on a write).
 */
import { useSyncExternalStore } from 'react';
import { db } from './db';

export type DbProblem = 'missing' | 'blocked' | 'quota' | 'failed' | 'versionChange';

export interface DbStatus {
  state: 'opening' | 'ready' | 'unavailable';
  problem?: DbProblem;
  /** Technical reason (error name), shown in brackets for support. */
  reason?: string;
}

let status: DbStatus = { state: 'opening' };
const listeners = new Set<() => void>();

function set(next: DbStatus): void {
  status = next;
  for (const l of listeners) l();
}

export function getDbStatus(): DbStatus {
  return status;
}

export function useDbStatus(): DbStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
  );
}

/** Classifies an error from IndexedDB/Dexie into a problem the user can understand. */
export function classifyDbError(err: unknown): DbProblem {
  const e = err as { name?: string; inner?: { name?: string } } | null;
  const names = [e?.name, e?.inner?.name];
  if (names.includes('MissingAPIError')) return 'missing';
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('VersionError') || names.includes('BlockedError')) return 'blocked';
  return 'failed';
}

/** Opens the database; resolves true when it is usable. Never throws. */
export async function openDatabase(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    set({ state: 'unavailable', problem: 'missing', reason: 'IndexedDB' });
    return false;
  }
  db.on('blocked', () => set({ state: 'unavailable', problem: 'blocked', reason: 'blocked' }));
  db.on('versionchange', () => {
    // Another tab is upgrading the schema: step aside so it can, and ask the user to reload.
    db.close();
    set({ state: 'unavailable', problem: 'versionChange', reason: 'versionchange' });
    return false;
  });
  try {
    await db.open();
    set({ state: 'ready' });
    return true;
  } catch (err) {
    const problem = classifyDbError(err);
    set({ state: 'unavailable', problem, reason: (err as Error)?.name ?? String(err) });
    return false;
  }
}

/**
 * Reports a failed write. Features call this from their repositories' catch blocks (and the
 * global unhandledrejection handler does for the rest) so a full disk is never silent.
 */
export function reportStorageError(err: unknown): void {
  const problem = classifyDbError(err);
  if (problem === 'quota') set({ state: status.state === 'ready' ? 'ready' : status.state, problem, reason: 'QuotaExceededError' });
  else if (status.state !== 'ready') set({ ...status, reason: (err as Error)?.name });
}

/** Clears a transient problem (quota) after the user dismissed it or a later write succeeded. */
export function clearStorageProblem(): void {
  if (status.state === 'ready' && status.problem) set({ state: 'ready' });
}
