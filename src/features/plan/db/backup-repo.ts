/**
 * Backup export and import over every user table, through Dexie.
 *
 * Export reads all user tables in one read transaction (a consistent snapshot). Import writes
 * in ONE read-write transaction over all user tables: the plan is recomputed inside it from
 * what is stored at that moment, and if any write fails, IndexedDB aborts the transaction and
 * the database is exactly as it was. A replace first stores the current data as an automatic
 * backup (in the same transaction), which the page also hands to the user as a file.
 */
import { db as appDb, type BeredtDB } from '../../../lib/db/db';
import { CURRENT_SCHEMA_VERSION } from '../../../lib/db/schema';
import { makeBackup, parseBackup, serializeBackup, type Backup, type BackupError, type BackupTables } from '../domain/backup-format';
import { fingerprintOf } from '../domain/backup-reminder';
import { ownership, tablesOf } from './reminder-repo';
import { planImport, type ImportMode, type ImportPlan } from '../domain/import-plan';
import { USER_TABLES, isUserRow, type OwnershipContext, type Row, type UserTable } from '../domain/user-rows';

export const AUTO_BACKUP_KEY = 'plan.autoBackup';
export { BACKUP_STATE_KEY, currentFingerprint, getBackupState, recordBackup, snoozeReminder } from './reminder-repo';
/** Rows per bulkPut call: keeps each request small on a cheap phone. */
const CHUNK = 2000;

type Db = BeredtDB;


/** Every row of every user table, pack rows included (call inside a transaction). */
async function readCurrent(d: Db): Promise<Record<UserTable, Row[]>> {
  const out = {} as Record<UserTable, Row[]>;
  for (const t of USER_TABLES) out[t] = (await d.table(t).toArray()) as Row[];
  return out;
}

function userRows(current: Record<UserTable, Row[]>, ctx: OwnershipContext): BackupTables {
  const out: BackupTables = {};
  for (const t of USER_TABLES) out[t] = current[t].filter((r) => isUserRow(t, r, ctx));
  return out;
}

function fingerprintOfTables(tables: BackupTables): string {
  const small: Record<string, Row[]> = {};
  for (const t of USER_TABLES) if (t !== 'shelters' && t !== 'drillEvents') small[t] = tables[t] ?? [];
  return fingerprintOf(small, { shelters: tables.shelters?.length ?? 0, drillEvents: tables.drillEvents?.length ?? 0 });
}

export interface ExportResult {
  backup: Backup;
  json: string;
  fingerprint: string;
  /** Rows in the backup. */
  count: number;
}

/** A backup of all user data, as an object and as the file's text. */
export async function exportBackup(now = new Date(), d: Db = appDb): Promise<ExportResult> {
  return d.transaction('r', tablesOf(d), async () => {
    const ctx = await ownership(d);
    const tables = userRows(await readCurrent(d), ctx);
    const backup = makeBackup(tables, now, CURRENT_SCHEMA_VERSION);
    const count = Object.values(tables).reduce((n, rows) => n + rows.length, 0);
    return { backup, json: serializeBackup(backup), fingerprint: fingerprintOfTables(tables), count };
  });
}

/** What importing this backup would change (reads only). */
export async function previewImport(backup: Backup, mode: ImportMode, d: Db = appDb): Promise<ImportPlan> {
  return d.transaction('r', tablesOf(d), async () => planImport(await readCurrent(d), backup, mode, await ownership(d)));
}

export interface ImportOutcome {
  plan: ImportPlan;
  /** Replace only: the backup file text of the data as it was just before. */
  autoBackup?: { json: string; fileDate: Date };
}

/**
 * Imports in one transaction. Any error rejects the promise and leaves every table unchanged.
 */
export async function applyImport(backup: Backup, mode: ImportMode, now = new Date(), d: Db = appDb): Promise<ImportOutcome> {
  return d.transaction('rw', tablesOf(d), async () => {
    const ctx = await ownership(d);
    const current = await readCurrent(d);
    const plan = planImport(current, backup, mode, ctx);
    let autoBackup: ImportOutcome['autoBackup'];
    if (mode === 'replace' && plan.writes.length) {
      const json = serializeBackup(makeBackup(userRows(current, ctx), now, CURRENT_SCHEMA_VERSION));
      await d.settings.put({ key: AUTO_BACKUP_KEY, value: { createdAt: now.toISOString(), json } });
      autoBackup = { json, fileDate: now };
    }
    for (const w of plan.writes) {
      const table = d.table(w.table);
      if (w.deleteKeys.length) await table.bulkDelete(w.deleteKeys);
      for (let i = 0; i < w.put.length; i += CHUNK) await table.bulkPut(w.put.slice(i, i + CHUNK));
    }
    return { plan, autoBackup };
  });
}

/** The automatic backup kept from the last replace, if any. */
export async function getAutoBackup(d: Db = appDb): Promise<{ createdAt: string; json: string } | null> {
  const v = (await d.settings.get(AUTO_BACKUP_KEY))?.value as { createdAt?: unknown; json?: unknown } | undefined;
  return v && typeof v.createdAt === 'string' && typeof v.json === 'string' ? { createdAt: v.createdAt, json: v.json } : null;
}

/** Parse and import in one step (no preview): an invalid file writes nothing. */
export async function importFromText(
  text: unknown,
  mode: ImportMode,
  now = new Date(),
  d: Db = appDb,
): Promise<{ ok: true; outcome: ImportOutcome } | { ok: false; error: BackupError }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, outcome: await applyImport(parsed.backup, mode, now, d) };
}
