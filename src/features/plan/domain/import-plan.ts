/**
 * What an import will do, computed before anything is written: the preview the user confirms
 * and the exact writes the repository then performs in one transaction.
 *
 * merge (default): rows from the file are added, or replace the row with the same id; nothing
 *   is deleted.
 * replace: every user row not in the file is deleted, then the file's rows are written.
 * Either way, rows a content pack owns (and device-local settings) are skipped and left alone.
 */
import { USER_TABLES, isUserRow, rowKey, type OwnershipContext, type Row, type UserTable } from './user-rows';
import type { Backup } from './backup-format';

export type ImportMode = 'merge' | 'replace';

export interface TableChange {
  table: UserTable;
  /** Rows in the file for this table. */
  incoming: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Deleted (replace only). */
  removed: number;
  /** Left alone because a pack owns them or they are device settings. */
  skipped: number;
}

export interface TableWrites {
  table: UserTable;
  deleteKeys: string[];
  put: Row[];
}

export interface ImportPlan {
  mode: ImportMode;
  changes: TableChange[];
  writes: TableWrites[];
  totals: Omit<TableChange, 'table'>;
}

/** Structural equality for JSON-like values with Dates (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Row)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Row)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Row)[k], (b as Row)[k]));
}

/**
 * @param current every row now in each user table (pack rows included: they decide what is
 *   protected), keyed by table.
 */
export function planImport(
  current: Partial<Record<UserTable, Row[]>>,
  backup: Backup,
  mode: ImportMode,
  ctx: OwnershipContext,
): ImportPlan {
  const changes: TableChange[] = [];
  const writes: TableWrites[] = [];
  for (const table of USER_TABLES) {
    const existing = new Map<string, Row>();
    const protectedKeys = new Set<string>();
    for (const row of current[table] ?? []) {
      const key = rowKey(table, row);
      if (key === null) continue;
      if (isUserRow(table, row, ctx)) existing.set(key, row);
      else protectedKeys.add(key);
    }
    const incoming = backup.tables[table] ?? [];
    const change: TableChange = { table, incoming: incoming.length, added: 0, updated: 0, unchanged: 0, removed: 0, skipped: 0 };
    const put: Row[] = [];
    const keep = new Set<string>();
    for (const row of incoming) {
      const key = rowKey(table, row)!;
      if (protectedKeys.has(key) || !isUserRow(table, row, ctx)) {
        change.skipped++;
        continue;
      }
      keep.add(key);
      const before = existing.get(key);
      if (!before) change.added++;
      else if (sameValue(before, row)) change.unchanged++;
      else change.updated++;
      if (!before || !sameValue(before, row)) put.push(row);
    }
    const deleteKeys = mode === 'replace' ? [...existing.keys()].filter((k) => !keep.has(k)) : [];
    change.removed = deleteKeys.length;
    changes.push(change);
    if (put.length || deleteKeys.length) writes.push({ table, deleteKeys, put });
  }
  const totals = { incoming: 0, added: 0, updated: 0, unchanged: 0, removed: 0, skipped: 0 };
  for (const c of changes) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += c[k];
  return { mode, changes, writes, totals };
}

/** True when confirming would change nothing. */
export function isNoop(plan: ImportPlan): boolean {
  return plan.writes.length === 0;
}
