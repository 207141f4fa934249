/**
 * The IndexedDB schema of Beredt, as a history of versions.
 *
 * Every version ever shipped stays in SCHEMA_HISTORY with its `stores` and optional `upgrade`,
 * so that a database created by any earlier release opens and migrates. Never edit a shipped
 * entry: add a new one. `tests/unit/db-migrations.test.ts` opens a database at each earlier
 * version, fills it, and checks that the current schema keeps every record.
 *
 * Table names live in TABLES so that no other module spells them.
 */
import type { Transaction } from 'dexie';

export const TABLES = {
  /** Key/value settings: { key, value }. */
  settings: 'settings',
  /** One row per content/data pack loaded: { id, version, date, count, loadedAt, ... }. */
  packs: 'packs',
  /** Guidance articles from the guidance pack: key `${id}:${lang}`. */
  guidance: 'guidance',
  /** Supply catalogue items from the supplies pack. */
  catalogue: 'catalogue',
  /** The household (single row, id 'household'). */
  household: 'household',
  /** The user's own supply items (not in the catalogue). */
  customItems: 'customItems',
  /** Stock batches: what the user has, per item, with optional best-before date. */
  batches: 'batches',
  /** Drill scenarios from the drills pack plus custom ones (`custom: true`). */
  scenarios: 'scenarios',
  /** School set-up for drills (classes, assembly points, roles). */
  schools: 'schools',
  /** Drill runs (one row per drill). */
  drills: 'drills',
  /** Every tap of a drill, stored as it happens. */
  drillEvents: 'drillEvents',
  /** Shelters from the shelter pack and from user imports; `sourceId` says which. */
  shelters: 'shelters',
  /** Shelter sources: the shipped pack(s) and each user import. */
  shelterSources: 'shelterSources',
  /** Places for the offline "where am I" search: postal areas, towns, municipalities. */
  places: 'places',
  /** The household emergency plan (single row, id 'plan'). */
  plan: 'plan',
  /**
   * A cache of the shelter index's points per source ({ key: `shelters.points:<sourceId>`,
   * value: { version, ids, coords } }), so a start need not read every shelter row. Not user
   * data: never backed up, rebuilt from the rows when missing.
   */
  shelterPoints: 'shelterPoints',
} as const;

export type TableName = (typeof TABLES)[keyof typeof TABLES];

export interface SchemaVersion {
  version: number;
  /** Dexie `stores()` argument for this version: only tables whose definition changes. */
  stores: Partial<Record<TableName, string | null>>;
  /** Data migration run when upgrading from an earlier version. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Version 1 is the first shipped schema. Index only what is queried; records may carry more
 * fields than are indexed. Tables that packs fill index `sourceId`: the pack loader replaces
 * only the rows whose `sourceId` is the pack's id, so user rows (custom scenarios, imported
 * shelters) are never touched by a pack update.
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'key',
      packs: 'id',
      guidance: 'key, id, lang, category, urgency, sourceId',
      catalogue: 'id, category, sourceId',
      household: 'id',
      customItems: 'id, category',
      batches: 'id, itemId, bestBefore',
      scenarios: 'id, sourceId',
      schools: 'id',
      drills: 'id, startedAt, status',
      drillEvents: 'id, drillId, at',
      shelters: 'id, sourceId',
      shelterSources: 'id, kind',
      places: 'id, kind, sourceId',
      plan: 'id',
    },
  },
  {
    // Version 2: the shelter index's point cache gets its own table (it had been planned in
    // `settings`, which is user data and goes into backups). Drop any such rows from settings.
    version: 2,
    stores: { shelterPoints: 'key' },
    upgrade: async (tx) => {
      await tx.table('settings').where('key').startsWith('shelters.points:').delete();
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
