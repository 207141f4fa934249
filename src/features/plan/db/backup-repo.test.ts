import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { BeredtDB } from '../../../lib/db/db';
import { makeBackup, parseBackup, serializeBackup } from '../domain/backup-format';
import {
  AUTO_BACKUP_KEY,
  BACKUP_STATE_KEY,
  applyImport,
  currentFingerprint,
  exportBackup,
  getAutoBackup,
  getBackupState,
  importFromText,
  previewImport,
  recordBackup,
} from './backup-repo';
import { fillPacks, fillUser, freshDb, snapshot } from './test-db';

const NOW = new Date('2026-11-23T12:00:00Z');
const open: BeredtDB[] = [];
async function db(failAt?: () => number | null) {
  const d = await freshDb(failAt);
  open.push(d);
  return d;
}
afterEach(async () => {
  for (const d of open.splice(0)) await d.delete();
});

describe('backup repository', () => {
  it('export → wipe → import gives identical data (pack rows reloaded by the app, not the backup)', async () => {
    const d = await db();
    await fillPacks(d);
    await fillUser(d);
    const before = await snapshot(d);
    const { json, count, backup } = await exportBackup(NOW, d);
    expect(count).toBe(15);
    expect(Object.keys(backup.tables)).toEqual([
      'household', 'customItems', 'batches', 'plan', 'schools', 'scenarios', 'drills', 'drillEvents', 'shelterSources', 'shelters', 'settings',
    ]);
    expect(json).not.toContain('power-cut');
    expect(backup.tables.scenarios!.map((s) => s.id)).toEqual(['u1']);
    expect(backup.tables.shelters!.every((s) => s.sourceId === 'import-a')).toBe(true);

    await d.delete();
    await d.open();
    await fillPacks(d);
    const r = await importFromText(json, 'merge', NOW, d);
    expect(r.ok).toBe(true);
    expect(await snapshot(d)).toEqual(before);
    const batches = (await d.batches.toArray()) as { addedAt?: unknown }[];
    expect(batches.find((b) => b.addedAt)?.addedAt).toBeInstanceOf(Date);
  });

  it('merge by id keeps rows that are not in the file', async () => {
    const d = await db();
    await fillPacks(d);
    await fillUser(d, '-old');
    const { backup } = await exportBackup(NOW, d);
    await d.batches.put({ id: 'only-here', itemId: 'rice', quantity: 1 });
    const preview = await previewImport(backup, 'merge', d);
    expect(preview.totals.removed).toBe(0);
    await applyImport(backup, 'merge', NOW, d);
    expect(await d.batches.get('only-here')).toBeTruthy();
  });

  it('replace shows what goes, keeps an automatic backup of the data before, and leaves packs alone', async () => {
    const d = await db();
    await fillPacks(d);
    await fillUser(d);
    const old = await exportBackup(NOW, d);
    const incoming = makeBackup({ batches: [{ id: 'new', itemId: 'water', quantity: 3 }] }, NOW);
    const preview = await previewImport(incoming, 'replace', d);
    expect(preview.changes.find((c) => c.table === 'batches')).toMatchObject({ added: 1, removed: 2 });
    expect(preview.totals.removed).toBe(15);
    const packsBefore = { guidance: await d.guidance.toArray(), scenarios: await d.scenarios.where('sourceId').equals('drills').toArray() };

    const { autoBackup } = await applyImport(incoming, 'replace', NOW, d);
    expect(await d.batches.toArray()).toEqual([{ id: 'new', itemId: 'water', quantity: 3 }]);
    expect(await d.plan.count()).toBe(0);
    expect(await d.guidance.toArray()).toEqual(packsBefore.guidance);
    expect(await d.scenarios.toArray()).toEqual(packsBefore.scenarios);
    expect(await d.shelters.where('sourceId').equals('shelters').count()).toBe(2);
    // The automatic backup holds exactly the data from before and can bring it back.
    expect(autoBackup?.json).toBe(old.json);
    expect((await getAutoBackup(d))?.json).toBe(old.json);
    await importFromText(autoBackup!.json, 'replace', NOW, d);
    expect((await exportBackup(NOW, d)).json).toBe(old.json);
  });

  it('never exports or imports the device-local settings', async () => {
    const d = await db();
    await fillUser(d);
    await recordBackup('fp', NOW, d);
    const { backup } = await exportBackup(NOW, d);
    expect(backup.tables.settings!.map((s) => s.key)).not.toContain(BACKUP_STATE_KEY);
    const hostile = makeBackup({ settings: [{ key: BACKUP_STATE_KEY, value: { lastBackupAt: '2099-01-01T00:00:00Z' } }, { key: AUTO_BACKUP_KEY, value: 'x' }] }, NOW);
    await applyImport(hostile, 'merge', NOW, d);
    expect((await getBackupState(d)).lastBackupAt).toBe(NOW.toISOString());
    expect(await getAutoBackup(d)).toBeNull();
  });

  it('invalid input writes nothing (property)', async () => {
    const d = await db();
    await fillPacks(d);
    await fillUser(d);
    const before = await snapshot(d);
    const good = JSON.parse((await exportBackup(NOW, d)).json);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything(),
          fc.constantFrom(1, 2, 99, '1', -1, null).map((format) => JSON.stringify({ ...good, format })),
          fc.array(fc.oneof(fc.anything(), fc.record({ id: fc.oneof(fc.integer(), fc.constant('')) }))).map((rows) =>
            JSON.stringify({ ...good, tables: { ...good.tables, batches: [...good.tables.batches, ...rows, 5] } }),
          ),
          fc.string({ minLength: 1 }).map((t) => JSON.stringify({ ...good, tables: { ...good.tables, [`x${t}`]: [] } })),
        ),
        fc.constantFrom('merge' as const, 'replace' as const),
        async (input, mode) => {
          const r = await importFromText(input, mode, NOW, d);
          if (r.ok) {
            // Only a valid backup of the same data gets through: then nothing changes either.
            expect(r.outcome.plan.writes).toEqual([]);
          } else expect(r.error.code).toBeTruthy();
          expect(await snapshot(d)).toEqual(before);
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);

  it('a failure injected at a random write leaves the database exactly as it was (property)', async () => {
    let failAt: number | null = null;
    const d = await db(() => failAt);
    await fillPacks(d);
    await fillUser(d);
    const before = await snapshot(d);
    const other = await db();
    await fillUser(other, '-file');
    const incoming = parseBackup((await exportBackup(NOW, other)).json);
    if (!incoming.ok) throw new Error('fixture');
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 30 }), fc.constantFrom('merge' as const, 'replace' as const), async (k, mode) => {
        failAt = null;
        const start = d.writes();
        failAt = start + k;
        let failed = false;
        try {
          await applyImport(incoming.backup, mode, NOW, d);
        } catch (err) {
          failed = true;
          expect(String(err)).toMatch(/injected failure/);
        }
        failAt = null;
        if (failed) {
          failures++;
          expect(await snapshot(d)).toEqual(before);
        } else {
          // k was past the last write: the import went through; put the database back.
          expect(await d.batches.get('b1-file')).toBeTruthy();
          await d.transaction('rw', d.tables, async () => {
            for (const t of d.tables) await t.clear();
            for (const [name, rows] of Object.entries(before)) await d.table(name).bulkPut(rows);
          });
        }
      }),
      { numRuns: 40 },
    );
    expect(failures).toBeGreaterThan(10);
  }, 60_000);

  it('the fingerprint changes with user data, not with pack data, and matches the export', async () => {
    const d = await db();
    await fillPacks(d);
    expect((await currentFingerprint(d)).hasData).toBe(false);
    await fillUser(d);
    const a = await currentFingerprint(d);
    expect(a.hasData).toBe(true);
    expect((await exportBackup(NOW, d)).fingerprint).toBe(a.fingerprint);
    await d.guidance.put({ key: 'x:da', id: 'x', lang: 'da', sourceId: 'guidance' });
    expect((await currentFingerprint(d)).fingerprint).toBe(a.fingerprint);
    await d.batches.put({ id: 'b9', itemId: 'rice', quantity: 2 });
    expect((await currentFingerprint(d)).fingerprint).not.toBe(a.fingerprint);
  });

  it('serialises the same data to the same text', async () => {
    const d = await db();
    await fillUser(d);
    const a = await exportBackup(NOW, d);
    expect(serializeBackup(a.backup)).toBe(a.json);
    expect((await exportBackup(NOW, d)).json).toBe(a.json);
  });
});
