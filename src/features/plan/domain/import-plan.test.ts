import { describe, expect, it } from 'vitest';
import { makeBackup } from './backup-format';
import { isNoop, planImport, sameValue } from './import-plan';
import { KNOWN_PACK_IDS, isUserRow } from './user-rows';

const ctx = { packIds: new Set<string>(KNOWN_PACK_IDS) };
const NOW = new Date('2026-11-23T12:00:00Z');

const current = () => ({
  batches: [
    { id: 'b1', itemId: 'water', qty: 6 },
    { id: 'b2', itemId: 'rice', qty: 1 },
  ],
  scenarios: [
    { id: 'fire', sourceId: 'drills', title: 'Brand' },
    { id: 'u1', sourceId: 'user', title: 'Min øvelse' },
  ],
  shelters: [
    { id: 's1', sourceId: 'shelters' },
    { id: 'import-x:1', sourceId: 'import-x' },
  ],
  shelterSources: [
    { id: 'shelters', kind: 'pack' },
    { id: 'import-x', kind: 'import' },
  ],
  settings: [
    { key: 'lang', value: 'da' },
    { key: 'plan.backupState', value: { lastBackupAt: '2026-11-01' } },
  ],
});

describe('import plan', () => {
  it('tells user rows from pack rows', () => {
    expect(isUserRow('scenarios', { id: 'fire', sourceId: 'drills' }, ctx)).toBe(false);
    expect(isUserRow('scenarios', { id: 'u1', sourceId: 'user' }, ctx)).toBe(true);
    expect(isUserRow('shelters', { id: 's', sourceId: 'shelters' }, ctx)).toBe(false);
    expect(isUserRow('shelters', { id: 's' }, ctx)).toBe(false);
    expect(isUserRow('shelterSources', { id: 'import-x', kind: 'import' }, ctx)).toBe(true);
    expect(isUserRow('shelterSources', { id: 'shelters', kind: 'pack' }, ctx)).toBe(false);
    expect(isUserRow('settings', { key: 'plan.backupState' }, ctx)).toBe(false);
    expect(isUserRow('batches', { id: 'x' }, ctx)).toBe(true);
  });

  it('merge adds and updates by id and deletes nothing', () => {
    const backup = makeBackup({ batches: [{ id: 'b1', itemId: 'water', qty: 12 }, { id: 'b2', itemId: 'rice', qty: 1 }, { id: 'b3', itemId: 'beans', qty: 2 }] }, NOW);
    const plan = planImport(current(), backup, 'merge', ctx);
    expect(plan.changes.find((c) => c.table === 'batches')).toEqual({ table: 'batches', incoming: 3, added: 1, updated: 1, unchanged: 1, removed: 0, skipped: 0 });
    expect(plan.writes).toEqual([{ table: 'batches', deleteKeys: [], put: [backup.tables.batches![0], backup.tables.batches![2]] }]);
  });

  it('replace removes user rows not in the file but never pack rows', () => {
    const backup = makeBackup({ batches: [{ id: 'b1', itemId: 'water', qty: 6 }] }, NOW);
    const plan = planImport(current(), backup, 'replace', ctx);
    const byTable = Object.fromEntries(plan.writes.map((w) => [w.table, w.deleteKeys]));
    expect(byTable).toEqual({ batches: ['b2'], scenarios: ['u1'], shelterSources: ['import-x'], shelters: ['import-x:1'], settings: ['lang'] });
    expect(plan.totals.removed).toBe(5);
  });

  it('skips rows that would overwrite pack content or device settings', () => {
    const backup = makeBackup(
      {
        scenarios: [{ id: 'fire', sourceId: 'user', title: 'hijack' }, { id: 'new', sourceId: 'drills' }],
        shelters: [{ id: 's1', sourceId: 'import-y' }],
        settings: [{ key: 'plan.backupState', value: {} }],
      },
      NOW,
    );
    const plan = planImport(current(), backup, 'merge', ctx);
    expect(plan.totals.skipped).toBe(4);
    expect(isNoop(plan)).toBe(true);
  });

  it('compares values structurally (key order, Dates, undefined fields)', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: new Date(5) }, { a: new Date(5) })).toBe(true);
    expect(sameValue({ a: new Date(5) }, { a: '1970' })).toBe(false);
    expect(sameValue({ a: 1, u: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1], { 0: 1 })).toBe(false);
  });
});
