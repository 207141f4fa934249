import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/db';
import { writePack } from '../../../lib/packs/load-packs';
import type { ShelterCandidate } from '../domain/types';
import {
  readLastPlace,
  saveLastPlace,
  getShelters,
  readIndexCache,
  writeIndexCache,
  cleanUpInterruptedImports,
  importShelterSource,
  listShelterSources,
  readAllShelters,
  removeShelterSource,
  shelterDataStamp,
} from './shelters-repo';

const cand = (n: number, prefix = 'r'): ShelterCandidate[] =>
  Array.from({ length: n }, (_, i) => ({ sourceRecordId: `${prefix}${i}`, lon: 10 + i / 1e4, lat: 56, capacity: 10 + i }));

async function loadPack(version: string, records: { id: string; lon: number; lat: number; capacity: number }[]): Promise<void> {
  await writePack({
    format: 1,
    meta: { id: 'shelters', version, date: '2026-10-06', count: records.length, target: 'shelters', sources: [{ title: 'BBR', licence: 'x' }] },
    records,
  });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('shelters repo', () => {
  it('imports a named source in chunks with progress and lists it', async () => {
    const progress: number[] = [];
    const id = await importShelterSource({ name: 'Kommunens rum', fileName: 'k.csv', shelters: cand(25) }, (p) => progress.push(p.written), 10);
    expect(progress).toEqual([10, 20, 25]);
    expect(await db.shelters.where('sourceId').equals(id).count()).toBe(25);
    const [src] = await listShelterSources();
    expect(src).toMatchObject({ id, name: 'Kommunens rum', count: 25, status: 'ready', capacity: 25 * 10 + (24 * 25) / 2 });
    expect((await db.shelters.get(`${id}:r3`))?.capacity).toBe(13);
  });

  it('a pack update replaces only pack rows; imports survive, and removing an import leaves the pack', async () => {
    await loadPack('v1', [{ id: 'aarhus:1', lon: 10.2, lat: 56.15, capacity: 100 }]);
    const id = await importShelterSource({ name: 'Mine', fileName: 'm.geojson', shelters: cand(3) });
    await loadPack('v2', [
      { id: 'aarhus:1', lon: 10.2, lat: 56.15, capacity: 120 },
      { id: 'aarhus:2', lon: 10.21, lat: 56.15, capacity: 5 },
    ]);
    expect(await db.shelters.count()).toBe(5);
    expect((await db.shelters.get('aarhus:1'))?.capacity).toBe(120);
    await removeShelterSource(id);
    expect(await db.shelters.count()).toBe(2);
    expect(await listShelterSources()).toEqual([]);
    await expect(removeShelterSource('shelters')).rejects.toThrow();
    expect(await db.shelters.count()).toBe(2);
  });

  it('a failing import removes its partial rows and keeps everything else', async () => {
    await loadPack('v1', [{ id: 'aarhus:1', lon: 10.2, lat: 56.15, capacity: 100 }]);
    const bad = [...cand(5), { sourceRecordId: 'x', lon: 10, lat: 56, capacity: 1, id: undefined } as unknown as ShelterCandidate];
    // A row that IndexedDB cannot store (a function value) fails the second chunk.
    (bad[5] as unknown as Record<string, unknown>).address = () => 1;
    await expect(importShelterSource({ name: 'Bad', fileName: 'b.csv', shelters: bad }, undefined, 5)).rejects.toThrow();
    expect(await db.shelters.count()).toBe(1);
    expect(await db.shelterSources.count()).toBe(0);
  });

  it('rows of an interrupted import are hidden and cleaned up at start', async () => {
    await db.shelterSources.put({ id: 'import-x', kind: 'import', name: 'half', fileName: 'h', count: 9, capacity: 9, importedAt: '2026-11-23', status: 'importing' });
    await db.shelters.bulkPut(cand(3).map((s) => ({ ...s, id: `import-x:${s.sourceRecordId}`, sourceId: 'import-x' })));
    await loadPack('v1', [{ id: 'aarhus:1', lon: 10.2, lat: 56.15, capacity: 100 }]);
    expect((await readAllShelters()).map((s) => s.id)).toEqual(['aarhus:1']);
    const before = await shelterDataStamp();
    expect(await cleanUpInterruptedImports()).toBe(1);
    expect(await db.shelters.count()).toBe(1);
    expect(await shelterDataStamp()).toBe(before);
    const id = await importShelterSource({ name: 'Ny', fileName: 'n.csv', shelters: cand(2) });
    expect(await shelterDataStamp()).toBe(`${before}${id}`);
  });

  it('refuses an import without a name', async () => {
    await expect(importShelterSource({ name: '  ', fileName: 'f', shelters: cand(1) })).rejects.toThrow();
    expect(await db.shelterSources.count()).toBe(0);
  });

  it('keeps an index cache that is valid only for the same data stamp', async () => {
    await loadPack('v1', [{ id: 'aarhus:1', lon: 10.2, lat: 56.15, capacity: 100 }]);
    const stamp = await shelterDataStamp();
    expect(await readIndexCache(stamp)).toBeNull();
    await writeIndexCache(stamp, [{ id: 'aarhus:1', lon: 10.2, lat: 56.15 }]);
    expect(await readIndexCache(stamp)).toEqual([{ id: 'aarhus:1', lon: 10.2, lat: 56.15 }]);
    await importShelterSource({ name: 'Ny', fileName: 'n.csv', shelters: cand(2) });
    expect(await readIndexCache(await shelterDataStamp())).toBeNull();
    expect((await getShelters(['aarhus:1', 'nope'])).map((r) => r.capacity)).toEqual([100]);
  });

  it('remembers the last place searched for', async () => {
    expect(await readLastPlace()).toBeNull();
    await saveLastPlace({ lon: 10.2, lat: 56.15, label: '8000 Aarhus C' });
    expect(await readLastPlace()).toEqual({ lon: 10.2, lat: 56.15, label: '8000 Aarhus C' });
    await db.settings.put({ key: 'shelters.lastPlace', value: { lon: 'x' } });
    expect(await readLastPlace()).toBeNull();
  });
});
