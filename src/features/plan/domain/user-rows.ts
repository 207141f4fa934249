/**
 * Which rows are the user's own. A backup holds only these; content packs (guidance, catalogue,
 * places, pack shelters and scenarios) are reloaded by the app and are never exported,
 * overwritten or deleted by an import. Other features' rows are opaque records: only their
 * primary key (and `sourceId`/`kind` where packs share the table) is looked at.
 */

/** Tables a backup may hold, in the order they are written. */
export const USER_TABLES = [
  'household',
  'customItems',
  'batches',
  'plan',
  'schools',
  'scenarios',
  'drills',
  'drillEvents',
  'shelterSources',
  'shelters',
  'settings',
] as const;

export type UserTable = (typeof USER_TABLES)[number];

/** The primary key field of each table (from src/lib/db/schema.ts). */
export const PRIMARY_KEY: Record<UserTable, 'id' | 'key'> = {
  household: 'id',
  customItems: 'id',
  batches: 'id',
  plan: 'id',
  schools: 'id',
  scenarios: 'id',
  drills: 'id',
  drillEvents: 'id',
  shelterSources: 'id',
  shelters: 'id',
  settings: 'key',
};

/** The sourceId of custom drill scenarios (see the drills repo). */
export const USER_SCENARIO_SOURCE = 'user';

/** Pack ids known at build time; the repo adds the ids in the `packs` table. */
export const KNOWN_PACK_IDS = ['guidance', 'supplies', 'catalogue', 'drills', 'shelters', 'places'] as const;

/** Settings that describe this device, not the user's data: never exported, never imported. */
export const LOCAL_SETTING_KEYS: readonly string[] = ['plan.backupState', 'plan.autoBackup'];

export type Row = Record<string, unknown>;

export interface OwnershipContext {
  /** Ids of every content pack (packs table, shipped ids, pack-kind shelter sources). */
  packIds: ReadonlySet<string>;
}

/** Is this row the user's own data (true), or content that a pack owns (false)? */
export function isUserRow(table: UserTable, row: Row, ctx: OwnershipContext): boolean {
  switch (table) {
    case 'scenarios':
      return row.sourceId === USER_SCENARIO_SOURCE;
    case 'shelterSources':
      return typeof row.id === 'string' && !ctx.packIds.has(row.id) && row.kind !== 'pack';
    case 'shelters':
      return typeof row.sourceId === 'string' && row.sourceId !== '' && !ctx.packIds.has(row.sourceId);
    case 'settings':
      return typeof row.key === 'string' && !LOCAL_SETTING_KEYS.includes(row.key);
    default:
      return true;
  }
}

/** The primary key of a row, or null if it has no usable one. */
export function rowKey(table: UserTable, row: Row): string | null {
  const k = row[PRIMARY_KEY[table]];
  return typeof k === 'string' && k.length > 0 ? k : null;
}
