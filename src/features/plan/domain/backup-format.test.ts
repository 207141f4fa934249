import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, MAX_ROW_DEPTH, makeBackup, parseBackup, serializeBackup } from './backup-format';

const NOW = new Date('2026-11-23T12:00:00Z');
const valid = () =>
  makeBackup(
    {
      household: [{ id: 'household', adults: 2, children: 1 }],
      plan: [{ id: 'plan', members: [{ name: 'Søren' }] }],
      drills: [{ id: 'd1', startedAt: new Date('2026-11-01T08:00:00Z'), status: 'done' }],
      settings: [{ key: 'lang', value: 'da' }],
    },
    NOW,
    1,
  );
const text = (o: unknown) => JSON.stringify(o);
const errorOf = (input: unknown) => {
  const r = parseBackup(input);
  return r.ok ? null : r.error;
};

describe('backup format', () => {
  it('round-trips through its own text, Dates included', () => {
    const b = valid();
    const r = parseBackup(serializeBackup(b));
    expect(r).toEqual({ ok: true, backup: b });
    if (r.ok) expect(r.backup.tables.drills![0]!.startedAt).toBeInstanceOf(Date);
  });

  it('names each way a file can be wrong', () => {
    const base = JSON.parse(serializeBackup(valid()));
    expect(errorOf('')).toEqual({ code: 'empty' });
    expect(errorOf('   ')).toEqual({ code: 'empty' });
    expect(errorOf(42)).toEqual({ code: 'notJson' });
    expect(errorOf('{"app":')).toEqual({ code: 'notJson' });
    expect(errorOf('[]')).toEqual({ code: 'notBackup' });
    expect(errorOf(text({ app: 'other' }))).toEqual({ code: 'notBackup' });
    expect(errorOf(text({ ...base, kind: 'plan' }))).toEqual({ code: 'isPlanFile' });
    expect(errorOf(text({ ...base, format: '1' }))).toEqual({ code: 'badVersion' });
    expect(errorOf(text({ ...base, format: 1.5 }))).toEqual({ code: 'badVersion' });
    expect(errorOf(text({ ...base, format: BACKUP_FORMAT + 1, tables: { future: [] } }))).toEqual({
      code: 'newerVersion',
      found: BACKUP_FORMAT + 1,
      supported: BACKUP_FORMAT,
    });
    expect(errorOf(text({ ...base, tables: { ...base.tables, guidance: [] } }))).toEqual({ code: 'unknownTable', table: 'guidance' });
    expect(errorOf(text({ ...base, extra: 1 }))).toEqual({ code: 'invalid', field: '' });
    expect(errorOf(text({ ...base, tables: { plan: 'x' } }))).toEqual({ code: 'invalid', field: 'tables.plan' });
    expect(errorOf(text({ ...base, exportedAt: 5 }))).toEqual({ code: 'invalid', field: 'exportedAt' });
  });

  it('checks every row: an object with a unique string key', () => {
    const base = JSON.parse(serializeBackup(valid()));
    const withRows = (table: string, rows: unknown[]) => text({ ...base, tables: { [table]: rows } });
    expect(errorOf(withRows('batches', [1]))).toEqual({ code: 'badRow', table: 'batches', index: 0, reason: 'notObject' });
    expect(errorOf(withRows('batches', [[]]))).toMatchObject({ reason: 'notObject' });
    expect(errorOf(withRows('batches', [{ id: 'a' }, { id: 7 }]))).toEqual({ code: 'badRow', table: 'batches', index: 1, reason: 'missingKey' });
    expect(errorOf(withRows('batches', [{ id: '' }]))).toMatchObject({ reason: 'missingKey' });
    expect(errorOf(withRows('settings', [{ id: 'x' }]))).toMatchObject({ table: 'settings', reason: 'missingKey' });
    expect(errorOf(withRows('batches', [{ id: 'x'.repeat(300) }]))).toMatchObject({ reason: 'keyTooLong' });
    expect(errorOf(withRows('batches', [{ id: 'a' }, { id: 'a' }]))).toMatchObject({ index: 1, reason: 'duplicateKey' });
    let deep: unknown = 1;
    for (let i = 0; i < MAX_ROW_DEPTH + 1; i++) deep = [deep];
    expect(errorOf(withRows('batches', [{ id: 'a', deep }]))).toMatchObject({ reason: 'tooDeep' });
  });

  it('refuses an oversized payload before parsing it', () => {
    const big = `{"app":"beredt","pad":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`;
    expect(errorOf(big)).toEqual({ code: 'tooLarge', limit: MAX_BACKUP_BYTES });
  }, 60_000);

  it('handles a deeply nested non-row value without a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(errorOf(`{"app":"beredt","kind":"backup","format":1,"exportedAt":"","tables":{"plan":[{"id":"plan","x":${deep}}]}}`)).toMatchObject({
      reason: 'tooDeep',
    });
  });

  it('makes __proto__ and constructor keys harmless', () => {
    const json =
      '{"app":"beredt","kind":"backup","format":1,"exportedAt":"x","tables":{"plan":[{"id":"plan","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"nested":{"__proto__":{"polluted":true}}}]}}';
    const r = parseBackup(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = r.backup.tables.plan![0]!;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.hasOwn(row, '__proto__')).toBe(false);
    expect(Object.hasOwn(row.nested as object, '__proto__')).toBe(false);
    expect(row.constructor).toEqual({ prototype: { polluted: true } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorOf('{"app":"beredt","kind":"backup","format":1,"exportedAt":"x","tables":{"__proto__":[]}}')).toEqual({
      code: 'unknownTable',
      table: '__proto__',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on any input (property)', () => {
    const base = JSON.parse(serializeBackup(valid()));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => JSON.stringify({ ...base, tables: v }) ?? ''),
          fc.dictionary(fc.string(), fc.array(fc.anything())).map((t) => JSON.stringify({ ...base, tables: t }) ?? ''),
          fc.array(fc.anything()).map((rows) => JSON.stringify({ ...base, tables: { batches: rows } }) ?? ''),
          fc.anything(),
        ),
        (input) => {
          const r = parseBackup(input);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});
