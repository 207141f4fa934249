import { beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '../../src/lib/db/db';
import { loadPacks, rowsPerChunk, writePack } from '../../src/lib/packs/load-packs';
import type { Pack, PackIndex } from '../../src/lib/packs/pack-types';

function createPack(version: string, records: object[], overrides: Partial<Pack['meta']> = {}): Pack {
  return {
    format: 1,
    meta: { id: 'shelters', version, date: '2026-11-01', count: records.length, target: 'shelters', sources: [], ...overrides },
    records,
  };
}

/** A fetch over an in-memory set of files; anything else is a 404. */
function fakeFetch(files: Record<string, unknown>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    const body = files[url];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
}

function indexOf(...packs: Pack[]): PackIndex {
  return { format: 1, builtAt: '2026-11-23T00:00:00Z', packs: packs.map((p) => ({ ...p.meta, file: `${p.meta.id}.${p.meta.version}.json` })) };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('writePack', () => {
  test('replaces only the rows of its own source and records the version', async () => {
    await db.shelters.bulkPut([
      { id: 'user-1:a', sourceId: 'user-1', capacity: 5 },
      { id: 'shelters:old', sourceId: 'shelters', capacity: 9 },
    ]);
    await writePack(createPack('v2', [{ id: 'shelters:x', capacity: 40 }, { id: 'shelters:y', capacity: 12 }]));
    const rows = await db.shelters.orderBy('id').toArray();
    expect(rows.map((r) => r.id)).toEqual(['shelters:x', 'shelters:y', 'user-1:a']);
    expect(rows.every((r) => typeof r.sourceId === 'string')).toBe(true);
    await expect(db.packs.get('shelters')).resolves.toMatchObject({ version: 'v2', count: 2, date: '2026-11-01' });
  });

  test('a failing write keeps the old rows and the old version', async () => {
    await writePack(createPack('v1', [{ id: 'shelters:a' }]));
    // A record without the primary key makes bulkPut fail inside the transaction.
    await expect(writePack(createPack('v2', [{ id: 'shelters:b' }, { capacity: 3 }]))).rejects.toThrow();
    expect((await db.shelters.toArray()).map((r) => r.id)).toEqual(['shelters:a']);
    await expect(db.packs.get('shelters')).resolves.toMatchObject({ version: 'v1' });
  });
});

describe('rowsPerChunk', () => {
  test('at most 50 rows and about 16 KB of JSON per request, never 0', () => {
    expect(rowsPerChunk(1825, 231_000)).toBe(50); // shelters: ~130 bytes a row
    expect(rowsPerChunk(33, 160_000)).toBe(3); // guidance: ~5 KB an article
    expect(rowsPerChunk(2, 2_000_000)).toBe(1); // a huge row still goes, alone
    expect(rowsPerChunk(10, 0)).toBe(50); // size unknown: rows only
  });

  test('writePack cuts a pack of large rows into more requests, all in one transaction', async () => {
    const records = Array.from({ length: 12 }, (_, i) => ({ id: `shelters:${i}`, note: 'x'.repeat(4000) }));
    const bulkPut = vi.spyOn(db.table('shelters'), 'bulkPut');
    await writePack(createPack('v1', records), JSON.stringify(records).length);
    expect(bulkPut.mock.calls.map((c) => (c[0] as unknown[]).length)).toEqual([4, 4, 4]);
    expect(await db.shelters.count()).toBe(12);
    bulkPut.mockRestore();
  });
});

describe('loadPacks', () => {
  test('loads new packs, skips unchanged ones and reloads changed ones', async () => {
    const v1 = createPack('v1', [{ id: 'shelters:a' }]);
    const files1 = { '/packs/index.json': indexOf(v1), '/packs/shelters.v1.json': v1 };
    await expect(loadPacks(fakeFetch(files1))).resolves.toEqual(['shelters']);
    await expect(loadPacks(fakeFetch(files1))).resolves.toEqual([]);
    const v2 = createPack('v2', [{ id: 'shelters:b' }]);
    await expect(loadPacks(fakeFetch({ '/packs/index.json': indexOf(v2), '/packs/shelters.v2.json': v2 }))).resolves.toEqual(['shelters']);
    expect((await db.shelters.toArray()).map((r) => r.id)).toEqual(['shelters:b']);
  });

  test('a missing or mismatched pack file leaves the stored data as it was', async () => {
    const v1 = createPack('v1', [{ id: 'shelters:a' }]);
    await loadPacks(fakeFetch({ '/packs/index.json': indexOf(v1), '/packs/shelters.v1.json': v1 }));
    const v2 = createPack('v2', [{ id: 'shelters:b' }]);
    await expect(loadPacks(fakeFetch({ '/packs/index.json': indexOf(v2) }))).resolves.toEqual([]);
    const wrong = createPack('v3', [{ id: 'shelters:c' }]);
    await loadPacks(fakeFetch({ '/packs/index.json': indexOf(v2), '/packs/shelters.v2.json': wrong }));
    await loadPacks(fakeFetch({ '/packs/index.json': '{not json' }));
    expect((await db.shelters.toArray()).map((r) => r.id)).toEqual(['shelters:a']);
    await expect(db.packs.get('shelters')).resolves.toMatchObject({ version: 'v1' });
  });
});
