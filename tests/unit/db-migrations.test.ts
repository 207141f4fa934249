/**
 * The schema history: a database created by every earlier version opens with the current
 * schema and keeps its records. Uses Dexie directly to create the old versions.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { BeredtDB } from '../../src/lib/db/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY, TABLES } from '../../src/lib/db/schema';

const NAME = 'beredt-migration-test';

/** A Dexie instance that knows only the versions up to and including `upTo`. */
function dbAtVersion(upTo: number): Dexie {
  const d = new Dexie(NAME);
  for (const v of SCHEMA_HISTORY.filter((s) => s.version <= upTo)) {
    const version = d.version(v.version).stores(v.stores as Record<string, string | null>);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return d;
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema history', () => {
  test('versions increase strictly and the current one is the last', () => {
    const versions = SCHEMA_HISTORY.map((v) => v.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  test('every table in TABLES is declared', async () => {
    const d = new BeredtDB(NAME);
    await d.open();
    expect(d.tables.map((t) => t.name).sort()).toEqual(Object.values(TABLES).sort());
    d.close();
  });

  for (const old of SCHEMA_HISTORY) {
    test(`a database at version ${old.version} opens with the current schema and keeps its data`, async () => {
      const before = dbAtVersion(old.version);
      await before.open();
      await before.table('settings').put({ key: 'lang', value: 'uk' });
      await before.table('household').put({ id: 'household', adults: 2 });
      await before.table('batches').put({ id: 'b1', itemId: 'water', quantity: 6, bestBefore: '2027-01-01' });
      if (old.version === 1) await before.table('settings').put({ key: 'shelters.points:shelters', value: { ids: [] } });
      before.close();

      const current = new BeredtDB(NAME);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      await expect(current.settings.get('lang')).resolves.toEqual({ key: 'lang', value: 'uk' });
      await expect(current.table('household').get('household')).resolves.toMatchObject({ adults: 2 });
      await expect(current.table('batches').where('itemId').equals('water').count()).resolves.toBe(1);
      // v2 moved the shelter point cache out of the (backed-up) settings table.
      await expect(current.settings.get('shelters.points:shelters')).resolves.toBeUndefined();
      current.close();
    });
  }
});
