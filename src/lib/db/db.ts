/**
 * The one Dexie module. Nothing else in the app imports `dexie` for storage: features reach
 * their tables through `db` (and their own repository files under `features/<x>/db/`).
 *
 * The schema and its migrations live in ./schema.ts; this file applies them in order.
 */
import Dexie, { type Table } from 'dexie';
import { SCHEMA_HISTORY, TABLES } from './schema';
import type { PackMeta } from '../packs/pack-types';

export const DB_NAME = 'beredt';

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface PackRow extends Omit<PackMeta, 'file'> {
  loadedAt: string;
}

/** Rows stored by features are typed in their own model files; the db keeps them generic. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRow = any;

export class BeredtDB extends Dexie {
  settings!: Table<SettingRow, string>;
  packs!: Table<PackRow, string>;
  guidance!: Table<AnyRow, string>;
  catalogue!: Table<AnyRow, string>;
  household!: Table<AnyRow, string>;
  customItems!: Table<AnyRow, string>;
  batches!: Table<AnyRow, string>;
  scenarios!: Table<AnyRow, string>;
  schools!: Table<AnyRow, string>;
  drills!: Table<AnyRow, string>;
  drillEvents!: Table<AnyRow, string>;
  shelters!: Table<AnyRow, string>;
  shelterSources!: Table<AnyRow, string>;
  places!: Table<AnyRow, string>;
  plan!: Table<AnyRow, string>;
  shelterPoints!: Table<SettingRow, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const v of SCHEMA_HISTORY) {
      const version = this.version(v.version).stores(v.stores as Record<string, string | null>);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export { TABLES };

/** The app's database. Opening is lazy; see ./db-status.ts for how failures are reported. */
export const db = new BeredtDB();
