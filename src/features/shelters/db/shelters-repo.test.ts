import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../lib/db/db';
import { writePack } from '../../../lib/packs/load-packs';
import type { ShelterCandidate } from '../domain/types';
import {
  readLastPlace,
  saveLastPlace,
  getShelters,
  readShelterPoints,
  savePointSegments,
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

  it('gives the index its points from per-source records: the import writes its own, the pack is read from rows until saved', async () => {
    await loadPack('v1', [{ id: 'aarhus:1', lon: 10.2, lat: 56.15, capacity: 100 }]);
    const first = await readShelterPoints();
    expect(first.points).toEqual([{ id: 'aarhus:1', lon: 10.2, lat: 56.15 }]);
    expect(first.unsaved.map((u) => u.key)).toEqual(['shelters.points:shelters']);
    await savePointSegments(first.unsaved);
    const id = await importShelterSource({ name: 'Ny', fileName: 'n.csv', shelters: cand(2) });
    // The import saved its record with the ready mark; the pack's is saved: no rows are read.
    const rowsRead = vi.spyOn(db.shelters, 'where');
    const second = await readShelterPoints();
    expect(rowsRead).not.toHaveBeenCalled();
    rowsRead.mockRestore();
    expect(second.unsaved).toEqual([]);
    expect(second.points.map((p) => p.id).sort()).toEqual(['aarhus:1', ...cand(2).map((c) => `${id}:${c.sourceRecordId}`)].sort());
    expect(second.points.find((p) => p.id === 'aarhus:1')).toEqual({ id: 'aarhus:1', lon: 10.2, lat: 56.15 });
    // A pack update makes the pack's record out of date: its rows are read again, the import's record still used.
    await loadPack('v2', [{ id: 'aarhus:2', lon: 10.3, lat: 56.2, capacity: 50 }]);
    const third = await readShelterPoints();
    expect(third.unsaved.map((u) => u.key)).toEqual(['shelters.points:shelters']);
    expect(third.points.map((p) => p.id).sort()).toEqual(['aarhus:2', ...cand(2).map((c) => `${id}:${c.sourceRecordId}`)].sort());
    // Removing the import removes its record; a damaged record is ignored and rebuilt from rows.
    await removeShelterSource(id);
    expect(await db.shelterPoints.get(`shelters.points:${id}`)).toBeUndefined();
    // A record read before the removal is not saved back after it.
    await savePointSegments([{ key: `shelters.points:${id}`, value: { version: 'import', ids: [], coords: new Float64Array(0) } }]);
    expect(await db.shelterPoints.get(`shelters.points:${id}`)).toBeUndefined();
    await db.shelterPoints.put({ key: 'shelters.points:shelters', value: { version: 'pack:v2', ids: ['x'], coords: new Float64Array(1) } });
    expect((await readShelterPoints()).points.map((p) => p.id)).toEqual(['aarhus:2']);
    expect((await getShelters(['aarhus:2', 'nope'])).map((r) => r.capacity)).toEqual([50]);
  });

  it('leaves the points of an unfinished import out', async () => {
    await db.shelterSources.put({ id: 'import-x', kind: 'import', name: 'half', fileName: 'h', count: 9, capacity: 9, importedAt: '2026-11-23', status: 'importing' });
    await db.shelters.bulkPut(cand(3).map((s) => ({ ...s, id: `import-x:${s.sourceRecordId}`, sourceId: 'import-x' })));
    await loadPack('v1', [{ id: 'aarhus:1', lon: 10.2, lat: 56.15, capacity: 100 }]);
    expect((await readShelterPoints()).points.map((p) => p.id)).toEqual(['aarhus:1']);
  });

  it('remembers the last place searched for', async () => {
    expect(await readLastPlace()).toBeNull();
    await saveLastPlace({ lon: 10.2, lat: 56.15, label: '8000 Aarhus C' });
    expect(await readLastPlace()).toEqual({ lon: 10.2, lat: 56.15, label: '8000 Aarhus C' });
    await db.settings.put({ key: 'shelters.lastPlace', value: { lon: 'x' } });
    expect(await readLastPlace()).toBeNull();
  });
});
