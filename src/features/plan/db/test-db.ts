/** Test helpers: a fresh database filled with pack rows and user rows of every table. */
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { BeredtDB } from '../../../lib/db/db';
import { TABLES } from '../../../lib/db/schema';
import { samplePlan } from '../domain/test-data';

let n = 0;
/** A new database with its own name (so tests never share state). */
export async function freshDb(failAt?: () => number | null): Promise<BeredtDB & { writes: () => number }> {
  const d = new BeredtDB(`beredt-test-${++n}-${Math.random().toString(36).slice(2)}`);
  let count = 0;
  d.use({
    stack: 'dbcore',
    name: 'inject-failure',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) => {
            count++;
            const k = failAt?.();
            if (k != null && count === k) return Promise.reject(new Error(`injected failure at write ${k} (${name} ${req.type})`));
            return t.mutate(req);
          },
        };
      },
    }),
  });
  await d.open();
  return Object.assign(d, { writes: () => count });
}

/** Rows the packs put in (the app reloads these itself). */
export async function fillPacks(d: BeredtDB): Promise<void> {
  await d.packs.bulkPut([
    { id: 'guidance', version: 'g1', date: '2026-11-23', count: 1, target: 'guidance', sources: [], loadedAt: '2026-11-23T00:00:00Z' },
    { id: 'drills', version: 'd1', date: '2026-11-23', count: 1, target: 'scenarios', sources: [], loadedAt: '2026-11-23T00:00:00Z' },
    { id: 'shelters', version: 's1', date: '2026-11-23', count: 2, target: 'shelters', sources: [], loadedAt: '2026-11-23T00:00:00Z' },
  ]);
  await d.guidance.bulkPut([{ key: 'power-cut:da', id: 'power-cut', lang: 'da', category: 'x', urgency: 'now', sourceId: 'guidance' }]);
  await d.catalogue.bulkPut([{ id: 'water', category: 'water', sourceId: 'supplies' }]);
  await d.places.bulkPut([{ id: '8000', kind: 'postal', sourceId: 'places' }]);
  await d.scenarios.bulkPut([{ id: 'fire', sourceId: 'drills', title: { da: 'Brand' } }]);
  await d.shelters.bulkPut([
    { id: 'p1', sourceId: 'shelters', lat: 56.15, lon: 10.2, capacity: 40 },
    { id: 'p2', sourceId: 'shelters', lat: 56.16, lon: 10.21, capacity: 80 },
  ]);
  await d.shelterSources.bulkPut([{ id: 'shelters', kind: 'pack', name: 'BBR' }]);
}

/** The user's own rows, in every user table (Danish and Ukrainian text, Dates, nesting). */
export async function fillUser(d: BeredtDB, tag = ''): Promise<void> {
  await d.household.put({ id: 'household', adults: 2, children: [{ age: 4 }], pets: { dogs: 1 }, note: `Æblegade${tag}` });
  await d.customItems.bulkPut([{ id: `ci1${tag}`, category: 'medicine', name: 'Інсулін', need: 2 }]);
  await d.batches.bulkPut([
    { id: `b1${tag}`, itemId: 'water', quantity: 12, bestBefore: '2027-05-01' },
    { id: `b2${tag}`, itemId: `ci1${tag}`, quantity: 1, addedAt: new Date('2026-11-02T10:00:00Z') },
  ]);
  await d.plan.put(samplePlan());
  await d.schools.put({ id: `school${tag}`, name: 'Skovvangskolen', classes: [{ id: '3a', pupils: 20 }] });
  await d.scenarios.put({ id: `u1${tag}`, sourceId: 'user', kind: 'custom', title: { da: 'Min øvelse' } });
  await d.drills.put({ id: `d1${tag}`, startedAt: 1763900000000, status: 'done' });
  await d.drillEvents.bulkPut([
    { id: `e1${tag}`, drillId: `d1${tag}`, at: 1763900001000, kind: 'start' },
    { id: `e2${tag}`, drillId: `d1${tag}`, at: 1763900100000, kind: 'end' },
  ]);
  await d.shelterSources.put({ id: `import-a${tag}`, kind: 'import', name: 'Kommunens liste', count: 2 });
  await d.shelters.bulkPut([
    { id: `import-a${tag}:1`, sourceId: `import-a${tag}`, lat: 55.67, lon: 12.56, capacity: 30 },
    { id: `import-a${tag}:2`, sourceId: `import-a${tag}`, lat: 55.68, lon: 12.57, capacity: 12 },
  ]);
  await d.settings.bulkPut([
    { key: `lang${tag}`, value: 'uk' },
    { key: 'supplies.days', value: 7 },
  ]);
}

/** Every row of every table: compare before and after. */
export async function snapshot(d: BeredtDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of Object.values(TABLES)) out[t] = await d.table(t).toArray();
  return out;
}
