import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/db';
import { writePack } from '../../../lib/packs/load-packs';
import { importShelterSource, shelterDataStamp } from '../db/shelters-repo';
import { nearestShelters } from '../domain/spatial-index';
import { ensureIndex, failIndex, getIndexState, subscribeIndex } from './shelter-index-store';

function ready(stamp: string): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      const s = getIndexState();
      if (s.status === 'ready' && s.stamp === stamp) {
        off();
        resolve();
      }
    };
    const off = subscribeIndex(check);
    check();
  });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('shelter index store', () => {
  it('reports an error while nothing could be read, then builds from IndexedDB, caches, and rebuilds on an import', async () => {
    failIndex(new Error('IndexedDB missing'));
    expect(getIndexState()).toMatchObject({ status: 'error', error: 'IndexedDB missing' });
    await writePack({
      format: 1,
      meta: { id: 'shelters', version: 'v1', date: '2026-10-06', count: 2, target: 'shelters', sources: [] },
      records: [
        { id: 'a:1', lon: 10.2, lat: 56.15, capacity: 10 },
        { id: 'a:2', lon: 12.5, lat: 55.7, capacity: 20 },
      ],
    });
    const s1 = await shelterDataStamp();
    ensureIndex(s1);
    await ready(s1);
    expect(nearestShelters(getIndexState().index!, { lon: 12.4, lat: 55.7 }, 1)[0]!.item.id).toBe('a:2');
    // The pack's points are saved for the next start once the page is idle.
    await expect.poll(async () => ((await db.shelterPoints.get('shelters.points:shelters'))?.value as { ids?: string[] } | undefined)?.ids).toHaveLength(2);
    await importShelterSource({ name: 'Mine', fileName: 'm.csv', shelters: [{ sourceRecordId: 'x', lon: 12.41, lat: 55.7, capacity: 5 }] });
    const s2 = await shelterDataStamp();
    ensureIndex(s2);
    await ready(s2);
    expect(getIndexState().index!.items).toHaveLength(3);
    expect(nearestShelters(getIndexState().index!, { lon: 12.4, lat: 55.7 }, 1)[0]!.item.id).toMatch(/^import-.*:x$/);
  });
});
