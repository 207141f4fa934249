/**
 * The backup reminder's reads and writes. Kept apart from backup-repo so the start-page widget
 * does not pull the backup parser (zod) into the first load.
 */
import { db as appDb, type BeredtDB } from '../../../lib/db/db';
import { afterBackup, fingerprintOf, restoreBackupState, snooze, type BackupState } from '../domain/backup-reminder';
import { KNOWN_PACK_IDS, USER_TABLES, isUserRow, type OwnershipContext, type Row } from '../domain/user-rows';

export const BACKUP_STATE_KEY = 'plan.backupState';

type Db = BeredtDB;
export const tablesOf = (d: Db) => [...USER_TABLES.map((t) => d.table(t)), d.packs];

/** Pack ids: the packs table, the shipped ids, and pack-kind shelter sources. */
export async function ownership(d: Db): Promise<OwnershipContext> {
  const packIds = new Set<string>(KNOWN_PACK_IDS);
  for (const k of await d.packs.toCollection().primaryKeys()) packIds.add(String(k));
  const sources = (await d.shelterSources.toArray()) as Row[];
  for (const s of sources) if (s.kind === 'pack' && typeof s.id === 'string') packIds.add(s.id);
  return { packIds };
}

/** The fingerprint of the user data now, and whether there is any (for the reminder). */
export async function currentFingerprint(d: Db = appDb): Promise<{ fingerprint: string; hasData: boolean }> {
  return d.transaction('r', tablesOf(d), async () => {
    const ctx = await ownership(d);
    const small: Record<string, Row[]> = {};
    let rows = 0;
    for (const t of USER_TABLES) {
      if (t === 'shelters' || t === 'drillEvents') continue;
      small[t] = ((await d.table(t).toArray()) as Row[]).filter((r) => isUserRow(t, r, ctx));
      // Settings alone (language, storage flags) are not worth a reminder.
      if (t !== 'settings') rows += small[t].length;
    }
    // Same rule as isUserRow: a shelter whose sourceId is not a pack's.
    const shelters = await d.shelters.where('sourceId').noneOf([...ctx.packIds, '']).count();
    const drillEvents = await d.drillEvents.count();
    return { fingerprint: fingerprintOf(small, { shelters, drillEvents }), hasData: rows + shelters + drillEvents > 0 };
  });
}

export async function getBackupState(d: Db = appDb): Promise<BackupState> {
  return restoreBackupState((await d.settings.get(BACKUP_STATE_KEY))?.value);
}

/** Records that the user now holds a backup of data with this fingerprint. */
export async function recordBackup(fingerprint: string, now = new Date(), d: Db = appDb): Promise<void> {
  await d.transaction('rw', d.settings, async () => {
    const state = restoreBackupState((await d.settings.get(BACKUP_STATE_KEY))?.value);
    await d.settings.put({ key: BACKUP_STATE_KEY, value: afterBackup(state, now, fingerprint) });
  });
}

export async function snoozeReminder(now = new Date(), d: Db = appDb): Promise<void> {
  await d.transaction('rw', d.settings, async () => {
    const state = restoreBackupState((await d.settings.get(BACKUP_STATE_KEY))?.value);
    await d.settings.put({ key: BACKUP_STATE_KEY, value: snooze(state, now) });
  });
}

